import type { CorpusText } from './types.js';

export default {
  source: "http://www.insidearm.com/news/00009036-unemployment-rate-falls-to-54-lowest-in-3/",
  genre: 'news',
  language: 'en',
  text: "WASHINGTON – U.S job growth snapped back in August after two disappointing months, as nonfarm payrolls climbed by 144,000, the Labor Department estimated Friday.\nThe unemployment rate fell 0.1 percentage point to 5.4 percent, the lowest rate since October 2001, primarily because 152,000 adults dropped out of the labor force.\nPayroll additions in June and July were revised higher by a cumulative 59,000. July's gain was revised to 73,000 from 32,000.\nEconomists surveyed by CBS MarketWatch were expecting job growth of about 158,000, close to the 177,000 average for the first seven months of the year.\nSince August 2003, the economy has created 1.7 million jobs, after losing about 2.7 million during the recession and recovery. The unemployment rate has fallen from 6 percent to 5.4 percent.",
  figures: [
    ['144,000', 144000, '', 'eq', 'growth', ['nonfarm payrolls', 'payrolls'], { direction: 'up' }],
    ['0.1 percentage point', 0.1, 'percentage point', 'eq', 'growth', 'unemployment rate', { direction: 'down' }],
    ['5.4 percent', 5.4, '%', 'eq', 'level', 'unemployment rate'],
    ['152,000 adults', 152000, 'adults', 'eq', 'level', ['adults', '']],
    ['59,000', 59000, '', 'eq', 'growth', ['payroll additions', 'payroll additions in June and July'], { direction: 'up' }],
    ['73,000', 73000, '', 'eq', 'level', ["July's gain", 'gain']],
    ['32,000', 32000, '', 'eq', 'level', ["July's gain", 'gain']],
    ['158,000', 158000, '', 'approx', 'growth', 'job growth', { direction: 'up' }],
    ['177,000', 177000, '', 'eq', 'growth', ['average', 'job growth'], { direction: 'up' }],
    ['1.7 million jobs', 1700000, 'jobs', 'eq', 'growth', ['economy', 'jobs', ''], { direction: 'up' }],
    ['2.7 million', 2700000, '', 'approx', 'growth', ['economy', 'jobs', ''], { direction: 'down' }],
    ['6 percent', 6, '%', 'eq', 'level', 'unemployment rate'],
    ['5.4 percent', 5.4, '%', 'eq', 'level', 'unemployment rate'],
  ],
} satisfies CorpusText;
