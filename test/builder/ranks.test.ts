/**
 * Ranks and row numbers are positions, not amounts: never a series, never bars or squares.
 * 中商产业研究院's provincial output table, as its page prints it, numbers its rows in a column
 * with no header of its own: http://s.askci.com/data/MonthDetail/Index?type=4&zbId=a02020w
 */
import { expect } from '@open-wc/testing';
import { parseInput } from '../../src/builder/parse.js';
import { suggestWidgets } from '../../src/builder/suggest.js';

const ROWS = ['1\t北京市\t0.02\t0.31\t-29.78\t-22.25', '2\t天津市\t3.77\t63.45\t-37.42\t-3.85', '3\t河北省\t2.86\t25.47\t11.27\t22.48', '4\t山西省\t0.20\t2.59\t-30.6\t-11.19', '5\t内蒙古\t0.89\t10.62\t268.13\t596.78', '20\t海南省\t0.11\t0.93\t--\t--'];
const AS_PRINTED = ['地区\t当月产量(万吨)\t累计产量(万吨)\t当月同比增长(%)\t累计增长(%)\t', ...ROWS].join('\n');

describe('builder: ranks and row numbers', () => {
  it('a header one column left of its cells, over row numbers, is read one to the right', () => {
    for (const text of [AS_PRINTED, AS_PRINTED.replace(/\t\n/, '\n')]) {
      const t = parseInput(text);
      expect(t.allColumns.map((c) => [c.name, c.type, c.unit, c.skipped])).to.deep.equal([
        ['序号', 'text', '', true], ['地区', 'text', '', false], ['当月产量', 'number', '万吨', false], ['累计产量', 'number', '万吨', false],
        ['当月同比增长', 'number', '%', false], ['累计增长', 'number', '%', false],
      ]);
      expect(t.records[0]).to.deep.equal({ 地区: '北京市', 当月产量: 0.02, 累计产量: 0.31, 当月同比增长: -29.78, 累计增长: -22.25 });
      expect(suggestWidgets(t)[0]?.attributes).to.deep.equal({ series: '当月产量,累计产量' });
    }
  });

  it('a column headed 排名, 序号, 全省位次 or rank is left out of what is drawn, and offers no counted squares', () => {
    const t = parseInput(['排名\t省份\t地区生产总值（亿元）', '1\t广东\t141633.81', '2\t江苏\t137008', '3\t山东\t98566', '4\t浙江\t90131', '5\t四川\t64697'].join('\n'));
    expect(t.columns.map((c) => c.name)).to.deep.equal(['省份', '地区生产总值']);
    const s = suggestWidgets(t);
    expect(s[0]).to.include({ tag: 'dj-bar-chart' });
    expect(s.map((x) => x.tag)).to.not.include('dj-waffle');
    for (const h of ['序号', '全省位次', 'Rank', 'No.']) {
      expect(parseInput(`${h}\t城市\t产值\n1\t甲\t5\n2\t乙\t3\n`).allColumns[0]?.skipped, h).to.equal(true);
    }
  });

  it('the editor may keep the ranks', () => {
    const t = parseInput('排名\t省份\t得分\n1\t甲\t90\n2\t乙\t80\n', { columns: { 排名: { skip: false } } });
    expect(t.columns.map((c) => c.name)).to.deep.equal(['排名', '省份', '得分']);
  });
});
