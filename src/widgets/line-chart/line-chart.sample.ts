/**
 * <dj-line-chart>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';
import type { Annotation } from './annotations.js';

export const sample: WidgetSample = {
  valid: () => [{ 年份: '2019', 收入: 1.2, 利润: 0.3 }, { 年份: '2020', 收入: 1.1, 利润: 0.2 }, { 年份: '2021', 收入: 1.6, 利润: 0.4 }],
  marks: 'path.line',
  count: 2,
  textColumns: [],
  valueColumn: '收入',
  headersShown: true,
  // A series with no number at all is no series: only 利润 draws.
  edges: { 'all missing': 1 },
  frame: true,
};

/**
 * The gallery's two-series sample (labelled as sample data wherever it is shown: the article has no
 * time series), with a missing 2018 profit and two notes; the stories and the static SVG tests draw it.
 */
export const REVENUE: Array<Record<string, string>> = [
  { 年份: '2015', 营业收入: '1.2亿元', 利润: '0.3亿元' },
  { 年份: '2016', 营业收入: '1.1亿元', 利润: '0.25亿元' },
  { 年份: '2017', 营业收入: '1.6亿元', 利润: '0.4亿元' },
  { 年份: '2018', 营业收入: '2.1亿元', 利润: '-' },
  { 年份: '2019', 营业收入: '2.4亿元', 利润: '0.6亿元' },
  { 年份: '2020', 营业收入: '1.9亿元', 利润: '0.35亿元' },
  { 年份: '2021', 营业收入: '2.8亿元', 利润: '0.7亿元' },
];
export const REVENUE_NOTES: Annotation[] = [
  { x: '2020', series: '营业收入', text: '疫情影响，收入下降' },
  { from: '2017', to: '2018', text: '扩产期' },
];
