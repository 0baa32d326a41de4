import { expect } from '@open-wc/testing';
import { BAR_DEFAULTS as base } from '../../helpers/widgets.js';
import { layoutBars, type BarDatum } from '../../../src/widgets/bar-chart/bar-chart.layout.js';
import { barHit } from '../../../src/widgets/bar-chart/bar-chart.draw.js';
import { barAtPoint, hitArea } from '../../../src/widgets/bar-chart/bar-chart.layer.js';

const data: BarDatum[] = [
  { label: '过亿元项目', value: 80, unit: '个' },
  { label: '过10亿元项目', value: 0, unit: '个' },
  { label: '外资', value: null, unit: '个' },
  { label: '亏损', value: -5, unit: '个' },
];

describe('the bar chart\'s one touch target', () => {
  it('covers the whole drawing', () => {
    const s = layoutBars(data, base, 600);
    expect(hitArea(s)).to.deep.equal({ tag: 'rect', attrs: { class: 'hit', x: '0', y: '0', width: '600', height: String(s.height) }, children: [] });
  });

  it('finds a horizontal bar anywhere in its row, zero, missing and negative ones too', () => {
    const s = layoutBars(data, base, 600);
    s.marks.forEach((m, pos) => {
      const y = m.y + m.height / 2;
      for (const x of [1, s.zero, 599]) expect(barAtPoint(s, x, y), `bar ${pos} at x ${x}`).to.equal(pos);
    });
    // Above the first row (the unit caption) and below the last (the axis): no bar.
    expect(barAtPoint(s, 300, 1)).to.equal(-1);
    expect(barAtPoint(s, 300, s.height - 1)).to.equal(-1);
  });

  it('finds a column over its whole height, labels included, and none in the gap between columns', () => {
    const s = layoutBars(data, { ...base, orientation: 'vertical' }, 600);
    s.marks.forEach((m, pos) => {
      const x = m.x + m.width / 2;
      for (const y of [s.plot.top, s.zero, s.height - 2]) expect(barAtPoint(s, x, y), `column ${pos} at y ${y}`).to.equal(pos);
    });
    const [a, b] = s.marks;
    const gap = (a!.x + a!.width + b!.x) / 2;
    expect(b!.x - (a!.x + a!.width)).to.be.greaterThan(1);
    expect(barAtPoint(s, gap, s.zero)).to.equal(-1);
  });

  it('answers as the per-bar rectangles did: the row or column barHit gives', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const s = layoutBars(data, { ...base, orientation }, 375);
      s.marks.forEach((m, pos) => {
        const r = barHit(m, s);
        expect(barAtPoint(s, r.x + r.width / 2, r.y + r.height / 2), `${orientation} ${pos}`).to.equal(pos);
      });
    }
  });
});
