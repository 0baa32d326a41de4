import { expect } from '@open-wc/testing';
import { line as d3line } from 'd3-shape';
import { estimateWidth, measureText } from '../../../src/core/measure.js';
import { layoutLine, mapValue, type LineOptions } from '../../../src/widgets/line-chart/line-chart.layout.js';
import { fixed2, tracePath } from '../../../src/widgets/line-chart/path.js';
import { GAP, reduceM4 } from '../../../src/widgets/line-chart/reduce.js';
import { scanColumns, scanValues } from '../../../src/widgets/line-chart/scan.js';
import { seriesFromColumns } from '../../../src/widgets/line-chart/series.js';
import { seriesStats } from '../../../src/widgets/line-chart/summary.js';
import { DataError } from '../../../src/core/data/errors.js';

const opts: LineOptions = { locale: 'en', font: '14px sans-serif', measure: estimateWidth, area: false, annotations: [], labels: 'auto' };

/** A seeded walk with spikes and missing runs: the shapes a reduction can get wrong. */
function signal(n: number, seed = 11, gaps = true): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let s = seed;
  let v = 0;
  const r = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < n; i++) {
    v += r() - 0.5;
    x[i] = Date.UTC(2020, 0, 1) + i * 60_000;
    y[i] = r() < 0.0005 ? v + (r() - 0.5) * 200 : v;
    if (gaps && i % 50_000 > 49_000) y[i] = NaN;
  }
  return { x, y };
}

/** What the scan must find, the slow obvious way. */
function naive(y: ArrayLike<number>): { first: number; last: number; min: number; max: number; present: number } {
  const idx = Array.from(y, (v, i) => (Number.isNaN(v) ? -1 : i)).filter((i) => i >= 0);
  const vals = idx.map((i) => y[i] as number);
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  return { first: idx[0] ?? -1, last: idx.at(-1) ?? -1, min: idx.find((i) => y[i] === lo) ?? -1, max: idx.find((i) => y[i] === hi) ?? -1, present: idx.length };
}

