import { expect } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { estimateWidth } from '../../../src/core/measure.js';
import { TARGETS } from '../../../src/data/haizhou-2021.js';
import { extractFigures } from '../../../src/extract/index.js';
import { readTargets } from '../../../src/widgets/targets/targets.data.js';
import { layoutTargets, type TargetsOptions } from '../../../src/widgets/targets/targets.layout.js';
import { parseDateEnd, parsePeriod } from '../../../src/widgets/targets/targets.status.js';

const read = (rows: unknown, asOf = '2021-06-30') =>
  readTargets(typeTable(fromRecords(rows, 'data')), { unit: '', labelColumn: null, valueColumn: null, asOf: parseDateEnd(asOf)!, year: 2021 });
const opts = (over: Partial<TargetsOptions> = {}): TargetsOptions => ({
  locale: 'zh-CN', density: 'compact', group: 'none', sort: 'none', period: parsePeriod('2021')!, baseYear: 2020, tolerance: 0.05,
  font: '14px sans-serif', measure: estimateWidth, source: '连网', date: '2021-01-15', ...over,
});

describe('targets.data: reading rows', () => {
  it('reads the dataset’s 13 targets as they are', () => {
    const data = read(TARGETS.map((t) => ({ ...t })));
    expect(data).to.have.length(13);
    expect(data.map((d) => d.comparator).join(' ')).to.equal('ge ge ge ge eq gt eq eq ge ge ge ge ge');
    expect(data[5]).to.include({ label: '工业应税销售收入', target: 4e10, unit: '元', kind: 'level', comparator: 'gt', quote: '工业应税销售收入突破400亿元' });
    expect(data[2]).to.include({ kind: 'growth', unit: '%', target: 10 });
    expect(data.every((d) => d.checkpoints.length === 0)).to.equal(true);
  });

  it('reads the extractor’s output straight from the article sentence', () => {
    const figures = extractFigures('确保新增规上工业企业15家以上,工业投资增长12%,工业应税销售收入突破400亿元');
    const data = read(figures);
    expect(data.map((d) => [d.label, d.target, d.unit, d.comparator, d.kind])).to.deep.equal([
      ['新增规上工业企业', 15, '家', 'ge', 'level'],
      ['工业投资', 12, '%', 'eq', 'growth'],
      ['工业应税销售收入', 4e10, '元', 'gt', 'level'],
    ]);
  });

  it('reads a growth target worded as a fall as a negative change', () => {
    const figures = extractFigures('单位地区生产总值能耗下降3%');
    expect(figures[0]).to.include({ kind: 'growth', direction: 'down', value: 3 });
    expect(read(figures).map((d) => [d.target, d.kind])).to.deep.equal([[-3, 'growth']]);
    expect(read([{ label: '能耗', value: '5%', kind: 'growth', 方向: '下降' }])[0]!.target).to.equal(-5);
    expect(read([{ label: '投资', value: '5%', kind: 'growth' }])[0]!.target).to.equal(5);
  });

  it('reads a progress record’s value as the actual and its target as the target', () => {
    const [d] = read([{ label: '固定资产投资', value: 60, unit: '亿元', target: 100, kind: 'progress' }]);
    expect(d).to.include({ target: 1e10, unit: '元', kind: 'level' });
    expect(d!.checkpoints).to.deep.equal([{ date: parseDateEnd('2021-06-30'), value: 6e9, label: '' }]);
  });

  it('reads checkpoints wide (actual_<date>), long (date rows) and nested (actuals)', () => {
    const wide = read([{ label: '土地', value: '1000亩以上', 'actual_1-6月': 620, actual_2021Q1: 180 }]);
    expect(wide[0]!.comparator).to.equal('ge');
    expect(wide[0]!.checkpoints.map((c) => [c.label, c.value])).to.deep.equal([['2021Q1', 180], ['1-6月', 620]]);
    const long = read([
      { id: 'land', label: '土地', value: 1000, unit: '亩', date: '2021-03', actual: 180 },
      { id: 'land', date: '2021-06', actual: 620 },
      { id: 'firms', label: '企业', value: 15, unit: '家', date: '2021-06', actual: 9 },
    ]);
    expect(long.map((d) => [d.id, d.checkpoints.map((c) => c.value)])).to.deep.equal([['land', [180, 620]], ['firms', [9]]]);
    const nested = read([{ label: '土地', value: 1000, unit: '亩', actuals: { '2021-06': 620, '2021-03': 180 } }, { label: '企业', value: 15, actuals: [{ date: '2021', value: 16 }] }]);
    expect(nested.map((d) => d.checkpoints.map((c) => c.value))).to.deep.equal([[180, 620], [16]]);
  });

  it('turns amounts of a growth target into growth on its baseline', () => {
    const [d] = read([{ label: '工业投资', value: 12, unit: '%', kind: 'growth', baseline: '100亿元', actual_2021: '110亿元' }]);
    expect(d!.checkpoints[0]!.value).to.be.closeTo(10, 1e-9);
  });

  it('names the row and column of bad input, in both languages', () => {
    expect(() => read([{ label: 'a', value: 'many' }])).to.throw('Row 1: "many" in column "value" is not a number.');
    expect(() => read([{ label: 'a', value: 1, comparator: 'sometimes' }])).to.throw('comparator "sometimes"');
    expect(() => read([{ label: 'a', value: 1, kind: 'constructor' }])).to.throw('kind "constructor"');
    expect(() => read([{ label: 'a', value: 1, actual_soon: 3 }])).to.throw('cannot read the date "soon"');
    expect(() => read([{ label: 'a', value: 1, period: 'never' }])).to.throw('cannot read the period "never"');
    expect(() => read([{ label: 'a', note: 'x' }])).to.throw('No target column');
  });
});

