/** Every word a widget shows or announces, in both languages. */
import type { Locale } from './locale.js';

export interface Messages {
  loading: string;
  empty: string;
  errorTitle: string;
  showData: string;
  hideData: string;
  downloadCsv: string;
  source: string;
  notes: string;
  dataTable: string;
  chart: string;
  keyboardHint: string;
  /** "3 of 8" — position of a focused item (bar, event, category, project); `index` is 1-based. */
  position: (index: number, count: number) => string;
  /** "第 7 个，共 10 个" / "7 of 10" — position of a point along a line (个: points are not 项, items). */
  pointPosition: (index: number, count: number) => string;
  /** "第 2 步，共 5 步" / "step 2 of 5" — where a project stands among its stages. */
  stepPosition: (index: number, count: number) => string;
  /** An aside after an announcement: "（…）" after Chinese, " (…)" after English. */
  aside: (text: string) => string;
  /** Joins a label and its value for an announcement. */
  labelValue: (label: string, value: string) => string;
  missing: string;
  listSeparator: string;
  sentenceEnd: string;
}

const zh: Messages = {
  loading: '正在加载数据…',
  empty: '没有可显示的数据',
  errorTitle: '无法显示图表',
  showData: '查看数据',
  hideData: '隐藏数据',
  downloadCsv: '下载 CSV',
  source: '来源：',
  notes: '注：',
  dataTable: '数据表',
  chart: '图表',
  keyboardHint: '使用方向键浏览数据，按 Enter 选择。',
  position: (i, n) => `第 ${i} 项，共 ${n} 项`,
  pointPosition: (i, n) => `第 ${i} 个，共 ${n} 个`,
  stepPosition: (i, n) => `第 ${i} 步，共 ${n} 步`,
  aside: (s) => `（${s}）`,
  labelValue: (l, v) => `${l}：${v}`,
  missing: '无数据',
  listSeparator: '，',
  sentenceEnd: '。',
};

const en: Messages = {
  loading: 'Loading data…',
  empty: 'No data to show',
  errorTitle: 'This chart could not be drawn',
  showData: 'Show data',
  hideData: 'Hide data',
  downloadCsv: 'Download CSV',
  source: 'Source: ',
  notes: 'Note: ',
  dataTable: 'Data table',
  chart: 'Chart',
  keyboardHint: 'Use the arrow keys to move between data points; Enter selects.',
  position: (i, n) => `${i} of ${n}`,
  pointPosition: (i, n) => `${i} of ${n}`,
  stepPosition: (i, n) => `step ${i} of ${n}`,
  aside: (s) => ` (${s})`,
  labelValue: (l, v) => `${l}: ${v}`,
  missing: 'no data',
  listSeparator: ', ',
  sentenceEnd: '.',
};

export function messages(locale: Locale): Messages {
  return locale === 'zh-CN' ? zh : en;
}
