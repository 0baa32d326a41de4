import type { CorpusText } from './types.js';

export default {
  source: "https://peoplesdaily.pdnews.cn/headline/er/30001236827",
  genre: 'news',
  language: 'en',
  text: "China's GDP in 2017 reached 82.71 trillion yuan ($12.86 trillion), this is the first time the figure surpassed 80 trillion yuan, beating the government's 6.5 percent growth target, the country's National Bureau of Statistics data showed on Thursday.\n\nThe GDP growth maintained 6.9 year-on-year, with 0.2 percentage points higher than that of 2016.\n\nThe reading is up from the 6.7 percent the previous year, which marked its lowest growth in a quarter of a century.\n\nChina's consumer price index (CPI) rose 1.6 percent year-on-year in 2017 due to the rise in food and oil prices, and the country's producer price index (PPI) last year went up 6.3 percent year-on-year, ending a five-year decline.\n\nAfter two years decline, China's trade surplus expanded to 27.8 trillion yuan (4.28 trillion US dollars) in 2017, gaining 14.2 percent in a year, during which the readings were driven up by a mild global economic recovery and commodity price hikes.",
  figures: [
    ['82.71 trillion yuan', 82710000000000, 'CNY', 'eq', 'level', ['GDP', "China's GDP"]],
    ['$12.86 trillion', 12860000000000, 'USD', 'eq', 'level', ['GDP', "China's GDP"]],
    ['80 trillion yuan', 80000000000000, 'CNY', 'gt', 'level', ['figure', 'GDP']],
    ['6.5 percent', 6.5, '%', 'eq', 'growth', ['growth target', 'GDP growth target'], { direction: 'up' }],
    ['6.9', 6.9, '', 'eq', 'growth', 'GDP growth', { direction: 'up' }],
    ['0.2 percentage points', 0.2, 'percentage point', 'eq', 'growth', 'GDP growth', { direction: 'up' }],
    ['6.7 percent', 6.7, '%', 'eq', 'growth', ['GDP growth', 'reading'], { direction: 'up' }],
    ['1.6 percent', 1.6, '%', 'eq', 'growth', ['consumer price index (CPI)', 'consumer price index', 'CPI'], { direction: 'up' }],
    ['6.3 percent', 6.3, '%', 'eq', 'growth', ['producer price index (PPI)', 'producer price index', 'PPI'], { direction: 'up' }],
    ['27.8 trillion yuan', 27800000000000, 'CNY', 'eq', 'level', 'trade surplus'],
    ['4.28 trillion US dollars', 4280000000000, 'USD', 'eq', 'level', 'trade surplus'],
    ['14.2 percent', 14.2, '%', 'eq', 'growth', 'trade surplus', { direction: 'up' }],
  ],
} satisfies CorpusText;
