/**
 * A bar chart drawn from a two-column light-DOM table, as an editor embeds one, and what a reader
 * reads of it: the bars' labels, the note of rows left out, the summary. Shared by the tests of
 * total rows, of a whole before its 其中 parts and of an outline's headings.
 */
import { fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { bars, drawn, shadow } from '../../helpers/widgets.js';

export const rowsOf = (rows: readonly (readonly [string, string])[]): string => rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('');

/** `<dj-bar-chart attrs>` at 640 px in `lang`, its table headed by `head` (and `more` header cells). */
export async function tableChart(lang: string, head: readonly [string, string], rows: readonly (readonly [string, string])[], attrs = '', more = ''): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(
    `<div style="width:640px" lang="${lang}"><dj-bar-chart ${attrs}><table><tr><th>${head[0]}</th><th>${head[1]}</th>${more}</tr>${rowsOf(rows)}</table></dj-bar-chart></div>`,
  );
  const el = wrap.querySelector('dj-bar-chart')!;
  await drawn(el);
  return el;
}

export const labels = (el: DjBarChart): string[] => bars(el).map((b) => b.querySelector('text.label')!.textContent);
export const note = (el: DjBarChart): string | null => shadow(el).querySelector('.totals-note')?.textContent ?? null;
export const summary = (el: DjBarChart): string => shadow(el).querySelector('#summary')!.textContent;
