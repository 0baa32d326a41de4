import type { CorpusText } from './types.js';

// Wire-based business news on China's Q2 2025 GDP release (NBS, 15 July 2025), as republished; the page's last sentence has no full stop.
export default {
  source: "https://rahal-group.com/en/blog/2-15072025",
  date: '2025-07-15',
  genre: 'news',
  language: 'en',
  heldOut: true,
  fresh: true,
  text: "China's economy grew more than expected in the second quarter of this year, supported by strong export growth to markets outside the United States, despite weak domestic consumer demand.\nData released by the National Bureau of Statistics on Tuesday showed that gross domestic product (GDP) grew by 5.2% year-on-year in the April-June period, exceeding the 5.1% growth forecast, but a slowdown from the 5.4% growth in the first three months of this year.\nConsumption accounted for just over 52% of the world's second-largest economy's growth in the second quarter, compared to more than 60% in the same period last year.\nIndustrial production rose 6.8% year-on-year in June, above the 5.6% growth forecast, while retail sales growth slowed to 4.8% compared to the same period last year and below the 5.4% estimate.\nFixed-asset investment rose 2.8% in the January-June period, while real estate investment contracted 11.2% over the same period. The urban unemployment rate remained stable at 5% in June, unchanged from the previous month",
  figures: [
    ['5.2%', 5.2, '%', 'eq', 'growth', ['gross domestic product', 'GDP', 'gross domestic product (GDP)'], { direction: 'up' }],
    ['5.1%', 5.1, '%', 'eq', 'growth', ['gross domestic product', 'GDP', 'growth forecast', 'gross domestic product (GDP)'], { direction: 'up' }],
    ['5.4%', 5.4, '%', 'eq', 'growth', ['gross domestic product', 'GDP', 'growth', 'gross domestic product (GDP)'], { direction: 'up' }],
    ['52%', 52, '%', 'gt', 'share', 'consumption'],
    ['60%', 60, '%', 'gt', 'share', 'consumption'],
    ['6.8%', 6.8, '%', 'eq', 'growth', 'industrial production', { direction: 'up' }],
    ['5.6%', 5.6, '%', 'eq', 'growth', ['industrial production', 'growth forecast'], { direction: 'up' }],
    ['4.8%', 4.8, '%', 'eq', 'growth', ['retail sales', 'retail sales growth'], { direction: 'up' }],
    ['5.4%', 5.4, '%', 'eq', 'growth', ['retail sales', 'estimate', 'retail sales growth'], { direction: 'up' }],
    ['2.8%', 2.8, '%', 'eq', 'growth', 'fixed-asset investment', { direction: 'up' }],
    ['11.2%', 11.2, '%', 'eq', 'growth', 'real estate investment', { direction: 'down' }],
    ['5%', 5, '%', 'eq', 'level', ['urban unemployment rate', 'unemployment rate']],
  ],
} satisfies CorpusText;
