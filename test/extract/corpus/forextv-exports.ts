import type { CorpusText } from './types.js';

export default {
  source: "http://forextv.com/forex-news/chinas-exports-rise-more-than-forecast/",
  genre: 'news',
  language: 'en',
  text: "China's exports increased more than expected in May, the General Administration of Customs said Thursday.\n\nIn dollar terms, exports advanced 8.7 percent year-on-year in May, faster than the 7.2 percent increase economists had forecast.\n\nLikewise, imports climbed 14.8 percent, bigger than the expected 8.3 percent.\n\nAs a result, the trade surplus totaled $40.8 billion in May versus the expected surplus of $47.8 billion.",
  figures: [
    ['8.7 percent', 8.7, '%', 'eq', 'growth', 'exports', { direction: 'up' }],
    ['7.2 percent', 7.2, '%', 'eq', 'growth', ['exports', 'increase'], { direction: 'up' }],
    ['14.8 percent', 14.8, '%', 'eq', 'growth', 'imports', { direction: 'up' }],
    ['8.3 percent', 8.3, '%', 'eq', 'growth', 'imports', { direction: 'up' }],
    ['$40.8 billion', 40800000000, 'USD', 'eq', 'level', 'trade surplus'],
    ['$47.8 billion', 47800000000, 'USD', 'eq', 'level', ['expected surplus', 'surplus', 'trade surplus']],
  ],
} satisfies CorpusText;
