import { expect } from '@open-wc/testing';
import { estimateWidth } from '../../../src/core/measure.js';
import { BAR_DEFAULTS as base } from '../../helpers/widgets.js';
import { layoutBars, type BarDatum, type BarOptions } from '../../../src/widgets/bar-chart/bar-chart.layout.js';

const projects: BarDatum[] = [
  { label: '过亿元项目', value: 80, unit: '个' },
  { label: '过10亿元项目', value: 10, unit: '个' },
];

function overlaps(a: { x: number; w: number }, b: { x: number; w: number }): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w;
}

describe('layoutBars (horizontal)', () => {
  it('measures no value text when value labels are off, and lays out the bars as with them', () => {
    const measured: string[] = [];
    const measure = (text: string, font: string): number => (measured.push(text), estimateWidth(text, font));
    const data: BarDatum[] = [...projects, { label: '外资', value: null, unit: '个' }];
    const off = layoutBars(data, { ...base, measure, values: false }, 600);
    expect(measured.filter((t) => t === '80个' || t === '10个')).to.deep.equal([]);
    const on = layoutBars(data, { ...base, values: true }, 600);
    // Without value labels the bars take the room the labels had: same rows and order, longer bars.
    expect(off.marks.map((m) => [m.label, m.y, m.valueInside])).to.deep.equal(on.marks.map((m) => [m.label, m.y, false]));
    expect(off.marks[0]!.width).to.be.greaterThan(on.marks[0]!.width);
    // The missing value's note is still placed beside zero.
    expect(off.marks[2]!.valueText).to.equal('无数据');
    expect(off.marks[2]!.valueX).to.equal(off.zero + 4);
  });

  it('draws bars from zero, in proportion, with ticks in the unit of the axis', () => {
    const s = layoutBars(projects, base, 600);
    const [a, b] = s.marks;
    expect(a!.x).to.equal(s.zero);
    expect(b!.x).to.equal(s.zero);
    expect(a!.width / b!.width).to.be.closeTo(8, 1e-9);
    expect(s.ticks.map((t) => t.value)).to.deep.equal([0, 20, 40, 60, 80]);
    expect(s.ticks.map((t) => t.text)).to.deep.equal(['0', '20', '40', '60', '80']);
    // The largest value ends exactly on the last tick.
    expect(a!.x + a!.width).to.be.closeTo(s.ticks[4]!.pos, 1e-9);
    expect(s.caption.text).to.equal('单位：个');
    expect(a!.valueText).to.equal('80个');
    expect(a!.aria).to.equal('过亿元项目：80个（第 1 项，共 2 项）');
  });

  it('writes the summary sentence in the reader’s language', () => {
    expect(layoutBars(projects, base, 600).summary).to.equal('共 2 项：“过亿元项目”最大（80个），“过10亿元项目”最小（10个）。');
    expect(layoutBars(projects, { ...base, locale: 'en' }, 600).summary).to.equal(
      '2 items: 过亿元项目 is the largest (80), 过10亿元项目 the smallest (10).',
    );
  });

  it('uses 亿 and million for large amounts, on the axis and in labels', () => {
    const money: BarDatum[] = [
      { label: '总投资', value: 4.1e8, unit: '元' },
      { label: '年产值', value: 1.8e8, unit: '元' },
    ];
    const zh = layoutBars(money, base, 600);
    expect(zh.caption.text).to.equal('单位：亿元');
    expect(zh.marks.map((m) => m.valueText)).to.deep.equal(['4.1亿元', '1.8亿元']);
    expect(zh.ticks.map((t) => t.text)).to.deep.equal(['0', '1', '2', '3', '4', '5']);
    const en = layoutBars(money, { ...base, locale: 'en' }, 600);
    expect(en.caption.text).to.equal('million yuan');
    expect(en.marks.map((m) => m.valueText)).to.deep.equal(['410 million yuan', '180 million yuan']);
    expect(en.ticks.map((t) => t.text)).to.deep.equal(['0', '100', '200', '300', '400', '500']);
  });

  it('draws negative values left of zero with their labels outside', () => {
    const s = layoutBars(
      [
        { label: 'A', value: 5, unit: '%' },
        { label: 'B', value: -3, unit: '%' },
      ],
      base,
      500,
    );
    const [a, b] = s.marks;
    expect(b!.negative).to.equal(true);
    expect(b!.x + b!.width).to.be.closeTo(s.zero, 1e-9);
    expect(b!.valueAnchor).to.equal('end');
    expect(b!.valueX).to.be.below(b!.x);
    expect(a!.x).to.equal(s.zero);
    expect(b!.valueText).to.equal('-3%');
    expect(s.ticks.every((t) => t.text.endsWith('%'))).to.equal(true);
    expect(s.caption.text).to.equal('');
  });

  it('keeps missing values missing: no bar, and "无数据" in place of a value', () => {
    const s = layoutBars([...projects, { label: '未报', value: null, unit: '' }], base, 600);
    const m = s.marks[2]!;
    expect(m.width).to.equal(0);
    expect(m.valueText).to.equal('无数据');
    expect(s.summary).to.equal('共 3 项：“过亿元项目”最大（80个），“过10亿元项目”最小（10个），另有 1 项无数据。');
  });

  it('sorts, missing last, keeping the input index', () => {
    const data: BarDatum[] = [
      { label: 'a', value: 2, unit: '' },
      { label: 'b', value: null, unit: '' },
      { label: 'c', value: 9, unit: '' },
      { label: 'd', value: 2, unit: '' },
    ];
    expect(layoutBars(data, { ...base, sort: 'descending' }, 400).marks.map((m) => m.label)).to.deep.equal(['c', 'a', 'd', 'b']);
    expect(layoutBars(data, { ...base, sort: 'ascending' }, 400).marks.map((m) => m.index)).to.deep.equal([0, 3, 2, 1]);
  });

  it('writes a qualifier sign before the value', () => {
    const s = layoutBars([{ label: '楼宇', value: 20, unit: '栋', prefix: '≥' }], base, 400);
    expect(s.marks[0]!.valueText).to.equal('≥20栋');
  });

  it('highlights bars by label', () => {
    const s = layoutBars(projects, { ...base, highlight: ['过10亿元项目'] }, 600);
    expect(s.marks.map((m) => m.highlighted)).to.deep.equal([false, true]);
  });

  it('puts long labels on their own line on narrow screens, and nothing overlaps from 280 to 1200 px', () => {
    const long: BarDatum[] = [
      { label: '税收过千万元楼宇（栋）', value: 20, unit: '栋' },
      { label: '新增入驻楼宇企业（家）', value: 500, unit: '家' },
      { label: '吸纳技术型人才（人）', value: 1000, unit: '人' },
    ];
    expect(layoutBars(long, base, 320).labelsAbove).to.equal(true);
    expect(layoutBars(long, base, 900).labelsAbove).to.equal(false);
    for (let width = 280; width <= 1200; width += 40) {
      const s = layoutBars(long, base, width);
      // Tick labels never touch.
      const boxes = s.ticks.map((t) => ({ x: t.pos - estimateWidth(t.text, base.font) / 2, w: estimateWidth(t.text, base.font) }));
      boxes.slice(1).forEach((b, i) => {
        expect(overlaps(b, boxes[i]!), `ticks at ${width}`).to.equal(false);
      });
      for (const m of s.marks) {
        // Labels fit the width they are given, and value labels stay inside the chart.
        const lw = estimateWidth(m.labelLines[0]!, base.font);
        if (s.labelsAbove) expect(lw, `label at ${width}`).to.be.at.most(width);
        else expect(m.labelX - lw, `label at ${width}`).to.be.at.least(-0.5);
        const vw = estimateWidth(m.valueText, base.font);
        const right = m.valueAnchor === 'start' ? m.valueX + vw : m.valueX;
        expect(right, `value at ${width}`).to.be.at.most(width + 0.5);
        // Rows do not overlap.
      }
      s.marks.slice(1).forEach((m, i) => {
        expect(m.y, `rows at ${width}`).to.be.at.least(s.marks[i]!.y + s.marks[i]!.height);
      });
    }
  });

  it('truncates a label that cannot fit, keeping the whole label for screen readers', () => {
    const s = layoutBars([{ label: '非常非常非常非常非常非常非常非常非常非常非常长的标签', value: 1, unit: '' }], base, 280);
    const m = s.marks[0]!;
    expect(m.labelLines[0]!.endsWith('…')).to.equal(true);
    expect(m.aria.startsWith('非常非常非常非常非常非常非常非常非常非常非常长的标签')).to.equal(true);
  });

  it('draws an axis even when every value is zero', () => {
    const s = layoutBars([{ label: 'a', value: 0, unit: '' }], base, 400);
    expect(s.marks[0]!.width).to.equal(0);
    expect(s.ticks.length).to.be.greaterThan(1);
    expect(s.summary).to.equal('仅 1 项有数据：“a”，0。');
  });
});

