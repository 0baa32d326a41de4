/**
 * Tall images in bands: a plan that cuts a stack of drawings (widgets and the gaps between them)
 * into horizontal segments of at most `maxPixels` each, and the drawing of that plan into one PNG
 * through `pngWriter`, one small canvas at a time. The plan is pure, so its limits are tested
 * without a browser; the drawing never holds a canvas larger than one segment.
 */
import { pngWriter } from './png.js';

/**
 * The largest canvas drawn: iOS Safari refuses canvases over 16,777,216 px (4096²); 16 million
 * keeps a margin. At 1080 px wide that is 14,814 rows.
 */
export const MAX_CANVAS_PIXELS = 16_000_000;

/** Creates a canvas of the size asked (tests pass one that records every size). */
export type CanvasFactory = (width: number, height: number) => HTMLCanvasElement | OffscreenCanvas;

export const domCanvas: CanvasFactory = (width, height) => {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
};

/** Rows `y .. y + height` of part `part` (from its row `sourceY`) go into the segment. */
export interface SegmentPiece {
  part: number;
  sourceY: number;
  y: number;
  height: number;
}

export interface Segment {
  /** First row of the whole image in this segment. */
  top: number;
  height: number;
  pieces: SegmentPiece[];
}

export interface SegmentPlan {
  width: number;
  height: number;
  /** Where each part starts in the whole image. */
  tops: number[];
  segments: Segment[];
}

/**
 * Parts of `heights` stacked with `gap` rows between them, cut into the fewest segments of at
 * most `maxPixels` (width × rows), all of about the same height (the peak memory is one
 * segment, so none is needlessly large).
 */
export function planSegments(heights: readonly number[], width: number, maxPixels = MAX_CANVAS_PIXELS, gap = 0): SegmentPlan {
  const whole = (n: number): boolean => Number.isInteger(n) && n >= 0;
  if (heights.length === 0) throw new RangeError('planSegments: nothing to stack');
  if (!whole(width) || width === 0) throw new RangeError(`planSegments: width ${width} is not a positive whole number`);
  if (!heights.every((h) => whole(h) && h > 0)) throw new RangeError(`planSegments: heights must be positive whole numbers (${heights.join(', ')})`);
  if (!whole(gap)) throw new RangeError(`planSegments: gap ${gap} is not a whole number`);
  const rowsPer = Math.floor(maxPixels / width);
  if (rowsPer < 1) throw new RangeError(`planSegments: a row of ${width} px is over the ${maxPixels} px limit`);
  const tops: number[] = [];
  let height = 0;
  for (const [i, h] of heights.entries()) {
    if (i > 0) height += gap;
    tops.push(height);
    height += h;
  }
  const count = Math.ceil(height / rowsPer);
  const rows = Math.ceil(height / count);
  const segments: Segment[] = [];
  for (let top = 0; top < height; top += rows) {
    const bottom = Math.min(height, top + rows);
    const pieces: SegmentPiece[] = [];
    heights.forEach((h, part) => {
      const start = Math.max(top, tops[part] ?? 0);
      const end = Math.min(bottom, (tops[part] ?? 0) + h);
      if (end > start) pieces.push({ part, sourceY: start - (tops[part] ?? 0), y: start - top, height: end - start });
    });
    segments.push({ top, height: bottom - top, pieces });
  }
  return { width, height, tops, segments };
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export function context2d(canvas: HTMLCanvasElement | OffscreenCanvas): Context2D {
  const ctx = (canvas as HTMLCanvasElement).getContext('2d', { willReadFrequently: true }) as Context2D | null;
  if (!ctx) throw new Error('This browser gives no 2D canvas: the PNG cannot be drawn.');
  return ctx;
}

/** A canvas's memory is freed at once, not at the next collection (iOS counts it against a total). */
export function release(canvas: HTMLCanvasElement | OffscreenCanvas): void {
  canvas.width = 0;
  canvas.height = 0;
}

/**
 * Draws, and if the file is over `maxBytes`, draws again with the compact encoder and keeps the
 * smaller file.
 */
export async function drawWithin(
  parts: readonly StackPart[],
  plan: SegmentPlan,
  background: string,
  createCanvas: CanvasFactory,
  maxBytes: number,
): Promise<Blob> {
  const blob = await drawSegments(parts, plan, background, createCanvas);
  if (blob.size <= maxBytes || plan.segments.length > 1) return blob;
  const compact = await drawSegments(parts, plan, background, createCanvas, true);
  return compact.size < blob.size ? compact : blob;
}

/** A part already sized for the image: drawn at (0, top) at its own size, `width × height`. */
export interface StackPart {
  image: CanvasImageSource;
  height: number;
}

/** The browser's own PNG encoder (fast, native): for an image that fits one canvas. */
async function encode(canvas: HTMLCanvasElement | OffscreenCanvas): Promise<Blob> {
  if (!('toBlob' in canvas)) return canvas.convertToBlob({ type: 'image/png' });
  return new Promise((resolve, reject) => {
    // A tainted canvas throws here (SecurityError); a canvas too big for the browser gives null.
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))), 'image/png');
  });
}

/**
 * Draws the plan into one PNG: each segment gets its own canvas, filled with the background,
 * the pieces of the parts it crosses drawn at their offset (the canvas clips the rest). One
 * segment is encoded by the browser (fast); more, or `compact`, are read back row by row into
 * `pngWriter`, each canvas freed before the next. Its per-row filters make chart images about a
 * quarter smaller than Chromium's encoder, at several times the time: the way to meet a byte
 * budget before drawing smaller.
 */
export async function drawSegments(
  parts: readonly StackPart[],
  plan: SegmentPlan,
  background: string,
  createCanvas: CanvasFactory = domCanvas,
  compact = false,
): Promise<Blob> {
  const writer = compact || plan.segments.length > 1 ? pngWriter(plan.width, plan.height) : null;
  for (const segment of plan.segments) {
    const canvas = createCanvas(plan.width, segment.height);
    try {
      const ctx = context2d(canvas);
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, plan.width, segment.height);
      for (const piece of segment.pieces) {
        const part = parts[piece.part];
        if (part) ctx.drawImage(part.image, 0, piece.y - piece.sourceY, plan.width, part.height);
      }
      if (!writer) return await encode(canvas);
      // getImageData throws a SecurityError on a tainted canvas: the caller reports it.
      await writer.write(ctx.getImageData(0, 0, plan.width, segment.height).data, segment.height);
    } finally {
      release(canvas);
    }
  }
  if (!writer) throw new Error('drawSegments: the plan has no segment');
  return writer.finish();
}
