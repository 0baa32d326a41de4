/**
 * Catches the files a test saves: every download (the CSV helper's `download`, the export's
 * `saveBlob`) ends in a click on an `<a download>` with an object URL. The click is replaced for
 * the test, the URL kept alive, and each file read back: the real code path, no file written.
 */
export interface Saved {
  name: string;
  type: string;
  blob: Blob;
}

export interface Capture {
  files: Saved[];
  /** Resolves with the next file saved. */
  next(): Promise<Saved>;
  restore(): void;
}

export function captureDownloads(): Capture {
  const revoke = Object.getOwnPropertyDescriptor(URL, 'revokeObjectURL')!;
  const realRevoke = URL.revokeObjectURL.bind(URL);
  const files: Saved[] = [];
  const waiting: ((s: Saved) => void)[] = [];
  const pending: Saved[] = [];
  const live = new Set<string>();
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download || !this.href.startsWith('blob:')) return;
    const name = this.download;
    live.add(this.href);
    void fetch(this.href)
      .then((r) => r.blob())
      .then((blob) => {
        const saved = { name, type: blob.type, blob };
        files.push(saved);
        const w = waiting.shift();
        if (w) w(saved);
        else pending.push(saved);
      });
  };
  URL.revokeObjectURL = (url: string) => {
    if (!live.has(url)) realRevoke(url);
  };
  return {
    files,
    next: () => {
      const p = pending.shift();
      return p ? Promise.resolve(p) : new Promise((resolve) => waiting.push(resolve));
    },
    restore: () => {
      // The own click shadows HTMLElement's; deleting it brings the real one back.
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
      Object.defineProperty(URL, 'revokeObjectURL', revoke);
      for (const url of live) realRevoke(url);
    },
  };
}

/** Width and height from the PNG's IHDR chunk, read here byte by byte (not with the code under test). */
export async function pngHeader(blob: Blob): Promise<{ width: number; height: number; bytes: number }> {
  const b = new Uint8Array(await blob.arrayBuffer());
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((v, i) => b[i] === v)) throw new Error('not a PNG');
  if (String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') throw new Error('no IHDR first');
  const u32 = (i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
  return { width: u32(16), height: u32(20), bytes: b.length };
}

/** The PNG's pixels, decoded by the browser. */
export async function pixels(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Relative luminance-ish darkness test: all channels under `max`. */
export function countDark(img: ImageData, x0: number, y0: number, x1: number, y1: number, max = 90): number {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const k = (y * img.width + x) * 4;
      if (img.data[k]! < max && img.data[k + 1]! < max && img.data[k + 2]! < max) n++;
    }
  return n;
}
