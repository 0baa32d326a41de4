import { expect, fixture } from '@open-wc/testing';
import { exportLongImage, longImage } from '../../../src/core/export/long-image.js';
import { svgSize } from '../../../src/core/export/image.js';
import { hostPaint } from '../../../src/core/export/paint-from-host.js';
import { DataError } from '../../../src/core/data/errors.js';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import { captureDownloads, pngHeader, pixels } from './capture.js';
import { articleBars, articleTracker, TITLE } from './fixtures.js';

function recording() {
  const sizes: [number, number][] = [];
  const create = (w: number, h: number) => {
    sizes.push([w, h]);
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    return c;
  };
  return { sizes, create };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('did not reject');
}

describe('long image', () => {
  it('stacks two widgets at 1080 px: height = the parts at 3× + the gap, every canvas ≤ 16 MP', async () => {
    const bars = await articleBars('theme="light"');
    const tracker = await articleTracker();
    // Each part on its own, as the long image lays it out: 360 px less the 16 px margins.
    const heights = [bars, tracker].map((el) => svgSize(el.toSvg({ width: 328, paint: hostPaint(el) })).height);
    const canvases = recording();
    const result = await longImage([bars, tracker], { createCanvas: canvases.create });
    const head = await pngHeader(result.blob);
    expect(head.width).to.equal(1080);
    expect(head.height).to.equal(3 * heights[0]! + 3 * 16 + 3 * heights[1]!);
    expect(result.plan.tops).to.deep.equal([0, 3 * heights[0]! + 48]);
    expect(head.bytes).to.be.below(1_000_000);
    expect(canvases.sizes.length).to.equal(result.plan.segments.length);
    for (const [w, h] of canvases.sizes) expect(w * h).to.be.at.most(16_000_000);
    expect(result.name).to.equal(`${TITLE}（长图）.png`);
    // The tracker's title is drawn where its part starts: dark text just below its top.
    const img = await pixels(result.blob);
    let dark = 0;
    const top = result.plan.tops[1]!;
    for (let y = top; y < top + 3 * 34; y++)
      for (let x = 48; x < 600; x++) {
        const k = (y * img.width + x) * 4;
        if (img.data[k]! < 90 && img.data[k + 1]! < 90 && img.data[k + 2]! < 90) dark++;
      }
    expect(dark).to.be.above(1000);
  });

  it('draws in many small segments with the same pixels as in one', async () => {
    const bars = await articleBars('theme="light"');
    const tracker = await articleTracker();
    const whole = await longImage([bars, tracker], { width: 540, scale: 1.5 });
    expect(whole.plan.segments.length).to.equal(1);
    const canvases = recording();
    const limit = 540 * 150;
    const cut = await longImage([bars, tracker], { width: 540, scale: 1.5, maxPixels: limit, createCanvas: canvases.create });
    expect(cut.plan.segments.length).to.equal(Math.ceil(whole.height / 150));
    for (const [w, h] of canvases.sizes) expect(w * h).to.be.at.most(limit);
    expect([cut.width, cut.height]).to.deep.equal([whole.width, whole.height]);
    const a = await pixels(whole.blob);
    const b = await pixels(cut.blob);
    let diff = 0;
    for (let i = 0; i < a.data.length; i++) if (Math.abs(a.data[i]! - b.data[i]!) > 2) diff++;
    expect(diff / a.data.length).to.be.below(0.001);
  });

  it('narrows the image, not the text, to fit a byte budget', async () => {
    const bars = await articleBars('theme="light"');
    const r = await longImage([bars], { maxBytes: 2000 });
    expect(r.overBudget).to.equal(true);
    expect(r.width).to.equal(360);
    expect(r.scale).to.equal(1);
    expect((await pngHeader(r.blob)).width).to.equal(360);
  });

  it('exportLongImage: a selector in document order, saved under the first title', async () => {
    const bars = await articleBars('theme="light" id="lb1"');
    const tracker = await articleTracker();
    tracker.id = 'lt1';
    bars.parentElement!.after(tracker.parentElement!);
    const capture = captureDownloads();
    try {
      const result = await exportLongImage('#lt1, #lb1');
      const saved = await capture.next();
      expect(saved.name).to.equal(`${TITLE}（长图）.png`);
      expect(saved.type).to.equal('image/png');
      expect(await pngHeader(saved.blob)).to.include({ width: 1080, height: result.height });
      expect(saved.blob.size).to.equal(result.blob.size);
    } finally {
      capture.restore();
    }
  });

  it('says which widget could not be drawn, and when there is none', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:400px"><dj-bar-chart id="empty-one"></dj-bar-chart></div>');
    const empty = wrap.querySelector('dj-bar-chart')!;
    await empty.updateComplete;
    const bars = await articleBars();
    const e = await rejection(longImage([bars, empty]));
    expect(e).to.be.instanceOf(DataError);
    expect((e as DataError).message).to.match(/^<dj-bar-chart>#empty-one: /);
    expect((e as DataError).text('zh-CN')).to.match(/^<dj-bar-chart>#empty-one：/);
    const none = await rejection(exportLongImage('.nothing-here'));
    expect((none as DataError).text('zh-CN')).to.equal('没有找到可导出的图表。');
  });
});
