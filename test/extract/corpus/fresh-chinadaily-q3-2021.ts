import type { CorpusText } from './types.js';

// China Daily / Xinhua wire story on the Q1–Q3 2021 NBS release, republished 20 Oct 2021 (text to the last paragraph with a figure).
export default {
  source: "https://hbtbls.com/news/chinas-economy-grows-9-8-in-jan-sept",
  date: '2021-10-20',
  genre: 'news',
  language: 'en',
  heldOut: true,
  fresh: true,
  text: "China’s GDP grew by 9.8 percent year-on-year in the first three quarters of the year to 82.31 trillion yuan ($12.79 trillion), compared with 12.7 percent in the first half, the National Bureau of Statistics said on Monday.\nIn the third quarter, China’s economic growth came in at 4.9 percent both on a yearly basis and on a two-year average basis, compared with 7.9 percent and 5.5 percent in the second quarter, respectively, the NBS said.\nThe NBS said the economy has managed to withstand the multiple pressures such as the COVID-19 resurgence and heavy rainfall in the first nine months, sustaining its recovery with major economic indicators falling in a reasonable range.\nThe tight supply of electricity and coal in China is periodic and its impact on the economy can be controlled, said Fu Linghui, spokesperson of the National Bureau of Statistics.\nOn a quarter-on-quarter basis, China’s GDP expanded by 0.2 percent in the July-September period, versus 1.3 percent in the April-June period.\nIndustrial output rose by 11.8 percent year-on-year over the first three quarters of the year, putting the two-year average growth to 6.4 percent, the NBS said.\nRetail sales grew by 16.4 percent on a yearly basis in the first three quarters and 3.9 percent on the two-year average basis.\nThe growth in fixed-asset investment came in at 7.3 percent on a yearly basis in January-September period, sending the two-year average growth to 3.8 percent.\nSurveyed urban jobless rate came in at 4.9 percent last month, compared with 5.1 percent in August, the bureau said.",
  figures: [
    ['9.8 percent', 9.8, '%', 'eq', 'growth', ['GDP', 'China’s GDP'], { direction: 'up' }],
    ['82.31 trillion yuan', 82.31e12, 'CNY', 'eq', 'level', ['GDP', 'China’s GDP']],
    ['$12.79 trillion', 12.79e12, 'USD', 'eq', 'level', ['GDP', 'China’s GDP']],
    ['12.7 percent', 12.7, '%', 'eq', 'growth', ['GDP', 'China’s GDP'], { direction: 'up' }],
    ['4.9 percent', 4.9, '%', 'eq', 'growth', ['economic growth', 'China’s economic growth', 'economy'], { direction: 'up' }],
    ['7.9 percent', 7.9, '%', 'eq', 'growth', ['economic growth', 'China’s economic growth', 'economy'], { direction: 'up' }],
    ['5.5 percent', 5.5, '%', 'eq', 'growth', ['economic growth', 'China’s economic growth', 'economy'], { direction: 'up' }],
    ['0.2 percent', 0.2, '%', 'eq', 'growth', ['GDP', 'China’s GDP'], { direction: 'up' }],
    ['1.3 percent', 1.3, '%', 'eq', 'growth', ['GDP', 'China’s GDP'], { direction: 'up' }],
    ['11.8 percent', 11.8, '%', 'eq', 'growth', 'industrial output', { direction: 'up' }],
    ['6.4 percent', 6.4, '%', 'eq', 'growth', ['industrial output', 'two-year average growth'], { direction: 'up' }],
    ['16.4 percent', 16.4, '%', 'eq', 'growth', 'retail sales', { direction: 'up' }],
    ['3.9 percent', 3.9, '%', 'eq', 'growth', 'retail sales', { direction: 'up' }],
    ['7.3 percent', 7.3, '%', 'eq', 'growth', ['fixed-asset investment', 'growth in fixed-asset investment'], { direction: 'up' }],
    ['3.8 percent', 3.8, '%', 'eq', 'growth', ['fixed-asset investment', 'two-year average growth'], { direction: 'up' }],
    ['4.9 percent', 4.9, '%', 'eq', 'level', ['surveyed urban jobless rate', 'urban jobless rate', 'jobless rate']],
    ['5.1 percent', 5.1, '%', 'eq', 'level', ['surveyed urban jobless rate', 'urban jobless rate', 'jobless rate']],
  ],
} satisfies CorpusText;
