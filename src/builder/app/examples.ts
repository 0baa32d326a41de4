/**
 * The "load example" inputs: the article's own words and figures, so an editor's first try
 * is with real copy, not invented data.
 */
import { HAIZHOU_2021_ARTICLE } from '../../data/haizhou-2021.article.js';

const paragraphs = HAIZHOU_2021_ARTICLE.split('\n\n');
const starting = (prefix: string): string => paragraphs.find((p) => p.startsWith(prefix)) ?? '';

/**
 * The 2021 targets: the report's goals paragraph ("与2020年相比…") and the building-economy
 * paragraph ("为集聚新兴业态…") together hold the thirteen numbered targets.
 */
export const EXAMPLE_PARAGRAPH = `${starting('与2020年相比')}\n\n${starting('为集聚新兴业态')}`;

/**
 * The Jiangsu Lianyu project's figures as a spreadsheet copies them: tab-separated. The units
 * differ row by row (元, 平方米, 件), so they have a column of their own, as `<dj-big-number>`
 * reads them; in one column with the numbers they would be flagged as mixed.
 */
export const EXAMPLE_TABLE = [
  ['指标', '数值', '单位', '原文'],
  ['总投资', '4.1亿', '元', '该项目总投资4.1亿元'],
  ['规划总建筑面积', '1.85万', '平方米', '规划总建筑面积1.85万平方米'],
  ['年产医疗器械', '2万', '件', '投产后可形成年产2万件医疗器械的生产能力'],
  ['年产值', '1.8亿', '元', '年产值达1.8亿元'],
]
  .map((r) => r.join('\t'))
  .join('\n');

/** The investment targets as CSV. */
export const EXAMPLE_CSV = '项目,目标\n新引进过亿元项目,80个\n新引进过10亿元项目,10个\n';

export type ExampleId = 'paragraph' | 'table' | 'csv';

export const EXAMPLES: Record<ExampleId, string> = {
  paragraph: EXAMPLE_PARAGRAPH,
  table: EXAMPLE_TABLE,
  csv: EXAMPLE_CSV,
};