describe('targets.layout: the scene', () => {
  const sample = () =>
    read([
      { category: 'A', label: '土地', value: 1000, unit: '亩', comparator: 'ge', 'actual_1-6月': 620 },
      { category: 'B', label: '工业投资', value: 12, unit: '%', comparator: 'eq', kind: 'growth', 'actual_1-6月': 8.5 },
      { category: 'A', label: '收入', value: 4e10, unit: '元', comparator: 'gt', actual_2021: 4.12e10 },
      { category: 'B', label: '能耗', value: 100, unit: '万吨', comparator: 'le', 'actual_1-6月': 104 },
      { category: 'B', label: '人才', value: 1000, unit: '人', comparator: 'ge' },
    ]);

  it('writes targets with their comparator, in both languages', () => {
    const zh = layoutTargets(sample(), opts(), 800);
    expect(zh.rows.map((r) => r.targetText)).to.deep.equal(['≥ 1000亩', '+12%', '> 400亿元', '≤ 100万吨', '≥ 1000人']);
    expect(zh.rows.map((r) => r.targetWords)).to.deep.equal(['不少于1000亩', '比2020年增长12%', '超过400亿元', '不超过100万吨', '不少于1000人']);
    const en = layoutTargets(sample(), opts({ locale: 'en' }), 800);
    expect(en.rows.map((r) => r.targetText)).to.deep.equal(['≥ 1,000 mu', '+12%', '> 40 billion yuan', '≤ 1 million tonnes', '≥ 1,000 people']);
    expect(en.rows[1]!.targetWords).to.equal('growth of 12% on 2020');
  });

  it('computes statuses, progress and the summary', () => {
    const s = layoutTargets(sample(), opts(), 800);
    expect(s.rows.map((r) => r.status)).to.deep.equal(['on-track', 'behind', 'achieved', 'missed', 'not-reported']);
    // Amounts show progress; a rate its distance in points; a cap its headroom (never "完成目标的").
    expect(s.rows.map((r) => r.progressText)).to.deep.equal(['完成目标的 62%', '低于目标 3.5个百分点', '完成目标的 103%', '超出上限 4万吨', '']);
    expect(s.summary).to.equal('5 项目标，已完成 1 项，进度正常 1 项，进度滞后 1 项，未完成 1 项，尚未公布 1 项。');
    expect(layoutTargets(sample(), opts({ locale: 'en' }), 800).summary).to.equal('1 of 5 targets met; 1 on track, 1 behind, 1 missed, 1 not yet reported.');
    expect(s.rows[0]!.aria).to.equal('土地，目标：不少于1000亩，实际 620亩（1-6月），完成目标的 62%，进度正常');
  });

  it('groups by category and status, sorts by status and progress', () => {
    const byCat = layoutTargets(sample(), opts({ group: 'category' }), 800);
    expect(byCat.groups.map((g) => [g.name, g.rows.map((r) => r.label)])).to.deep.equal([['A', ['土地', '收入']], ['B', ['工业投资', '能耗', '人才']]]);
    expect(byCat.rows.map((r) => r.label)).to.deep.equal(['土地', '收入', '工业投资', '能耗', '人才']);
    const byStatus = layoutTargets(sample(), opts({ group: 'status' }), 800);
    expect(byStatus.groups.map((g) => g.name)).to.deep.equal(['未完成', '进度滞后', '尚未公布', '进度正常', '已完成']);
    expect(layoutTargets(sample(), opts({ sort: 'status' }), 800).rows.map((r) => r.label)).to.deep.equal(['能耗', '工业投资', '人才', '土地', '收入']);
    // Progress is an amount's: rates and caps have none and keep their data order after.
    expect(layoutTargets(sample(), opts({ sort: 'progress' }), 800).rows.map((r) => r.label)).to.deep.equal(['收入', '土地', '工业投资', '能耗', '人才']);
  });

  it('draws the target as a marker with the zone that meets it; growth from the base year', () => {
    const s = layoutTargets(sample(), opts({ density: 'roomy' }), 600);
    const [land, growth, income, cap] = s.rows;
    expect(land!.track.zone!.x).to.equal(land!.track.markerX);
    expect(land!.track.zone!.x + land!.track.zone!.width).to.be.closeTo(land!.track.width - 8, 1e-9);
    expect(income!.track.strict).to.equal(true);
    expect(land!.track.strict).to.equal(false);
    expect(cap!.track.zone!.x).to.equal(8);
    expect(cap!.track.zone!.width).to.be.closeTo(cap!.track.markerX - 8, 1e-9);
    expect(growth!.track.labels.map((l) => l.text)).to.deep.equal(['2020年', '+12%']);
    expect(growth!.track.zone).to.equal(null);
    expect(growth!.track.paceX).to.equal(null);
    expect(land!.track.bar).to.deep.include({ direction: 'rise' });
    expect(land!.track.bar!.width / (land!.track.markerX - land!.track.zeroX)).to.be.closeTo(0.62, 1e-9);
    expect(land!.track.paceX).to.be.greaterThan(land!.track.zeroX);
  });

  it('draws a fall below the base year in the fall direction', () => {
    const [d] = read([{ label: 'GDP', value: 5.5, unit: '%', comparator: 'approx', kind: 'growth', actual_2021: -1.2 }]);
    const s = layoutTargets([d!], opts(), 400);
    expect(s.rows[0]!.track.bar!.direction).to.equal('fall');
    expect(s.rows[0]!.track.bar!.x + s.rows[0]!.track.bar!.width).to.be.closeTo(s.rows[0]!.track.zeroX, 1e-9);
    expect(s.rows[0]!.status).to.equal('missed');
  });

  it('adds a sparkline only with several checkpoints, and lays out 280–1200 px without a negative track', () => {
    for (const w of [280, 320, 519, 520, 800, 1200]) {
      for (const density of ['compact', 'roomy'] as const) {
        const s = layoutTargets(sample(), opts({ density }), w);
        for (const r of s.rows) {
          expect(r.track.width).to.be.at.least(40);
          const used = s.inline ? s.labelWidth + r.track.width + 118 + 24 + (r.spark ? r.spark.width + 12 : 0) : r.track.width + (r.spark ? r.spark.width + 12 : 0);
          expect(used, `${density} at ${w}`).to.be.at.most(w);
        }
      }
    }
    const two = read([{ label: '土地', value: 1000, unit: '亩', actual_2021Q1: 180, 'actual_1-6月': 620 }, { label: '人才', value: 1000 }]);
    const s = layoutTargets(two, opts({ density: 'roomy' }), 600);
    expect(s.rows[0]!.spark!.dots).to.have.length(2);
    expect(s.rows[1]!.spark).to.equal(null);
  });

  it('carries the provenance line with source and date', () => {
    const s = layoutTargets(read(TARGETS.map((t) => ({ ...t }))), opts(), 800);
    expect(s.rows).to.have.length(13);
    expect(s.rows[0]!.provenance).to.equal('原文：“盘活低产低效土地1000亩以上、闲置老旧厂房10万平方米以上”（连网，2021-01-15）');
    expect(s.summary).to.equal('13 项目标，均尚未公布完成情况。');
    expect(layoutTargets(read(TARGETS.map((t) => ({ ...t }))), opts({ locale: 'en' }), 800).summary).to.equal('13 targets, none reported yet.');
  });
});
