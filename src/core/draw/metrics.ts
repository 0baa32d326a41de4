/**
 * Text metrics of the static SVG drawings, in one place (they were copied into four files): the
 * image has no CSS line box, so each drawing places text baselines itself, and wraps a little
 * short of the width because the reader's device may draw another font than the one measured.
 */

/**
 * Text is wrapped a little short of the width: the reader's device may draw it in another font
 * than the one it was measured in (PingFang on an iPhone, Noto here), and Latin glyphs differ by
 * a few per cent between fonts. CJK glyphs are one em everywhere, so they lose nothing.
 */
export const SLACK = 0.96;

/** Coordinates to 1/10 px: finer only costs characters in the markup. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** The baseline of text of `size` px centred on `mid`: a third of an em below the middle, where CSS puts it for these fonts. */
export const baseline = (mid: number, size: number): number => r1(mid + size * 0.35);
