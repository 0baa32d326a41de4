/**
 * "2021.5" is May 2021 in some sheets and 2021.5 (亿元) in every bulletin. A pasted table of
 * amounts between 1000 and 2999 — most of China's cities and counties, in 亿元 — must stay amounts:
 * the builder read 镇江 2635.11 as November 2635 and the column as dates. A column of months
 * written so (2023.1, 2023.2 …) under a time header, or running as months do, stays dates.
 */
import { expect } from '@open-wc/testing';
import { parseInput } from '../../src/builder/parse.js';
import { suggestWidgets } from '../../src/builder/suggest.js';

/**
 * 江苏 2023年上半年, the smaller cities' GDP (亿元) as 新华日报 published it (镇江 2635.11, 淮安 2432.08,
 * 连云港 1955.9, 宿迁 1920.57): https://zfw.changzhou.gov.cn/html/czzf/2023/FCPIQHAJ_0801/22475.html
 */
const H1_2023 = '城市\t地区生产总值\n镇江市\t2635.11\n淮安市\t2432.08\n连云港市\t1955.9\n宿迁市\t1920.57\n';

/** 江苏 2023年一季度 (亿元), 澎湃新闻: 常州 2184.2, 盐城 1702.3, 镇江 1303.67, 淮安 1174.37 — http://lqrc.cn/a/caijin/19472.html */
const Q1_2023 = '城市\t一季度GDP\n常州\t2184.2\n盐城\t1702.3\n镇江\t1303.67\n淮安\t1174.37\n';

const column = (text: string, name: string) => parseInput(text, { kind: 'tsv' }).columns.find((c) => c.name === name);

describe('builder: amounts that look like year.month', () => {
  it('a column of 亿元 figures between 1000 and 2999 is numbers, shown as published', () => {
    const t = parseInput(H1_2023, { kind: 'tsv' });
    expect(t.columns.map((c) => [c.name, c.type])).to.deep.equal([['城市', 'text'], ['地区生产总值', 'number']]);
    expect(t.records.map((r) => r['地区生产总值'])).to.deep.equal([2635.11, 2432.08, 1955.9, 1920.57]);
    expect(column(Q1_2023, '一季度GDP')?.type).to.equal('number');
  });

  it('the suggestions draw them as amounts: bars, not a timeline', () => {
    const first = suggestWidgets(parseInput(H1_2023, { kind: 'tsv' }))[0];
    expect(first?.tag).to.equal('dj-bar-chart');
  });

  it('months written 2023.1 … stay dates: under a time header, or running month by month', () => {
    const months = '月份\t快递业务量（万件）\n2023.1\t4210\n2023.2\t4405\n2023.3\t4630\n';
    expect(column(months, '月份')?.type).to.equal('date');
    // The same months with a header that names nothing: they run a month apart, as no amounts do.
    expect(parseInput(months.replace('月份', '期'), { kind: 'tsv' }).columns[0]?.type).to.equal('date');
    expect(parseInput(months.replace('月份', '快递'), { kind: 'tsv' }).columns[0]?.type, 'a month apart').to.equal('date');
    const quarters = '期\t增速（%）\n2022.12\t3.0\n2023.3\t4.5\n2023.6\t5.5\n';
    expect(parseInput(quarters, { kind: 'tsv' }).columns[0]?.type, 'a quarter apart').to.equal('date');
  });

  it('one dotted figure under a header that names no time is a number; under 时间 a month', () => {
    expect(column('项目\t总投资\n港口\t2021.5\n', '总投资')?.type).to.equal('number');
    expect(column('事件\t时间\n开工\t2021.5\n', '时间')?.type).to.equal('date');
  });
});
