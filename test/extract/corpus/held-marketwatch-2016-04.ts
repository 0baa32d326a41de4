import type { CorpusText } from './types.js';

export default {
  source: "https://www.marketwatch.com/story/chinese-industrial-output-growth-slows-in-april-2016-05-16",
  genre: 'news',
  heldOut: true,
  language: 'en',
  text: "BEIJING--Industrial output in China rose 6.0% in April from a year earlier, slowing from 6.8% year-over-year growth in March, data from the National Bureau of Statistics showed Saturday.\nValue-added industrial output, a rough proxy for economic growth, undershot a median forecast of 6.6% growth by 15 economists in a Wall Street Journal survey.\nMonth-on-month, industrial production increased 0.47% in April from March, compared with a 0.64% rise the previous month.\nFixed-asset investment outside rural households of China climbed 10.5% year-over-year in the January-to-April period, compared with an increase of 10.7% for the first three months of the year.\nThe rise in the closely watched indicator of construction activity also missed economists' median forecast for a 11.0% gain.\nRetail sales grew 10.1% in April from a year earlier, slowing from a 10.5% increase in March and missing economists' median forecast of a 10.6% rise for April. Retail sales increased 0.80% in April from March. In March, they grew a revised 0.86% from the preceding month.",
  figures: [
    ['6.0%', 6, '%', 'eq', 'growth', 'industrial output', { direction: 'up' }],
    ['6.8%', 6.8, '%', 'eq', 'growth', ['industrial output', 'growth', 'year-over-year growth'], { direction: 'up' }],
    ['6.6%', 6.6, '%', 'eq', 'growth', ['value-added industrial output', 'growth', 'median forecast'], { direction: 'up' }],
    ['15 economists', 15, 'economists', 'eq', 'level', 'economists'],
    ['0.47%', 0.47, '%', 'eq', 'growth', 'industrial production', { direction: 'up' }],
    ['0.64%', 0.64, '%', 'eq', 'growth', ['industrial production', 'rise'], { direction: 'up' }],
    ['10.5%', 10.5, '%', 'eq', 'growth', ['fixed-asset investment', 'fixed-asset investment outside rural households of China', 'fixed-asset investment outside rural households'], { direction: 'up' }],
    ['10.7%', 10.7, '%', 'eq', 'growth', ['increase', 'fixed-asset investment', 'fixed-asset investment outside rural households'], { direction: 'up' }],
    ['11.0%', 11, '%', 'eq', 'growth', ['gain', 'fixed-asset investment'], { direction: 'up' }],
    ['10.1%', 10.1, '%', 'eq', 'growth', 'retail sales', { direction: 'up' }],
    ['10.5%', 10.5, '%', 'eq', 'growth', ['increase', 'retail sales'], { direction: 'up' }],
    ['10.6%', 10.6, '%', 'eq', 'growth', ['rise', 'retail sales'], { direction: 'up' }],
    ['0.80%', 0.8, '%', 'eq', 'growth', 'retail sales', { direction: 'up' }],
    ['0.86%', 0.86, '%', 'eq', 'growth', 'retail sales', { direction: 'up' }],
  ],
} satisfies CorpusText;
