import type { CorpusText } from './types.js';

export default {
  source: "https://www.floordaily.net/flooring-news/economy-adds-jobs-unemployment-rate-falls",
  genre: 'news',
  language: 'en',
  text: "Washington, DC, Jan. 6, 2012 -- The economy added 200,000 jobs in December and the unemployment rate fell to 8.5%, the Labor Department said Friday.\nThe increase in jobs last month — the fourth biggest gain of 2011 — was higher than the 150,000 jobs expected by economists.\nThe unemployment rate edged down to 8.5% from an upwardly revised 8.7% in November. It was forecast to rise to 8.7% from an initially reported 8.6% in November.\nVirtually every major industry added jobs, including construction, which added 17,000 jobs.",
  figures: [
    ['200,000 jobs', 200000, 'jobs', 'eq', 'growth', ['economy', 'jobs', ''], { direction: 'up' }],
    ['8.5%', 8.5, '%', 'eq', 'level', 'unemployment rate'],
    ['150,000 jobs', 150000, 'jobs', 'eq', 'growth', ['increase in jobs', 'jobs', ''], { direction: 'up' }],
    ['8.5%', 8.5, '%', 'eq', 'level', 'unemployment rate'],
    ['8.7%', 8.7, '%', 'eq', 'level', 'unemployment rate'],
    ['8.7%', 8.7, '%', 'eq', 'level', 'unemployment rate'],
    ['8.6%', 8.6, '%', 'eq', 'level', 'unemployment rate'],
    ['17,000 jobs', 17000, 'jobs', 'eq', 'growth', ['construction', 'jobs', ''], { direction: 'up' }],
  ],
} satisfies CorpusText;