describe('line chart with large data', () => {
  it('scans a line once for its first, last, lowest, highest and missing values, and x’s order', () => {
    const { x, y } = signal(120_000);
    const want = naive(y);
    const got = scanColumns(x, y);
    expect({ first: got.first, last: got.last, min: got.min, max: got.max, present: got.present }).to.deep.equal(want);
    expect(got.missing).to.equal(y.length - want.present);
    expect(got.ascending).to.equal(true);
    expect(scanValues(y)).to.deep.equal({ first: got.first, last: got.last, min: got.min, max: got.max, present: got.present, missing: got.missing });
    // Ties keep the first; all missing has no points; an x out of order or not a number is seen.
    expect(scanValues([2, 1, 1, 2])).to.include({ min: 1, max: 0 });
    expect(scanValues([NaN, NaN])).to.deep.equal({ first: -1, last: -1, min: -1, max: -1, present: 0, missing: 2 });
    expect(scanColumns([1, 3, 2], [1, 2, 3]).ascending).to.equal(false);
    expect(scanColumns([1, NaN, 3], [1, 2, 3]).ascending).to.equal(false);
    expect(scanColumns([1, 1, 3], [1, 2, 3]).ascending).to.equal(false);
  });

  it('writes numbers to hundredths exactly as d3-path does', () => {
    let s = 3;
    const r = (): number => (s = (s * 16807) % 2147483647) / 2147483647;
    const values = [0, -0, 0.004, 0.005, -0.005, 1.005, 2.675, 99.995, -12.3, 100, 0.1, 1e16, -1e17, NaN, Infinity, 1e-9];
    for (let i = 0; i < 20_000; i++) values.push((r() - 0.3) * 10 ** Math.floor(r() * 7));
    for (const v of values) expect(fixed2(v), String(v)).to.equal(String(Math.round(v * 100) / 100));
  });

  it('writes the same path d3-shape writes for the reduced points, gaps and lone points included', () => {
    const xs = Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const ys = Float64Array.from([3, 1, NaN, 4, NaN, 1, 5, 9, 2]);
    const x = { domain: [0, 8] as [number, number], range: [10, 330] as [number, number] };
    const y = { domain: [0, 10] as [number, number], range: [200, 0] as [number, number] };
    const idx = reduceM4(xs, ys, x.domain, x.range);
    expect(idx).to.deep.equal([0, 1, GAP, 3, GAP, 5, 6, 7, 8]);
    const t = tracePath(idx, xs, ys, x, y, null);
    const d3 = d3line<number>()
      .digits(2)
      .defined((i) => i !== GAP)
      .x((i) => mapValue(x, xs[i] as number))
      .y((i) => mapValue(y, ys[i] as number));
    expect(t.path).to.equal(d3(idx));
    expect(t.present).to.equal(7);
    expect(t.lone).to.deep.equal([3]);
    const area = tracePath(idx, xs, ys, x, y, 200).area!;
    // Each run closes down to the baseline and back: three runs, three closed shapes.
    expect(area.match(/Z/g)).to.have.length(3);
    expect(area.startsWith('M10,140L50,180L50,200L10,200Z')).to.equal(true);
  });

  it('reads columns once, keeps that pass for the summary, and rejects an x that is not a number', () => {
    const { x, y } = signal(50_000);
    const data = seriesFromColumns({ x, series: { a: y } });
    expect(data.series[0]!.y).to.equal(y);
    expect(seriesStats(data.series[0]!)).to.include(naive(y));
    const bad = Float64Array.from(x);
    bad[1234] = NaN;
    expect(() => seriesFromColumns({ x: bad, series: { a: y } }))
      .to.throw(DataError)
      .with.property('message')
      .that.includes('x value 1235 (NaN)');
    bad[1234] = x[1234]!;
    bad[bad.length - 1] = Infinity;
    expect(() => seriesFromColumns({ x: bad, series: { a: y } })).to.throw(DataError, /x value 50000 \(Infinity\)/);
  });

  /** The line through every point and the reduced line, stroked as the chart strokes them, at `density` device px per px. */
  function strokes(d: readonly string[], w: number, h: number, density: number): Uint8ClampedArray[] {
    return d.map((path) => {
      const c = new OffscreenCanvas(Math.ceil(w * density), Math.ceil(h * density));
      const ctx = c.getContext('2d')!;
      ctx.scale(density, density);
      ctx.lineWidth = 2;
      ctx.lineJoin = 'round';
      ctx.lineCap = 'round';
      ctx.stroke(new Path2D(path));
      return ctx.getImageData(0, 0, c.width, c.height).data;
    });
  }

  for (const [width, density] of [
    [1280, 1],
    [375, 1],
    [375, 2],
    [375, 3],
  ] as const) {
    it(`draws 300,000 points reduced per device pixel with the pixels of the full line (${width} px, density ${density})`, () => {
      const { x, y } = signal(300_000, 5);
      const data = seriesFromColumns({ x, series: { a: y } });
      const scene = layoutLine(data, { ...opts, density }, width);
      const m = scene.series[0]!;
      // Four points per column, two columns per device pixel (and a few more where a gap splits one).
      expect(m.drawnPoints).to.be.at.most(4 * 2 * (scene.plot.right - scene.plot.left) * density + 4 * 6 + 8);
      const full = d3line<number>()
        .digits(2)
        .defined((i) => !Number.isNaN(y[i]))
        .x((i) => mapValue(scene.x, x[i]!))
        .y((i) => mapValue(scene.y, y[i]!))(Array.from(x, (_, i) => i))!;
      // The control: as many points taken at a fixed stride (no reduction per column) lose peaks.
      const stride = Math.ceil(x.length / m.drawnPoints);
      const sampled = d3line<number>()
        .digits(2)
        .defined((i) => !Number.isNaN(y[i]))
        .x((i) => mapValue(scene.x, x[i]!))
        .y((i) => mapValue(scene.y, y[i]!))(Array.from({ length: Math.ceil(x.length / stride) }, (_, k) => k * stride))!;
      const [ink, reduced, strided] = strokes([full, m.path, sampled], scene.width, scene.height, density);
      const compare = (b: Uint8ClampedArray): { inked: number; differ: number; worst: number } => {
        let inked = 0;
        let differ = 0;
        let worst = 0;
        for (let i = 3; i < ink!.length; i += 4) {
          const d = Math.abs(ink![i]! - b[i]!);
          if (ink![i]! > 0) inked++;
          if (d > 32) differ++;
          worst = Math.max(worst, d);
        }
        return { inked, differ, worst };
      };
      const r = compare(reduced!);
      const c = compare(strided!);
      console.log(`density ${density} width ${width}: ${m.drawnPoints} of ${x.length} points drawn; pixels off by more than 1/8: ${r.differ} of ${r.inked} (a fixed stride: ${c.differ}); worst alpha ${r.worst} (stride: ${c.worst})`);
      expect(r.inked).to.be.above(1000);
      // Anti-aliasing a 2 px stroke through hundreds of points per pixel is not exactly repeatable
      // by any subset: the reduced line stays within a shade (never a missing peak, 255) …
      expect(r.worst).to.be.below(160);
      expect(r.differ / r.inked).to.be.below(0.12);
      // … where as many points at a fixed stride miss whole peaks.
      expect(c.worst).to.be.above(200);
      expect(c.differ).to.be.above(2 * r.differ);
    });
  }
});

describe('line chart x axis at the plot’s ends', () => {
  it('keeps the first and last date labels, drawn inward from their ticks, clear of their neighbours', () => {
    let checked = 0;
    const cases = [estimateWidth, measureText].flatMap((measure) => [20, 69, 120, 208, 400, 3000].flatMap((days) => [1280, 800, 375, 320].map((width) => ({ measure, days, width }))));
    for (const { measure, days, width } of cases) {
      {
        const n = 2000;
        const x = Float64Array.from({ length: n }, (_, i) => Date.UTC(2000, 0, 1) + (i * days * 864e5) / n);
        const y = Float64Array.from(x, (_, i) => Math.sin(i / 50) * 1000);
        const scene = layoutLine(seriesFromColumns({ x, series: { a: y }, xType: 'time' }), { ...opts, measure, locale: 'zh-CN' }, width);
        const edges = scene.xTicks.map((t): [number, number] => {
          const w = measure(t.text, opts.font);
          return t.anchor === 'start' ? [t.pos, t.pos + w] : t.anchor === 'end' ? [t.pos - w, t.pos] : [t.pos - w / 2, t.pos + w / 2];
        });
        edges.forEach((e, k) => {
          expect(e[0], `${days} days at ${width} px`).to.be.at.least(0);
          expect(e[1], `${days} days at ${width} px`).to.be.at.most(width);
          const next = edges[k + 1];
          if (next) expect(next[0] - e[1], `${days} days at ${width} px: ${scene.xTicks.map((t) => t.text).join(' ')}`).to.be.at.least(10);
        });
        checked += edges.length;
      }
    }
    expect(checked).to.be.above(40);
  });
});
