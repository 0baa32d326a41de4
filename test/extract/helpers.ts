import { expect } from '@open-wc/testing';
import { extractFigures, type ExtractOptions, type Figure } from '../../src/extract/index.js';

/** The fields a reader cares about, without offsets, so expectations stay readable. */
export type Essentials = Pick<Figure, 'label' | 'value' | 'unit' | 'comparator' | 'kind'> &
  Partial<Pick<Figure, 'target' | 'upper' | 'direction' | 'multiple' | 'basis'>>;

export function essentials(f: Figure): Essentials {
  const out: Essentials = { label: f.label, value: f.value, unit: f.unit, comparator: f.comparator, kind: f.kind };
  if (f.target !== undefined) out.target = f.target;
  if (f.upper !== undefined) out.upper = f.upper;
  if (f.direction !== undefined) out.direction = f.direction;
  if (f.multiple !== undefined) out.multiple = f.multiple;
  if (f.basis !== undefined) out.basis = f.basis;
  return out;
}

/** Every figure of `text`, reduced to its essentials. */
export function read(text: string, options?: ExtractOptions): Essentials[] {
  return extractFigures(text, options).map(essentials);
}

/** The one figure of `text`; fails when there is not exactly one. */
export function one(text: string, options?: ExtractOptions): Essentials {
  const all = read(text, options);
  expect(all, `figures of ${text}`).to.have.length(1);
  return all[0] as Essentials;
}

/** The figure as written in the input, from its own offsets. */
export function written(text: string, f: Figure): string {
  return text.slice(f.figureStart, f.figureEnd);
}
