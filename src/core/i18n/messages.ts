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
  /** "3 of 8" — position of a focused point. */
  position: (index: number, count: number) => string;
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
  labelValue: (l, v) => `${l}: ${v}`,
  missing: 'no data',
  listSeparator: ', ',
  sentenceEnd: '.',
};

export function messages(locale: Locale): Messages {
  return locale === 'zh-CN' ? zh : en;
}
