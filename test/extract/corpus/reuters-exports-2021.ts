import type { CorpusText } from './types.js';

export default {
  source: "https://upnewsinfo.com/2021/04/12/china-march-exports-rise-30-6-year-on-year-lag-forecast-imports-jump-better-than-expected-38-1-by-reuters/",
  genre: 'news',
  language: 'en',
  text: "BEIJING (Reuters) – China's exports in March rose 30.6% from a year earlier, lagging expectations but still showing robust growth, while imports jumped a faster-than-expected 38.1%, customs data showed on Tuesday.\n\nAnalysts in a Reuters poll had forecast year-on-year exports growth of 35.5% after shipments surged 154.9% in February.\n\nImports were estimated to have increased 23.3% year-on-year, picking up from growth of 17.3% in February.\n\nChina posted a trade surplus of $13.8 billion in March, compared with the poll's forecast for a $52.05 billion surplus and $37.88 billion surplus in February.",
  figures: [
    ['30.6%', 30.6, '%', 'eq', 'growth', 'exports', { direction: 'up' }],
    ['38.1%', 38.1, '%', 'eq', 'growth', 'imports', { direction: 'up' }],
    ['35.5%', 35.5, '%', 'eq', 'growth', ['exports growth', 'exports'], { direction: 'up' }],
    ['154.9%', 154.9, '%', 'eq', 'growth', 'shipments', { direction: 'up' }],
    ['23.3%', 23.3, '%', 'eq', 'growth', 'imports', { direction: 'up' }],
    ['17.3%', 17.3, '%', 'eq', 'growth', ['imports', 'growth'], { direction: 'up' }],
    ['$13.8 billion', 13800000000, 'USD', 'eq', 'level', 'trade surplus'],
    ['$52.05 billion', 52050000000, 'USD', 'eq', 'level', ['surplus', 'trade surplus']],
    ['$37.88 billion', 37880000000, 'USD', 'eq', 'level', ['surplus', 'trade surplus']],
  ],
} satisfies CorpusText;
