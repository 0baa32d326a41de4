import { expect } from '@open-wc/testing';
import { PNG_2X, PNG_WECHAT, widgetPng } from '../../../src/core/export/actions.js';
import { svgSize, svgToPng } from '../../../src/core/export/image.js';
import { hostPaint } from '../../../src/core/export/paint-from-host.js';
import { countDark, pngHeader, pixels } from './capture.js';
import { articleBars } from './fixtures.js';

/** A canvas factory that records every canvas asked for. */
function recording(): { sizes: [number, number][]; create: (w: number, h: number) => HTMLCanvasElement } {
  const sizes: [number, number][] = [];
  return {
    sizes,
    create: (w, h) => {
      sizes.push([w, h]);
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      return c;
    },
  };
}

describe('PNG export', () => {
  it('2×: twice the chart width, under 1 MB, title, bars and notes drawn crisp', async () => {
    const el = await articleBars('theme="light"');
    const png = await widgetPng(el, PNG_2X);
    const size = svgSize(png.svg);
    // The image is the widget's box at 2×: 640 px wide, the drawing inset 16 px each side.
    expect(size.width).to.equal(640 - 32);
    const head = await pngHeader(png.blob);
    expect(head.width).to.equal(2 * 640);
    expect(head.height).to.equal(2 * (size.height + 8));
    expect([png.width, png.height]).to.deep.equal([head.width, head.height]);
    expect(head.bytes).to.be.below(1_000_000);
    const img = await pixels(png.blob);
    // Not one flat colour: the title (first 40 px of the drawing, at 2×) has dark text pixels…
    const title = countDark(img, 32, 8, 32 + 400, 8 + 2 * 34);
    expect(title).to.be.above(500);
    // …and the margin left of it has none.
    expect(countDark(img, 0, 0, 30, img.height)).to.equal(0);
    // The accent bars are there.
    const accent = [0x1f, 0x6f, 0xeb];
    let bars = 0;
    for (let i = 0; i < img.data.length; i += 4) if (img.data[i] === accent[0] && img.data[i + 1] === accent[1] && img.data[i + 2] === accent[2]) bars++;
    expect(bars).to.be.above(10_000);
  });

  it('WeChat: 1080 px wide, laid out at a phone width, under 1 MB', async () => {
    const el = await articleBars('theme="light"', 900);
    const png = await widgetPng(el, PNG_WECHAT);
    expect(svgSize(png.svg).width).to.equal(360 - 32);
    const head = await pngHeader(png.blob);
    expect(head.width).to.equal(1080);
    expect(head.bytes).to.be.below(1_000_000);
    expect(png.scale).to.equal(3);
    expect(png.overBudget).to.equal(false);
  });

  it('draws the dark scheme the widget shows', async () => {
    const el = await articleBars('theme="dark"');
    const png = await widgetPng(el, PNG_2X);
    const img = await pixels(png.blob);
    // Corner (margin) and a point inside the drawing are the dark background.
    const at = (x: number, y: number) => [...img.data.subarray((y * img.width + x) * 4, (y * img.width + x) * 4 + 3)];
    expect(at(2, 2)).to.deep.equal([0x16, 0x18, 0x1d]);
    expect(at(img.width - 40, 4)).to.deep.equal([0x16, 0x18, 0x1d]);
  });

  it('meets a byte budget with the compact encoder first, at the same scale and pixels', async () => {
    const el = await articleBars('theme="light"');
    const svg = el.toSvg({ width: 328, paint: hostPaint(el) });
    const native = await svgToPng(svg, { scale: 3 });
    const fit = await svgToPng(svg, { scale: 3, maxBytes: native.blob.size - 1 });
    expect(fit.scale).to.equal(3);
    expect(fit.overBudget).to.equal(false);
    expect(fit.blob.size).to.be.below(native.blob.size);
    const a = await pixels(native.blob);
    const b = await pixels(fit.blob);
    expect([b.width, b.height]).to.deep.equal([a.width, a.height]);
    let diff = 0;
    for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) diff++;
    expect(diff).to.equal(0);
  });

  it('steps the scale down to fit a byte budget, and says when it cannot', async () => {
    const el = await articleBars('theme="light"');
    const svg = el.toSvg({ width: 328, paint: hostPaint(el) });
    // The smallest file each scale can give (both encoders tried: any budget forces that).
    const best = new Map<number, number>();
    for (const scale of [3, 2.5, 2]) best.set(scale, (await svgToPng(svg, { scale, minScale: scale, maxBytes: 1 })).blob.size);
    const budget = best.get(2)! + 1;
    const expected = [3, 2.5, 2].find((s) => best.get(s)! <= budget);
    const fit = await svgToPng(svg, { scale: 3, maxBytes: budget });
    expect(fit.scale).to.equal(expected);
    expect(fit.requestedScale).to.equal(3);
    expect(fit.overBudget).to.equal(false);
    expect(fit.blob.size).to.be.at.most(budget);
    expect(fit.width).to.equal(Math.round(328 * fit.scale));
    const tight = await svgToPng(svg, { scale: 3, maxBytes: 1000 });
    expect(tight.scale).to.equal(1);
    expect(tight.overBudget).to.equal(true);
  });

  it('draws a drawing too big for one canvas in segments, the same pixels as one canvas', async () => {
    const el = await articleBars('theme="light"');
    const svg = el.toSvg({ width: 400, paint: hostPaint(el) });
    const one = recording();
    const whole = await svgToPng(svg, { scale: 2, createCanvas: one.create });
    expect(one.sizes.length).to.equal(1);
    const parts = recording();
    const limit = 800 * 120;
    const cut = await svgToPng(svg, { scale: 2, maxPixels: limit, createCanvas: parts.create });
    expect(cut.segments).to.be.above(2);
    expect(parts.sizes.length).to.equal(cut.segments);
    for (const [w, h] of parts.sizes) expect(w * h).to.be.at.most(limit);
    expect(await pngHeader(cut.blob)).to.include({ width: whole.width, height: whole.height });
    const a = await pixels(whole.blob);
    const b = await pixels(cut.blob);
    let diff = 0;
    for (let i = 0; i < a.data.length; i++) if (Math.abs(a.data[i]! - b.data[i]!) > 2) diff++;
    expect(diff / a.data.length).to.be.below(0.001);
  });

  it('leaves the canvas untainted: the SVG holds nothing from outside', async () => {
    const el = await articleBars('theme="light"');
    const svg = el.toSvg();
    const canvas = document.createElement('canvas');
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await img.decode();
    canvas.width = img.width;
    canvas.height = img.height;
    canvas.getContext('2d')!.drawImage(img, 0, 0);
    // Both throw a SecurityError on a tainted canvas.
    expect(() => canvas.getContext('2d')!.getImageData(0, 0, 1, 1)).to.not.throw();
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    expect(blob?.type).to.equal('image/png');
  });
});
