import type { CorpusText } from './types.js';

// Xinhua English story on China's 2016 GDP (NBS, 20 Jan 2017), as republished; the two quoted paragraphs without figures are kept.
export default {
  source: "https://en.hepingshijie.com/archives/332",
  date: '2017-01-20',
  genre: 'news',
  language: 'en',
  heldOut: true,
  fresh: true,
  text: "China’s GDP expands 6.7% year-on-year\n\nChina’s gross domestic product expanded 6.7 percent year-on-year in 2016 to reach 74.41 trillion yuan ($10.84 trillion), the National Bureau of Statistics said on Friday.\n\n“Generally speaking, China’s economy was within a proper range with improved quality and efficiency,” said Ning Jizhe, the NBS chief, at a news conference in Beijing.\n\n“However, we should also be aware that the domestic and external conditions are still complicated and the foundation for a stabilized but progressing economy should be further consolidated,” he said.\n\nIndustrial production grew steadily, rising 6 percent year on year, the same as that in the first three quarters, the official data showed.\n\nFixed-asset investment grew by 8.1 percent year-on-year, 0.1 percentage point slower than that in the first three quarters. Meanwhile, total real estate development in 2016 rose by 6.9 percent, 5.9 percentage points faster than last year.",
  figures: [
    ['6.7%', 6.7, '%', 'eq', 'growth', ['GDP', 'China’s GDP'], { direction: 'up' }],
    ['6.7 percent', 6.7, '%', 'eq', 'growth', ['gross domestic product', 'China’s gross domestic product'], { direction: 'up' }],
    ['74.41 trillion yuan', 74.41e12, 'CNY', 'eq', 'level', ['gross domestic product', 'China’s gross domestic product']],
    ['$10.84 trillion', 10.84e12, 'USD', 'eq', 'level', ['gross domestic product', 'China’s gross domestic product']],
    ['6 percent', 6, '%', 'eq', 'growth', 'industrial production', { direction: 'up' }],
    ['8.1 percent', 8.1, '%', 'eq', 'growth', 'fixed-asset investment', { direction: 'up' }],
    ['0.1 percentage point', 0.1, 'percentage point', 'eq', 'growth', 'fixed-asset investment', { direction: 'down' }],
    ['6.9 percent', 6.9, '%', 'eq', 'growth', ['total real estate development', 'real estate development'], { direction: 'up' }],
    ['5.9 percentage points', 5.9, 'percentage point', 'eq', 'growth', ['total real estate development', 'real estate development'], { direction: 'up' }],
  ],
} satisfies CorpusText;
