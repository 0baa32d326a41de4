/**
 * The record shapes of the article extractor. Kept in their own file so the dataset
 * (src/data) and the widgets can import the types without pulling in the scanner.
 */

import type { Published } from '../core/format/published.js';

/**
 * How the figure relates to its number, read from the words around it:
 * `ge` 以上/不少于/至少/不低于, `gt` 突破/超过/逾/余/多, `approx` 左右/约/近,
 * `le` 以内/以下/不超过/控制在…以内, `lt` 低于/小于/不到, `eq` otherwise (达到, or a plain
 * number). The words are core/format/vocabulary.ts, shared with every other reader.
 */
import type { Comparator } from '../core/format/vocabulary.js';

export type { Comparator };

/** What sort of figure it is (level, growth, share, progress): shared with the widgets through core/format. */
import type { FigureKind } from '../core/format/figure.js';

export type { FigureKind };

/** One figure found in the text. */
export interface Figure {
  /** The shortest noun phrase that names what is counted ("新增规上工业企业"); "" when none. */
  label: string;
  /** The number in base units: 4.1亿元 → 410000000, 12% → 12, 1.5个百分点 → 1.5. */
  value: number;
  /** The unit as written, multiplier removed: "元", "平方米", "%", "个百分点"; "" when none. */
  unit: string;
  comparator: Comparator;
  kind: FigureKind;
  /** For `progress`: the target the actual is measured against, in the same unit. */
  target?: number;
  /** For a range ("增长5%-8%", "3至5家"): the upper bound; `value` holds the lower one. */
  upper?: number;
  /**
   * How `value`, `target` and `upper` were written — decimals and multiplier,
   * "33064.8亿" → { decimals: 1, multiplier: '亿' } — so widgets show them as published.
   * Absent for Chinese numerals (两万) and computed values.
   */
  published?: Published;
  targetPublished?: Published;
  upperPublished?: Published;
  /** For `growth`: "down" when the text says it fell (下降/降低/减少 …); `value` keeps the sign as written. */
  direction?: 'up' | 'down';
  /**
   * For a multiple of the base ("翻一番" ×2, "翻两番" ×4, "增长2.5倍" ×3.5, "增长到3倍" ×3): the
   * factor from the base to the new amount.
   */
  multiple?: number;
  /** What a change is measured against, when the text says: 同比 / year-on-year, 环比 / month-on-month. */
  basis?: 'year-on-year' | 'period-on-period';
  /** The exact clause of the input the figure stands in (between 。，；！？ or line breaks). */
  quote: string;
  /** Offsets of `quote` in the input (UTF-16 code units, `end` exclusive). */
  start: number;
  end: number;
  /** Offsets of the figure's own text in the input ("1000亩以上"), for highlighting. */
  figureStart: number;
  figureEnd: number;
}

export interface ExtractOptions {
  /** The decimal mark of Arabic numerals: "." (default) or "," (1.234,5). */
  decimal?: '.' | ',';
  /**
   * When a rate names no subject ("同比增长-8.92%" after "地区生产总值1.3万亿元"), reuse the label
   * of the previous figure in the same sentence. Default true.
   */
  inheritLabels?: boolean;
}
