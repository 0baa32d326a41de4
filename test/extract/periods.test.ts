/**
 * The extractor and the period reader agree: a period written in a bulletin sentence is never a
 * figure, and a Western period before a label ("2021Q1营业收入") is not part of the label.
 * Sentences from 国家统计局 releases (社会消费品零售总额, 国内生产总值) and plan wording.
 */
import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';

const read = (t: string): string[] => extractFigures(t).map((f) => `${f.label}|${f.value}${f.unit}`);

describe('extract: periods are not figures', () => {
  const cases: Array<[string, string[]]> = [
    ['1—11月份，社会消费品零售总额351415亿元，同比下降4.8%。', ['社会消费品零售总额|35141500000000元', '社会消费品零售总额|4.8%']],
    ['2021年前三季度国内生产总值823131亿元，同比增长9.8%。', ['国内生产总值|82313100000000元', '国内生产总值|9.8%']],
    ['2021年一季度，全市地区生产总值1200亿元。', ['地区生产总值|120000000000元']],
    ['2021年1月—6月，完成投资50亿元。', ['投资|5000000000元']],
    ['今年1至9月，工业增加值增长8%。', ['工业增加值|8%']],
    ['前两个月，出口增长60.6%。', ['出口|60.6%']],
    ['2021—2025年，新增就业10万人。', ['新增就业|100000人']],
    ['截至2021年6月30日，累计完成投资80亿元。', ['投资|8000000000元']],
    ['2021/1/15，项目开工。', []],
    ['2021Q1营业收入12.5亿元。', ['营业收入|1250000000元']],
    ['Q3 2021营业收入13亿元。', ['营业收入|1300000000元']],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(read(text)).to.deep.equal(expected);
    });
  }
});
