/**
 * Every registered widget with a keyboard, as a reader without a mouse meets it: Tab from the
 * page reaches exactly one stop in the chart, then only its tools (buttons, links); the arrow
 * keys from that stop reach every datum; a datum with keyboard focus and another under the
 * pointer never show two tooltips; everything focusable has an interactive role; axe finds
 * nothing. A widget added to the registry is covered the day it is added.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../node_modules/axe-core/axe.min.js';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { create, drawnMarks, feed, marks, nextFrame, shadowRoots, type Widget } from './mount.js';

declare global {
  interface Window {
    axe: { run: (ctx: Element, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> };
  }
}

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const CONTROL = 'button, a[href], summary, select, input, textarea';
const INTERACTIVE_ROLES = new Set(['button', 'link', 'option', 'gridcell', 'row', 'treeitem', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'tab', 'slider', 'checkbox', 'radio', 'switch', 'listbox', 'grid', 'spinbutton', 'application', 'img', 'graphics-symbol']);

/** The elements in a widget that take focus other than its controls (data, legend entries). */
const data = (el: Element): Element[] => shadowRoots(el).flatMap((r) => Array.from(r.querySelectorAll('[tabindex]'))).filter((e) => !e.matches(CONTROL));

async function mounted(w: WidgetCase, lang?: string): Promise<{ el: Widget; before: HTMLButtonElement; after: HTMLButtonElement }> {
  // A fresh pointer: a hover left over from the test before is no reader's.
  await sendMouse({ type: 'move', position: [0, 0] });
  const wrap = await fixture<HTMLDivElement>('<div style="width:640px"><button id="before">before</button><div class="slot"></div><button id="after">after</button></div>');
  const el = create(w, { 'no-motion': '', ...(lang ? { lang } : {}) });
  feed(el, w, w.valid());
  wrap.querySelector('.slot')!.append(el);
  await el.updateComplete;
  await drawnMarks(el, w);
  await nextFrame();
  return { el, before: wrap.querySelector('#before')!, after: wrap.querySelector('#after')! };
}

/** What a tab stop is, for the failure message. */
const describeEl = (e: Element | null): string => (e ? `${e.localName}${e.getAttribute('class') ? `.${e.getAttribute('class')?.split(/\s+/).join('.')}` : ''}[role=${e.getAttribute('role') ?? ''}]` : 'nothing');

/** The Tab stops between `before` and `after`. */
async function tabStops(before: HTMLElement, after: HTMLElement): Promise<Element[]> {
  before.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    const a = deepActive();
    if (!a || a === after) break;
    stops.push(a);
  }
  return stops;
}

const visibleTooltips = (el: Element): Element[] =>
  shadowRoots(el).flatMap((r) => Array.from(r.querySelectorAll('.tooltip, [role="tooltip"]'))).filter((t) => t.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && t.getBoundingClientRect().width > 0);

describe('keyboard: every widget', () => {
  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      it('has exactly one tab stop in the chart, then only its tools', async () => {
        const { el, before, after } = await mounted(w);
        const stops = await tabStops(before, after);
        const inChart = stops.filter((s) => !s.matches(CONTROL));
        // A widget whose data take focus (tooltips, selection) has one stop for them all; one
        // that is only text (big numbers) has none, and its text is read without a stop.
        const want = data(el).length > 0 ? 1 : 0;
        expect(inChart.map(describeEl), `stops: ${stops.map(describeEl).join(', ')}`).to.have.length(want);
      });

      it('reaches every datum with the arrow keys', async () => {
        const { el, before, after } = await mounted(w);
        if (data(el).length === 0) return;
        const stops = await tabStops(before, after);
        const first = stops.find((s) => !s.matches(CONTROL));
        expect(first, 'no tab stop in the chart').to.not.equal(undefined);
        (first as HTMLElement).focus();
        const seen = new Set<string>();
        const label = (): string => {
          const a = deepActive();
          return a ? (a.getAttribute('aria-label') ?? a.textContent.trim()) : '';
        };
        seen.add(label());
        const n = marks(el, w).length;
        for (const key of ['ArrowRight', 'ArrowDown']) {
          for (let i = 0; i < n + 1; i++) {
            await sendKeys({ press: key });
            seen.add(label());
          }
          (first as HTMLElement).focus();
        }
        seen.delete('');
        expect(seen.size, [...seen].join(' | ')).to.be.at.least(w.count);
      });

      it('never shows two tooltips (keyboard focus on one datum, the pointer over another)', async () => {
        const { el, before, after } = await mounted(w);
        if (data(el).length === 0) return;
        const stops = await tabStops(before, after);
        const first = stops.find((s) => !s.matches(CONTROL)) as HTMLElement | undefined;
        if (!first) throw new Error('no tab stop in the chart');
        first.focus();
        await sendKeys({ press: 'ArrowRight' });
        await nextFrame();
        const ms = marks(el, w);
        const other = ms.find((m) => !m.contains(deepActive())) ?? ms[0]!;
        const r = other.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
        await nextFrame();
        await nextFrame();
        const tips = visibleTooltips(el);
        expect(tips.length).to.be.at.most(1);
        // The one shown is for what is under the pointer, not the datum the keyboard left behind.
        const title = tips[0]?.querySelector('strong, .title')?.textContent.trim();
        const name = other.getAttribute('aria-label') ?? '';
        if (title && name) expect(name, 'the tooltip is not for the datum under the pointer').to.include(title);
        await sendMouse({ type: 'move', position: [0, 0] });
      });

      for (const lang of ['zh-CN', 'en']) {
        it(`has no axe violations in ${lang}`, async () => {
          const { el } = await mounted(w, lang);
          const { violations } = await window.axe.run(el, { resultTypes: ['violations'] });
          expect(violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)}`)).to.deep.equal([]);
        });
      }

      it('gives everything focusable an interactive role', async () => {
        const { el } = await mounted(w);
        for (const f of data(el)) {
          expect(INTERACTIVE_ROLES.has(f.getAttribute('role') ?? ''), `${describeEl(f)} is focusable`).to.equal(true);
        }
      });
    });
  }
});
