import type { CorpusText } from './types.js';

export default {
  source: "http://www.economicdevelopmenthq.com/blog/category/job-creation/page/90/",
  genre: 'news',
  language: 'en',
  text: "Facebook will invest a minimum of $299.5 million for the project, which is expected to create 31 jobs at average hourly wages of $23.12.\nThis investment will be for the first phase of the project, and will be used to build a 476,000-square-foot energy efficient data center with an outdoor cooling system.\nThe total investment for all phases combined at this time is estimated to be a billion dollars, with the possibility of the project being further expanded to 1.4 million square feet for a total investment by Facebook of $1.5 billion.\nThe Iowa Economic Development Authority (IEDA) held a meeting today during which it approved $18 million in incentives for Facebook under the state's High Quality Jobs program. This includes $8 million in sales tax refunds for equipment and construction material purchase, and another $10 million in tax credits.\nThe City of Altoona has additionally agreed to a 20-year property tax abatement.",
  figures: [
    ['$299.5 million', 299500000, 'USD', 'ge', 'level', ['investment', 'invest', 'Facebook']],
    ['31 jobs', 31, 'jobs', 'eq', 'level', ['jobs', 'create']],
    ['$23.12', 23.12, 'USD', 'eq', 'level', 'average hourly wages'],
    ['476,000-square-foot', 476000, 'square feet', 'eq', 'level', ['data center', 'energy efficient data center']],
    ['a billion dollars', 1000000000, 'USD', 'eq', 'level', ['total investment', 'total investment for all phases combined']],
    ['1.4 million square feet', 1400000, 'square feet', 'eq', 'level', 'project'],
    ['$1.5 billion', 1500000000, 'USD', 'eq', 'level', 'total investment'],
    ['$18 million', 18000000, 'USD', 'eq', 'level', 'incentives'],
    ['$8 million', 8000000, 'USD', 'eq', 'level', 'sales tax refunds'],
    ['$10 million', 10000000, 'USD', 'eq', 'level', 'tax credits'],
  ],
} satisfies CorpusText;
