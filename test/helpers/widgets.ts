/** Shared helpers for element tests: reach into a widget's shadow DOM and wait for it to draw. */
import { waitUntil } from '@open-wc/testing';
import { estimateWidth } from '../../src/core/measure.js';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';
import type { BarOptions } from '../../src/widgets/bar-chart/bar-chart.layout.js';

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

export function bars(el: DjBarChart): SVGGElement[] {
  return Array.from(shadow(el).querySelectorAll<SVGGElement>('g.bar'));
}

export async function drawn(el: DjBarChart, count?: number): Promise<SVGGElement[]> {
  await waitUntil(() => (count === undefined ? bars(el).length > 0 : bars(el).length === count), `bars never drew in <${el.localName}>`, { timeout: 4000 });
  await el.updateComplete;
  return bars(el);
}

export function statusText(el: Element): string {
  return shadow(el).querySelector('.status')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

export async function errored(el: DjBarChart): Promise<string> {
  await waitUntil(() => shadow(el).querySelector('.status.error'), `no error shown in <${el.localName}>`, { timeout: 4000 });
  return statusText(el);
}

export function valueTexts(el: DjBarChart): string[] {
  return bars(el).map((b) => b.querySelector('text.value')?.textContent.trim() ?? '');
}

/** Replaces console.error for one test and returns what it was called with. */
export function captureConsole(method: 'error' | 'warn'): { calls: unknown[][]; restore: () => void } {
  const original = Object.getOwnPropertyDescriptor(console, method)!;
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => Object.defineProperty(console, method, original) };
}

/** WCAG relative luminance contrast of two CSS colours as computed ("rgb(r, g, b)"). */
export function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The bar chart layout's options as the element passes them by default (layout tests start from these). */
export const BAR_DEFAULTS: BarOptions = {
  orientation: 'horizontal',
  sort: 'none',
  highlight: [],
  values: true,
  locale: 'zh-CN',
  font: '14px sans-serif',
  measure: estimateWidth,
  missingText: '无数据',
};
