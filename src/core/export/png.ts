/**
 * A PNG written band by band, so an image taller than any canvas may be can still be one file.
 *
 * Browsers cap a canvas (iOS Safari at 16 megapixels; a 1080 px wide long image reaches that at
 * about 14,800 px tall), and `canvas.toBlob` can only encode one canvas. A PNG, though, is just
 * rows of pixels deflated as one zlib stream: each band is drawn into its own small canvas, its
 * rows are read back and fed to the browser's own `CompressionStream('deflate')` (which writes
 * exactly the zlib format PNG's IDAT wants), and the canvas is freed before the next band. Only
 * the compressed bytes are kept, so memory stays at one band whatever the height.
 */

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Big IDAT chunks are legal but some decoders read a chunk whole; 1 MiB pieces are what encoders usually write. */
const IDAT_MAX = 1 << 20;

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks use it (ISO 3309). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** Whether the row repeats the one above: most rows of a chart do (backgrounds, bar bodies). */
function sameRow(cur: Uint8Array, prev: Uint8Array): boolean {
  for (let i = 0; i < cur.length; i++) if (cur[i] !== prev[i]) return false;
  return true;
}

/**
 * Writes one filtered scanline at `out[at]` (filter byte first). The filter is chosen per row by
 * the smallest sum of absolute differences, libpng's heuristic: flat chart colours then deflate
 * to a few bytes a row. A repeated row is Up-filtered to zeros without trying the others.
 * (Typed-array reads are in bounds by construction: the casts keep the hot loop free of checks.)
 */
function filterRow(cur: Uint8Array, prev: Uint8Array, out: Uint8Array, at: number, sub: Uint8Array, pae: Uint8Array): void {
  const n = cur.length;
  if (sameRow(cur, prev)) {
    out[at] = 2;
    out.fill(0, at + 1, at + 1 + n);
    return;
  }
  let sNone = 0;
  let sSub = 0;
  let sUp = 0;
  let sPae = 0;
  for (let i = 0; i < n; i++) {
    const x = cur[i] as number;
    const b = prev[i] as number;
    const a = i >= 3 ? (cur[i - 3] as number) : 0;
    const c = i >= 3 ? (prev[i - 3] as number) : 0;
    const p = a + b - c;
    const pa = p > a ? p - a : a - p;
    const pb = p > b ? p - b : b - p;
    const pc = p > c ? p - c : c - p;
    const vs = (x - a) & 0xff;
    const vu = (x - b) & 0xff;
    const vp = (x - (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
    sub[i] = vs;
    pae[i] = vp;
    sNone += x < 128 ? x : 256 - x;
    sSub += vs < 128 ? vs : 256 - vs;
    sUp += vu < 128 ? vu : 256 - vu;
    sPae += vp < 128 ? vp : 256 - vp;
  }
  const best = Math.min(sNone, sSub, sUp, sPae);
  if (best === sUp) {
    out[at] = 2;
    for (let i = 0; i < n; i++) out[at + 1 + i] = ((cur[i] as number) - (prev[i] as number)) & 0xff;
    return;
  }
  const [type, row] = best === sSub ? [1, sub] : best === sPae ? [4, pae] : [0, cur];
  out[at] = type;
  out.set(row, at + 1);
}

export interface PngWriter {
  /**
   * Adds `rows` rows of pixels as `getImageData` returns them (RGBA, top to bottom). The image
   * is opaque RGB: alpha is dropped, so the caller paints a background first.
   */
  write(rgba: Uint8ClampedArray, rows: number): Promise<void>;
  /** The PNG file; throws if fewer or more rows were written than the header promised. */
  finish(): Promise<Blob>;
}

export function pngWriter(width: number, height: number): PngWriter {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0 && width < 2 ** 31 && height < 2 ** 31)) {
    throw new RangeError(`pngWriter: bad size ${width} × ${height}`);
  }
  const stride = width * 3;
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const compressed: Uint8Array[] = [];
  // Read while writing: a compression stream with nobody reading stops accepting input.
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      compressed.push(value);
    }
  })();
  let prev = new Uint8Array(stride);
  let cur = new Uint8Array(stride);
  const sub = new Uint8Array(stride);
  const pae = new Uint8Array(stride);
  let written = 0;

  return {
    async write(rgba, rows) {
      if (rgba.length < rows * width * 4) throw new RangeError(`pngWriter: ${rows} rows need ${rows * width * 4} bytes, got ${rgba.length}`);
      if (written + rows > height) throw new RangeError(`pngWriter: ${written + rows} rows written, the image has ${height}`);
      const band = new Uint8Array(rows * (stride + 1));
      for (let r = 0; r < rows; r++) {
        const base = r * width * 4;
        for (let j = 0, k = base; j < stride; j += 3, k += 4) {
          cur[j] = rgba[k] as number;
          cur[j + 1] = rgba[k + 1] as number;
          cur[j + 2] = rgba[k + 2] as number;
        }
        filterRow(cur, prev, band, r * (stride + 1), sub, pae);
        [prev, cur] = [cur, prev];
      }
      written += rows;
      await writer.write(band);
    },
    async finish() {
      if (written !== height) throw new RangeError(`pngWriter: ${written} of ${height} rows written`);
      await writer.close();
      await reading;
      const ihdr = new Uint8Array(13);
      const view = new DataView(ihdr.buffer);
      view.setUint32(0, width);
      view.setUint32(4, height);
      // 8 bits per channel, colour type 2 (RGB), deflate, adaptive filtering, no interlace.
      ihdr.set([8, 2, 0, 0, 0], 8);
      const zlib = new Uint8Array(compressed.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of compressed) {
        zlib.set(c, at);
        at += c.length;
      }
      const parts: Uint8Array<ArrayBuffer>[] = [SIGNATURE, chunk('IHDR', ihdr)];
      for (let i = 0; i < zlib.length; i += IDAT_MAX) parts.push(chunk('IDAT', zlib.subarray(i, i + IDAT_MAX)));
      parts.push(chunk('IEND', new Uint8Array(0)));
      return new Blob(parts, { type: 'image/png' });
    },
  };
}

