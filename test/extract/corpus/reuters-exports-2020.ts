import type { CorpusText } from './types.js';

export default {
  source: "https://www.deccanherald.com/business/china-april-exports-unexpectedly-rise-35-yoy-imports-down-142-834553.html",
  genre: 'news',
  language: 'en',
  text: "China's exports rose 3.5% in April from a year earlier, confounding market expectations for a sharp fall, as factories restarted production after the coronavirus pandemic, customs data showed on Thursday, while imports shrank 14.2%.\n\nAnalysts in a Reuters poll had forecast exports would tumble 15.7% from a year earlier after a 6.6% drop in March.\n\nImports were estimated to have contracted 11.2%, worsening from a slide of 0.9% in March.\n\nChina posted a trade surplus of $45.34 billion last month, compared with the poll's forecast for a $6.35 billion surplus and $19.93 billion surpluses in March.",
  figures: [
    ['3.5%', 3.5, '%', 'eq', 'growth', 'exports', { direction: 'up' }],
    ['14.2%', 14.2, '%', 'eq', 'growth', 'imports', { direction: 'down' }],
    ['15.7%', 15.7, '%', 'eq', 'growth', 'exports', { direction: 'down' }],
    ['6.6%', 6.6, '%', 'eq', 'growth', ['exports', 'drop'], { direction: 'down' }],
    ['11.2%', 11.2, '%', 'eq', 'growth', 'imports', { direction: 'down' }],
    ['0.9%', 0.9, '%', 'eq', 'growth', ['imports', 'slide'], { direction: 'down' }],
    ['$45.34 billion', 45340000000, 'USD', 'eq', 'level', 'trade surplus'],
    ['$6.35 billion', 6350000000, 'USD', 'eq', 'level', ['surplus', 'trade surplus']],
    ['$19.93 billion', 19930000000, 'USD', 'eq', 'level', ['surpluses', 'surplus', 'trade surplus']],
  ],
} satisfies CorpusText;
