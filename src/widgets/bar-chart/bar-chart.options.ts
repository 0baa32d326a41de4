/**
 * The bar chart's options, mapped once from its attributes to the layout's `BarOptions`: the
 * element (bar-chart.ts) and the first paint (bar-chart.paint.ts) both go through here, so the
 * painted scene and the element's are laid out from the same options — the painter reads the
 * attributes with the converters the element's properties declare.
 */
import { clampSize, MAX_WIDTH } from '../../core/data/limits.js';
import type { NumberStyle } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';
import type { BarOptions } from './bar-chart.layout.js';

/** The most bars (rows) a chart draws; more is refused with a message. */
export const MAX_BARS = 1000;

/** "a, b，c" → ["a", "b", "c"]: commas of either width separate, so Chinese editors need not switch input mode. */
export const listConverter = {
  fromAttribute: (v: string | null): string[] => (v ? v.split(/[,，]/).map((s) => s.trim()).filter(Boolean) : []),
  toAttribute: (v: string[]): string => v.join(','),
};

/** The element's own properties that shape a single-series scene. */
export interface BarProps {
  orientation: string;
  sort: 'none' | 'ascending' | 'descending';
  highlight: string[];
  noValues: boolean;
  height: number | null;
  /** Columns drawn as series (several → the series layout, which the first paint leaves to the element). */
  series: string[];
}

/** What the element knows at layout time beyond its properties. */
export interface BarContext {
  locale: Locale;
  font: string;
  measure: Measure;
  missingText: string;
  numberStyle: NumberStyle;
}

/** The properties as the element's decorators convert its attributes (Lit's defaults; `listConverter`). */
export function barProps(el: Element): BarProps {
  const height = el.getAttribute('height');
  return {
    orientation: el.getAttribute('orientation') ?? 'horizontal',
    sort: (el.getAttribute('sort') ?? 'none') as BarProps['sort'],
    highlight: listConverter.fromAttribute(el.getAttribute('highlight')),
    noValues: el.hasAttribute('no-values'),
    height: height === null ? null : Number(height),
    series: listConverter.fromAttribute(el.getAttribute('series')),
  };
}

export function barOptions(p: BarProps, c: BarContext): BarOptions {
  // `height` as a layout can use it: ignored unless a number above zero, else held to 80–4,096 px (height="1e9" would lay out a billion-pixel axis).
  const height = clampSize(p.height, 80, MAX_WIDTH);
  return {
    orientation: p.orientation === 'vertical' ? 'vertical' : 'horizontal',
    sort: p.sort,
    highlight: p.highlight,
    values: !p.noValues,
    locale: c.locale,
    font: c.font,
    measure: c.measure,
    missingText: c.missingText,
    numberStyle: c.numberStyle,
    ...(height ? { height } : {}),
  };
}
