/** The questions the builder asks instead of guessing, each in both languages. */
import { readNumeral, toHalfWidth } from '../core/format/numeral.js';
import type { InputKind, Question } from './types.js';

const KINDS: ReadonlyArray<[InputKind, string, string]> = [
  ['tsv', 'Table from a spreadsheet (tabs)', '电子表格（制表符分隔）'],
  ['csv', 'CSV (commas)', 'CSV（逗号分隔）'],
  ['semicolon', 'Semicolons (decimal commas)', '分号分隔（逗号为小数点）'],
  ['json', 'JSON', 'JSON'],
  ['paragraph', 'Article text (find the figures)', '文章段落（提取数字）'],
];

export function kindQuestion(chosen: InputKind): Question {
  return {
    id: 'kind',
    en: 'Is this a table or a paragraph of text? The rows are not all the same width.',
    zh: '这是表格还是一段文字？各行的单元格数不一致。',
    choices: KINDS.map(([value, en, zh]) => ({ value, en, zh })),
    chosen,
  };
}

const read = (sample: string, decimal: '.' | ','): string => {
  const m = readNumeral(toHalfWidth(sample).trim().replace(/^[-+(]?\s*[¥￥$€£]?\s*/, ''), { decimal });
  return m ? String(m.value) : sample;
};

export function decimalQuestion(sample: string, chosen: '.' | ','): Question {
  const dot = read(sample, '.');
  const comma = read(sample, ',');
  return {
    id: 'decimal',
    en: `How should "${sample}" be read? The table does not say whether "," or "." is the decimal mark.`,
    zh: `“${sample}”应如何理解？表格中看不出小数点是“.”还是“,”。`,
    choices: [
      { value: '.', en: `"." is the decimal mark: ${dot}`, zh: `“.”是小数点：${dot}` },
      { value: ',', en: `"," is the decimal mark: ${comma}`, zh: `“,”是小数点：${comma}` },
    ],
    chosen,
  };
}

export function headerQuestion(chosen: boolean, firstRow: readonly string[]): Question {
  const shown = firstRow.slice(0, 4).join(' | ');
  return {
    id: 'header',
    en: `Is the first row (${shown}) the column names, or data?`,
    zh: `第一行（${shown}）是列名还是数据？`,
    choices: [
      { value: 'true', en: 'Column names', zh: '列名' },
      { value: 'false', en: 'Data', zh: '数据' },
    ],
    chosen: String(chosen),
  };
}

export function dateOrderQuestion(sample: { a: number; b: number; year: number; mark: string } | undefined, chosen: 'dmy' | 'mdy' | 'ymd'): Question {
  const s = sample ? `${sample.a}${sample.mark}${sample.b}${sample.mark}${sample.year}` : '';
  const a = sample?.a ?? 1;
  const b = sample?.b ?? 2;
  return {
    id: 'dateOrder',
    en: `Is "${s}" day/month or month/day?`,
    zh: `“${s}”是“日/月”还是“月/日”？`,
    choices: [
      { value: 'dmy', en: `Day first: ${b}/${a} (month/day)`, zh: `日在前：${b}月${a}日` },
      { value: 'mdy', en: `Month first: ${a}/${b} (month/day)`, zh: `月在前：${a}月${b}日` },
    ],
    chosen,
  };
}

export function yearQuestion(found: readonly number[], chosen: number): Question {
  const now = new Date().getFullYear();
  const years = [...new Set([chosen, ...found, now, now - 1])].sort((x, y) => y - x);
  return {
    id: 'year',
    en: 'Which year are the months and quarters without a year in (一季度, 1-6月)?',
    zh: '未写年份的月份和季度（如“一季度”“1-6月”）属于哪一年？',
    choices: years.map((y) => ({ value: String(y), en: String(y), zh: `${y}年` })),
    chosen: String(chosen),
  };
}
