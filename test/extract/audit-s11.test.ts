/**
 * The session 11 audit's (audit3) extractor fixes, each on the real published text it was found
 * in (test/fixtures/s11-audit3.ts names the sources). Each failed before its fix.
 */
import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';
import { BENGBU_2024_GDP, DAYAO_2024_04, GRAIN_2013, NBS_2018_09_EN, NBS_2025_JAN_SEPT_EN } from '../fixtures/s11-audit3.js';

const read = (text: string) => extractFigures(text).map((f) => [f.label, f.value, f.unit, f.kind, f.direction]);

describe('extractFigures: session 11 audit', () => {
  it('增产 / 减产 are a rise and a fall of the harvest before them (国家统计局 2013 统计公报)', () => {
    const f = read(GRAIN_2013).filter(([, , unit]) => unit === '%');
    expect(f[0]).to.deep.equal(['粮食产量', 2.1, '%', 'growth', 'up']);
    expect(f[4]).to.deep.equal(['稻谷产量', 0.5, '%', 'growth', 'down']);
    expect(f.map(([label]) => label)).to.not.include('增产').and.not.include('减产');
  });

  it('增收 / 减收 / 减支 are changes of the amount before them; a budget is not what fell (大姚县 2024)', () => {
    const f = read(DAYAO_2024_04);
    expect(f[3]).to.deep.equal(['一般公共预算收入累计', 10_700_000, '元', 'growth', 'down']);
    expect(f[4]).to.deep.equal(['一般公共预算收入累计', 4.2, '%', 'growth', 'down']);
    expect(f[6]).to.deep.equal(['税收收入', 12_840_000, '元', 'growth', 'up']);
    expect(read('一般公共预算支出累计完成107752万元，比上年减支9240万元，下降7.9%。')[1]).to.deep.equal(['一般公共预算支出累计', 92_400_000, '元', 'growth', 'down']);
    // The budget itself keeps its name.
    expect(f[1]?.[0]).to.equal('年初预算数');
  });
});

describe('extractFigures: session 11 audit, notes', () => {
  it('a note\'s number in the text ("地区生产总值（GDP）[2]2313亿元", "第三产业[3]增加值") is not part of the label (蚌埠 2024)', () => {
    const f = read(BENGBU_2024_GDP);
    expect(f.map(([label]) => label)).to.deep.equal(['地区生产总值', '地区生产总值', '第一产业增加值', '第一产业增加值', '第二产业增加值', '第二产业增加值', '第三产业增加值', '第三产业增加值']);
    expect(f[0]?.[1]).to.equal(231_300_000_000);
  });
});

describe('extractFigures: session 11 audit, English', () => {
  it('"industrial enterprises above designated size" is the label, not "size" (NBS, September 2018)', () => {
    const f = read(NBS_2018_09_EN);
    expect(f[0]).to.deep.equal(['industrial enterprises above designated size', 5.8, '%', 'growth', 'up']);
    expect(f.map(([label]) => label)).to.not.include('size');
  });

  it('"the mining and manufacturing sectors rose by 5.8 percent and by 6.8 percent …, respectively": mining 5.8, manufacturing 6.8', () => {
    const f = read(NBS_2025_JAN_SEPT_EN);
    expect(f.slice(3)).to.deep.equal([['mining sectors', 5.8, '%', 'growth', 'up'], ['manufacturing sectors', 6.8, '%', 'growth', 'up']]);
    // Without "respectively", or with a list as long as the figures, nothing is paired.
    expect(read('Exports and imports rose by 5 percent and 6 percent.').map(([l]) => l)).to.deep.equal(['imports', 'imports']);
    expect(read('Mining, utilities and manufacturing grew 3 percent and 4 percent, respectively.').map(([l]) => l)).to.deep.equal(['manufacturing', 'manufacturing']);
  });
});
