import type { CorpusText } from './types.js';

export default {
  source: "https://www.areadevelopment.com/newsitems/10-19-2011/ge-transportation-fortworth-erie-expansion-66353353.shtml",
  genre: 'news',
  language: 'en',
  text: "GE Transportation to Invest $231 Million in Two Projects Expected to Create 490 Jobs\nSpecifically, GE Transportation will spend $95 million on the new 236,000-sq.-ft. Fort Worth plant and add 130 manufacturing jobs there by mid-2012. In Erie, the company will invest $136 million and hire 360 new workers.\nGE Transportation has seen strong global demand for its heavy mining equipment in 2011. It reported $2.1 billion in revenues for the first half of this year (up 45 percent), and profits at $335 million (up 135 percent).",
  figures: [
    ['$231 Million', 231000000, 'USD', 'eq', 'level', ['GE Transportation', 'investment', 'Invest', 'invest']],
    ['490 Jobs', 490, 'jobs', 'eq', 'level', ['jobs', 'Jobs', 'Create', '']],
    ['$95 million', 95000000, 'USD', 'eq', 'level', ['GE Transportation', 'spend']],
    ['236,000-sq.-ft.', 236000, 'square feet', 'eq', 'level', ['Fort Worth plant', 'plant']],
    ['130 manufacturing jobs', 130, 'jobs', 'eq', 'level', ['manufacturing jobs', 'add']],
    ['$136 million', 136000000, 'USD', 'eq', 'level', ['company', 'invest']],
    ['360 new workers', 360, 'workers', 'eq', 'level', ['new workers', 'hire']],
    ['$2.1 billion', 2100000000, 'USD', 'eq', 'level', ['revenues', 'revenue']],
    ['45 percent', 45, '%', 'eq', 'growth', ['revenues', 'revenue'], { direction: 'up' }],
    ['$335 million', 335000000, 'USD', 'eq', 'level', 'profits'],
    ['135 percent', 135, '%', 'eq', 'growth', 'profits', { direction: 'up' }],
  ],
} satisfies CorpusText;
