/** Shared helpers for element tests: reach into a widget's shadow DOM and wait for it to draw. */
import { waitUntil } from '@open-wc/testing';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';

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
