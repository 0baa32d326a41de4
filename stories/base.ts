/**
 * What every widget's story shares, written once: the DjWidget attributes (frame text, data
 * inputs, theme, width …) as Storybook argTypes, and a render that makes any manifest widget
 * from its args (`widgetArgs`). A story adds only its widget's own argTypes (`npm run new-widget`
 * writes one). Values are set with setAttribute and `.data` as a property: nothing from args becomes HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
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

// argTypes rows, written once for every story file: Storybook's control, the docs table's text and category.
export const text = (description: string, category = 'attributes') => ({ control: 'text' as const, description, table: { category } });
export const radio = (options: readonly string[], description: string, defaultValue?: string) => ({
  control: 'inline-radio' as const,
  options: [...options],
  description,
  table: { category: 'attributes', ...(defaultValue === undefined ? {} : { defaultValue: { summary: defaultValue } }) },
});
export const flag = (description: string) => ({ control: 'boolean' as const, description, table: { category: 'attributes' } });
export const number = (description: string, range: { min?: number; max?: number; step?: number } = {}) => ({ control: { type: 'number' as const, ...range }, description, table: { category: 'attributes' } });
/** A property, not an attribute (`data`): set on the element by `widgetArgs`. */
export const property = (description: string) => ({ control: 'object' as const, description, table: { category: 'properties' } });

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
  theme: radio(['auto', 'light', 'dark'], 'light, dark, or auto.'),
  summary: text('Replaces the generated summary.'),
  width: number('A fixed width in px.', { min: 0, step: 10 }),
  'decimal-comma': flag('Numbers use a decimal comma.'),
  data: property('Rows. Property only.'),
};

/** What a story last put on an element: removed again when its arg goes. */
interface Applied {
  attrs: Set<string>;
  props: Set<string>;
  /** Per arg name (`onDjSelect`): the event and the listener added for it. */
  listeners: Map<string, { event: string; fn: EventListener }>;
}

/** `onDjSelect` → `dj-select`: Storybook's action args name the widget's events so. */
const eventOf = (arg: string): string | null => (/^on[A-Z]/.test(arg) ? arg.slice(2).replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`) : null);

/** A property a story may set: a field or setter somewhere up the class chain (not a read-only getter like `locale`). */
function writable(el: Element, name: string): boolean {
  for (let o: object | null = el; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return 'value' in d ? d.writable === true : d.set !== undefined;
  }
  return false;
}

/**
 * Puts `args` on a widget: the element's own observed attributes (its class declares them — the
 * DjWidget ones and the widget's) as attributes, true → present, false/empty/unset → absent;
 * `on<Event>` functions as listeners; other args the element has a writable property for
 * (`data`, `annotations`) as properties. Anything else (a content arg like `paragraphs`) is the
 * story's own business. Nothing from args becomes HTML.
 */
function applyArgs(el: HTMLElement, args: object, was: Applied): void {
  const observed = new Set((customElements.get(el.localName) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? []);
  const attrs = new Set<string>();
  const props = new Set<string>();
  for (const [name, value] of Object.entries(args)) {
    const event = typeof value === 'function' ? eventOf(name) : null;
    if (event) {
      const old = was.listeners.get(name);
      if (old?.fn !== value) {
        if (old) el.removeEventListener(old.event, old.fn);
        el.addEventListener(event, value as EventListener);
        was.listeners.set(name, { event, fn: value as EventListener });
      }
    } else if (observed.has(name)) {
      if (value === undefined || value === null || value === false || value === '') continue;
      el.setAttribute(name, value === true ? '' : typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value));
      attrs.add(name);
    } else if (value !== undefined && writable(el, name)) {
      (el as unknown as Record<string, unknown>)[name] = value;
      props.add(name);
    }
  }
  for (const name of was.attrs) if (!attrs.has(name)) el.removeAttribute(name);
  for (const name of was.props) if (!props.has(name)) (el as unknown as Record<string, unknown>)[name] = undefined;
  for (const [name, { event, fn }] of was.listeners) {
    if ((args as Record<string, unknown>)[name] !== fn) {
      el.removeEventListener(event, fn);
      was.listeners.delete(name);
    }
  }
  was.attrs = attrs;
  was.props = props;
}

class WidgetArgs extends Directive {
  private readonly was: Applied = { attrs: new Set(), props: new Set(), listeners: new Map() };

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('widgetArgs() goes on an element: <dj-bar-chart ${widgetArgs(args)}>');
  }

  /** Lit's signature for the directive's argument; the work is in `update`, which has the element. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type of widgetArgs(args); update() reads it
  render(_args: object): unknown {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]): unknown {
    const el = part.element as HTMLElement;
    if (!widgetEntry(el.localName)) throw new Error(`stories: <${el.localName}> is not in src/widgets/manifest.ts`);
    applyArgs(el, args, this.was);
    return nothing;
  }
}

/**
 * Every story's render: `html\`<dj-waffle ${widgetArgs(args)}>${content}</dj-waffle>\``. One
 * binding spreads the args (base and the widget's own) onto the element, and on a control change
 * updates the same element in place, so nothing re-lists the attributes DjWidget already declares.
 */
export const widgetArgs = directive(WidgetArgs);

/** The element of a manifest widget with `args` put on it as `widgetArgs` does (for stories without a template). */
export function widgetElement(tag: string, args: BaseArgs): HTMLElement {
  if (!widgetEntry(tag)) throw new Error(`stories: <${tag}> is not in src/widgets/manifest.ts`);
  const el = document.createElement(tag);
  applyArgs(el, args, { attrs: new Set(), props: new Set(), listeners: new Map() });
  return el;
}

/**
 * A story decorator that shows the widget in a box `px` wide (narrower on a smaller screen): the
 * phone and wide-page stories of every widget. `className` marks the box for a story's own CSS.
 */
export function atWidth(px: number, className?: string): (story: () => unknown) => TemplateResult {
  return (story) => html`<div class=${className ?? nothing} style="width: ${px}px; max-width: 100%">${story()}</div>`;
}
