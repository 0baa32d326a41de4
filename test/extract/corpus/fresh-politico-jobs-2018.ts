import type { CorpusText } from './types.js';

// Politico's report on the April 2018 US jobs numbers (4 May 2018): headline and the figures paragraph.
export default {
  source: "https://www.politico.com/story/2018/05/04/april-jobs-numbers-2018-568596",
  date: '2018-05-04',
  genre: 'news',
  language: 'en',
  heldOut: true,
  fresh: true,
  text: "Unemployment falls to 3.9 percent\nThe U.S. unemployment rate fell to 3.9 percent in April, the lowest since December 2000.\nThe economy also added 164,000 jobs , the Labor Department reported Friday, up from 135,000 in March.\nAverage hourly private-sector earnings were up 2.6 percent over the previous year, the same as in March.\nAnalysts surveyed by Bloomberg had predicted the creation of 190,000 jobs, an increase in over-the-year hourly earnings of 2.7 percent, and an unemployment rate down slightly at 4 percent.",
  figures: [
    ['3.9 percent', 3.9, '%', 'eq', 'level', ['unemployment', 'unemployment rate']],
    ['3.9 percent', 3.9, '%', 'eq', 'level', ['unemployment rate', 'U.S. unemployment rate']],
    ['164,000 jobs', 164000, 'jobs', 'eq', 'growth', ['economy', 'jobs', ''], { direction: 'up' }],
    ['135,000', 135000, 'jobs', 'eq', 'growth', ['economy', 'jobs', ''], { direction: 'up' }],
    ['2.6 percent', 2.6, '%', 'eq', 'growth', ['average hourly private-sector earnings', 'hourly private-sector earnings', 'earnings'], { direction: 'up' }],
    ['190,000 jobs', 190000, 'jobs', 'eq', 'growth', ['creation', 'jobs', ''], { direction: 'up' }],
    ['2.7 percent', 2.7, '%', 'eq', 'growth', ['over-the-year hourly earnings', 'hourly earnings', 'increase'], { direction: 'up' }],
    ['4 percent', 4, '%', 'eq', 'level', 'unemployment rate'],
  ],
} satisfies CorpusText;