describe('layoutBars (vertical)', () => {
  it('stands columns on zero with heights in proportion', () => {
    const s = layoutBars(projects, { ...base, orientation: 'vertical', height: 300 }, 400);
    const [a, b] = s.marks;
    expect(s.height).to.equal(300);
    expect(a!.y + a!.height).to.be.closeTo(s.zero, 1e-9);
    expect(a!.height / b!.height).to.be.closeTo(8, 1e-9);
    expect(a!.width).to.equal(b!.width);
    expect(a!.x + a!.width).to.be.below(b!.x);
    expect(a!.labelAnchor).to.equal('middle');
  });

  it('wraps Chinese labels over two lines under narrow columns', () => {
    const data = Array.from({ length: 6 }, (_, i) => ({ label: `第${i + 1}个很长的项目名称`, value: i + 1, unit: '' }));
    const s = layoutBars(data, { ...base, orientation: 'vertical' }, 375);
    for (const m of s.marks) {
      expect(m.labelLines.length).to.be.at.most(2);
      for (const line of m.labelLines) expect(estimateWidth(line, base.font)).to.be.at.most(s.marks[1]!.x - s.marks[0]!.x);
    }
  });
});

describe('layoutBars: the axis ends near the data and inside the frame', () => {
  const opts: BarOptions = { ...base, locale: 'en' };
  it('runs to 14 or 15 for a maximum of 12.8, not 20, at every width', () => {
    const data: BarDatum[] = [
      { label: 'Haizhou', value: 12.8, unit: '%' },
      { label: 'Ganyu', value: 10, unit: '%' },
    ];
    for (const width of [280, 320, 375, 768, 1280]) {
      const last = layoutBars(data, opts, width).ticks.at(-1)?.value ?? 0;
      expect(last, `at ${width}px`).to.be.within(12.8, 16);
    }
  });
  it('keeps the end tick labels inside the frame: all negative (0 at the right) and labels above (0 at the left)', () => {
    const neg: BarDatum[] = [{ label: 'GDP', value: -6.8, unit: '%' }, { label: 'Retail sales of consumer goods', value: -19, unit: '%' }];
    const pos: BarDatum[] = [{ label: 'Value added of industrial enterprises above designated size', value: 2.8, unit: '%' }];
    for (const width of [320, 375, 768]) {
      for (const scene of [layoutBars(neg, opts, width), layoutBars(pos, opts, width)]) {
        for (const t of scene.ticks) {
          const half = estimateWidth(t.text, opts.font) / 2;
          expect(t.pos - half, `${t.text} at ${width}px`).to.be.at.least(0);
          expect(t.pos + half, `${t.text} at ${width}px`).to.be.at.most(width);
        }
      }
    }
  });
});
