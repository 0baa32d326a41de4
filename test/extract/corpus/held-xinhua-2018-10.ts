import type { CorpusText } from './types.js';

export default {
  source: "http://en.yueyang.gov.cn/21731/content_1441279.html",
  genre: 'news',
  heldOut: true,
  language: 'en',
  text: "China's industrial output and investment growth picked up in October, while retail sales weakened, the National Bureau of Statistics said on Wednesday.\n\nIndustrial output grew by 5.9 percent year-on-year, 0.1 percentage point higher than in September.\n\nFixed-asset investment growth was 5.7 percent in the first 10 months, rising by 0.3 percentage point compared with the first nine months. Private investment growth was 8.8 percent, 0.1 percentage point higher than the January-September period.\n\nRetail sales growth weakened to 8.6 percent year-on-year in October, down from 9.2 percent in September, due to postponed purchases by shoppers waiting for steep discounts on November 11, the annual online shopping festival.",
  figures: [
    ['5.9 percent', 5.9, '%', 'eq', 'growth', 'industrial output', { direction: 'up' }],
    ['0.1 percentage point', 0.1, 'percentage point', 'eq', 'growth', ['industrial output', 'industrial output growth'], { direction: 'up' }],
    ['5.7 percent', 5.7, '%', 'eq', 'growth', ['fixed-asset investment growth', 'fixed-asset investment'], { direction: 'up' }],
    ['0.3 percentage point', 0.3, 'percentage point', 'eq', 'growth', ['fixed-asset investment growth', 'fixed-asset investment'], { direction: 'up' }],
    ['8.8 percent', 8.8, '%', 'eq', 'growth', ['private investment growth', 'private investment'], { direction: 'up' }],
    ['0.1 percentage point', 0.1, 'percentage point', 'eq', 'growth', ['private investment growth', 'private investment'], { direction: 'up' }],
    ['8.6 percent', 8.6, '%', 'eq', 'growth', ['retail sales growth', 'retail sales'], { direction: 'up' }],
    ['9.2 percent', 9.2, '%', 'eq', 'growth', ['retail sales growth', 'retail sales'], { direction: 'up' }],
  ],
} satisfies CorpusText;
