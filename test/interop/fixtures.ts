/** What the React and Vue tests share: the data they pass as properties and how they look in. */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
// The app's own import of the widgets (registers every element before the framework renders).
import '../../src/index.js';
import type { DjSelectDetail } from '../../src/core/events.js';

export const BARS = [
  { 项目: '新引进过亿元项目', 目标: '80个' },
  { 项目: '新引进过10亿元项目', 目标: '10个' },
];
export const MORE_BARS = [...BARS, { 项目: '税收过千万元楼宇', 目标: '20栋' }];

export const TARGETS = [
  { 指标: '新增规上工业企业', 目标: '15家以上', 类型: '总量' },
  { 指标: '工业投资', 目标: '12%', 类型: '增长' },
  { 指标: '工业应税销售收入', 目标: '突破400亿元', 类型: '总量' },
];

export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> is not upgraded`);
  return el.shadowRoot;
}

export const texts = (el: Element, selector: string): string[] => Array.from(root(el).querySelectorAll(selector), (n) => n.textContent.trim());

export async function marks(el: Element, selector: string, count: number): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelectorAll(selector).length === count, `<${el.localName}>: ${selector} never became ${count}`, { timeout: 5000 });
}

/** Focuses the widget's one tab stop and presses Enter, as a keyboard reader picks a mark. */
export async function pick(el: Element, arrow?: string): Promise<void> {
  const stop = root(el).querySelector<HTMLElement>('[tabindex="0"]');
  if (!stop) throw new Error(`<${el.localName}> has no tab stop`);
  stop.focus();
  if (arrow) await sendKeys({ press: arrow });
  await sendKeys({ press: 'Enter' });
}

export type Detail = DjSelectDetail;
