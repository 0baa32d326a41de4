/**
 * What every widget's story shares, written once: the DjWidget attributes (frame text, data
 * inputs, theme, width …) as Storybook argTypes, and a render that makes any manifest widget
 * from its args. A story adds only its widget's own attributes (`npm run new-widget` writes one).
 * Values are set with setAttribute and `.data` as a property: nothing from args becomes HTML.
 */
import { widgetEntry } from '../src/widgets/manifest.js';

/** The attributes every DjWidget takes, plus the `data` property. */
export interface BaseArgs {
  heading?: string;
  subtitle?: string;
  notes?: string;
  source?: string;
  'source-url'?: string;
  credit?: string;
  src?: string;
  label?: string;
  value?: string;
  unit?: string;
  theme?: 'auto' | 'light' | 'dark';
  summary?: string;
  width?: number;
  'decimal-comma'?: boolean;
  data?: unknown;
  [attribute: string]: unknown;
}

const text = (description: string) => ({ control: 'text' as const, description, table: { category: 'attributes' } });

export const baseArgTypes = {
  heading: text('The title. Defaults to the `<caption>` of a light-DOM table.'),
  subtitle: text('A line under the title.'),
  notes: text('Notes under the chart.'),
  source: text('Where the data comes from.'),
  'source-url': text('A link for the source; only http(s) and relative URLs are used.'),
  credit: text('Who made the chart.'),
  src: text('URL of a CSV, TSV or JSON file with the data.'),
  label: text('The column with the labels.'),
  value: text('The column with the values.'),
  unit: text('The unit of bare values ("亿元", "个").'),
  theme: { control: 'inline-radio' as const, options: ['auto', 'light', 'dark'], description: 'light, dark, or auto.', table: { category: 'attributes' } },
  summary: text('Replaces the generated summary.'),
  width: { control: { type: 'number' as const, min: 0, step: 10 }, description: 'A fixed width in px.', table: { category: 'attributes' } },
  'decimal-comma': { control: 'boolean' as const, description: 'Numbers use a decimal comma.', table: { category: 'attributes' } },
  data: { control: 'object' as const, description: 'Rows. Property only.', table: { category: 'properties' } },
};

/** The element of a manifest widget with `args` as its attributes (true → present, false/empty → absent) and `data` as its property. */
export function widgetElement(tag: string, args: BaseArgs): HTMLElement {
  if (!widgetEntry(tag)) throw new Error(`stories: <${tag}> is not in src/widgets/manifest.ts`);
  const el = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [name, value] of Object.entries(args)) {
    if (name === 'data' || typeof value === 'function' || value === undefined || value === null || value === false || value === '') continue;
    el.setAttribute(name, value === true ? '' : typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));
  }
  if (args.data !== undefined) el.data = args.data;
  return el;
}
