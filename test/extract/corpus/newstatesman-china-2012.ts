import type { CorpusText } from './types.js';

export default {
  source: "http://www.newstatesman.com/economics/gdp/2012/07/chinas-forward-march-continues-78-cent-rise-gdp",
  genre: 'news',
  language: 'en',
  text: "China's rise continues despite the sluggishness of western markets, with its gross domestic product at 22,709.8bn yuan in the first half of 2012. This collosal figure represents a year-on-year increase of 7.8 per cent.\n\nThe value added by the primary and secondary industries was 1,747.1bn yuan (+4.3 per cent) and 11,095bn yuan (+8.3 per cent), respectively; the tertiary industry contributed 9,867.7bn yuan (+7.7 per cent).\n\nPer capita total income of urban households was 13,679 yuan.\n\nThe total output of summer grain was 129.95 million tons – a 2.8 per cent increase year-on-year – while the investment in fixed assets (excluding rural households) was 15,071bn yuan, a surge of 20.4 per cent compared to the same period in 2011.",
  figures: [
    ['22,709.8bn yuan', 22709800000000, 'CNY', 'eq', 'level', 'gross domestic product'],
    ['7.8 per cent', 7.8, '%', 'eq', 'growth', ['year-on-year increase', 'gross domestic product', 'increase'], { direction: 'up' }],
    ['1,747.1bn yuan', 1747100000000, 'CNY', 'eq', 'level', ['value added by the primary and secondary industries', 'primary industry', 'value added']],
    ['+4.3 per cent', 4.3, '%', 'eq', 'growth', ['value added by the primary and secondary industries', 'primary industry', 'value added'], { direction: 'up' }],
    ['11,095bn yuan', 11095000000000, 'CNY', 'eq', 'level', ['value added by the primary and secondary industries', 'secondary industry', 'value added']],
    ['+8.3 per cent', 8.3, '%', 'eq', 'growth', ['value added by the primary and secondary industries', 'secondary industry', 'value added'], { direction: 'up' }],
    ['9,867.7bn yuan', 9867700000000, 'CNY', 'eq', 'level', ['tertiary industry', 'the tertiary industry contributed']],
    ['+7.7 per cent', 7.7, '%', 'eq', 'growth', 'tertiary industry', { direction: 'up' }],
    ['13,679 yuan', 13679, 'CNY', 'eq', 'level', 'per capita total income of urban households'],
    ['129.95 million tons', 129950000, 'tons', 'eq', 'level', 'total output of summer grain'],
    ['2.8 per cent', 2.8, '%', 'eq', 'growth', ['total output of summer grain', 'increase'], { direction: 'up' }],
    ['15,071bn yuan', 15071000000000, 'CNY', 'eq', 'level', ['investment in fixed assets', 'investment in fixed assets (excluding rural households)']],
    ['20.4 per cent', 20.4, '%', 'eq', 'growth', ['investment in fixed assets', 'surge'], { direction: 'up' }],
  ],
} satisfies CorpusText;
