import { expect } from '@open-wc/testing';
import { crc32, pngWriter } from '../../../src/core/export/png.js';
import { pngHeader, pixels } from './capture.js';

/** A test card: stripes, a gradient and noise, so every PNG filter gets chosen somewhere. */
function card(width: number, height: number, seed = 1): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s & 0xff);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const k = (y * width + x) * 4;
      const band = Math.floor(y / 7) % 3;
      data[k] = band === 0 ? 31 : band === 1 ? (x * 255) / width : rand();
      data[k + 1] = band === 0 ? 111 : (y * 3) & 0xff;
      data[k + 2] = band === 2 ? rand() : 235 - (x % 40);
      data[k + 3] = 255;
    }
  return data;
}

describe('pngWriter', () => {
  it('computes the CRC-32 PNG chunks use', () => {
    // The CRC of the IEND chunk type, in every PNG file: AE 42 60 82.
    expect(crc32(new TextEncoder().encode('IEND')).toString(16)).to.equal('ae426082');
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).to.equal('cbf43926');
  });

  it('writes a PNG, band by band, that the browser decodes to the same pixels', async () => {
    const width = 97;
    const height = 61;
    const rgba = card(width, height);
    const writer = pngWriter(width, height);
    // Uneven bands: the filters look at the row above across band edges.
    await writer.write(rgba.subarray(0, 20 * width * 4), 20);
    await writer.write(rgba.subarray(20 * width * 4, 21 * width * 4), 1);
    await writer.write(rgba.subarray(21 * width * 4), 40);
    const blob = await writer.finish();
    expect(blob.type).to.equal('image/png');
    expect(await pngHeader(blob)).to.include({ width, height });
    const img = await pixels(blob);
    let diff = 0;
    for (let i = 0; i < rgba.length; i++) if (img.data[i] !== rgba[i]) diff++;
    expect(diff).to.equal(0);
  });

  it('compresses a flat chart-like image to a few bytes a row', async () => {
    const width = 1080;
    const height = 2000;
    const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
    for (let y = 100; y < 160; y++) for (let x = 50; x < 900; x++) rgba.set([31, 111, 235, 255], (y * width + x) * 4);
    const writer = pngWriter(width, height);
    await writer.write(rgba, height);
    const blob = await writer.finish();
    expect(blob.size).to.be.below(20_000);
    const img = await pixels(blob);
    expect([...img.data.subarray((120 * width + 60) * 4, (120 * width + 60) * 4 + 4)]).to.deep.equal([31, 111, 235, 255]);
  });

  it('refuses rows it was not promised, and a short image', async () => {
    expect(() => pngWriter(0, 10)).to.throw(RangeError);
    expect(() => pngWriter(10.5, 10)).to.throw(RangeError);
    const w = pngWriter(4, 2);
    let err: unknown;
    try {
      await w.write(new Uint8ClampedArray(4 * 3 * 4), 3);
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(RangeError);
    await w.write(new Uint8ClampedArray(4 * 4), 1);
    err = undefined;
    try {
      await w.finish();
    } catch (e) {
      err = e;
    }
    expect(String(err)).to.contain('1 of 2 rows');
  });
});
