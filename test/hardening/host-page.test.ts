/**
 * A hostile host page, generic over every widget: properties set before the element is defined,
 * moving between parents, a hidden parent, print, and page CSS resets.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { WIDGETS } from './widgets.js';
import { create, drawnMarks, feed, marks, mount, root, nextFrame, type Widget } from './mount.js';
import { countResources } from './observers.js';

let n = 0;

describe('hardening: host page', () => {
  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      it('properties set on the element before its tag is defined are kept when it upgrades', async () => {
        // A real upgrade: an unknown element gets its properties, then a subclass is defined under its tag.
        const tag = `${w.tag}-late-${++n}`;
        const wrap = await fixture<HTMLDivElement>('<div style="width:640px"></div>');
        const el = document.createElement(tag) as Widget & { heading?: string; eager?: boolean };
        expect(el.constructor).to.equal(HTMLElement);
        el.setAttribute('lang', 'en');
        for (const [k, v] of Object.entries(w.attrs ?? {})) el.setAttribute(k, v);
        feed(el, w, w.valid());
        if (w.frame) {
          el.heading = 'Set before define';
          el.eager = true;
        }
        wrap.append(el);
        const Base = customElements.get(w.tag)!;
        customElements.define(tag, class extends Base {});
        await drawnMarks(el, w);
        if (w.frame) expect(root(el).querySelector('.title')?.textContent).to.equal('Set before define');
      });

      it('moved to another parent: re-subscribes once per move (no accumulation); nothing left after removal', async () => {
        const counter = countResources();
        try {
          const el = await mount(w);
          expect(counter.observers()).to.be.greaterThan(0);
          // Widgets draw in their first update now (the width is known before it): give the
          // in-view observers their first report, as a reader's scrolling would, before moving.
          await nextFrame();
          await nextFrame();
          const counts: Array<[number, number]> = [];
          for (let i = 0; i < 3; i++) {
            const other = document.createElement('div');
            other.style.width = '500px';
            el.parentElement!.after(other);
            other.append(el);
            await el.updateComplete;
            await drawnMarks(el, w);
            await nextFrame();
            counts.push([counter.observers(), counter.listeners()]);
          }
          expect(counts[1]).to.deep.equal(counts[0]);
          expect(counts[2]).to.deep.equal(counts[0]);
          el.parentElement!.remove();
          expect(counter.describe()).to.deep.equal([]);
          expect(counter.listeners()).to.equal(0);
        } finally {
          counter.restore();
        }
      });

      it('under a display:none parent: no marks laid out while hidden, drawn when shown', async () => {
        const wrap = await fixture<HTMLDivElement>('<div style="width:600px;display:none"></div>');
        const el = create(w);
        feed(el, w, w.valid());
        wrap.append(el);
        await el.updateComplete;
        await nextFrame();
        await nextFrame();
        if (w.frame) expect(marks(el, w), 'laid out while hidden').to.have.length(0);
        wrap.style.display = 'block';
        await drawnMarks(el, w);
      });

      const printed = async (eager: boolean): Promise<void> => {
        const wrap = await fixture<HTMLDivElement>(`<div style="margin-top:${eager ? 0 : 4000}px"></div>`);
        const el = document.createElement(w.tag) as Widget;
        el.setAttribute('lang', 'en');
        if (eager) el.setAttribute('eager', '');
        for (const [k, v] of Object.entries(w.attrs ?? {})) el.setAttribute(k, v);
        feed(el, w, w.valid());
        wrap.append(el);
        await el.updateComplete;
        await emulateMedia({ media: 'print' });
        try {
          await drawnMarks(el, w);
          const page = document.documentElement.clientWidth;
          for (const svg of Array.from(root(el).querySelectorAll('svg'))) expect(svg.getBoundingClientRect().right).to.be.at.most(page + 1);
          expect(el.getBoundingClientRect().width).to.be.at.most(page);
        } finally {
          await emulateMedia({ media: 'screen' });
        }
      };

      it('print: lays out to the page width', async () => {
        await printed(true);
      });

      // Known gap, fix for src/core (not owned here; see the report): marks wait for the viewport
      // (InViewController), and printing does not scroll, so a widget far below the fold prints
      // its empty placeholder. Enable once frame widgets treat `print` media as seen.
      it('print: a widget far below the fold is drawn too', async () => {
        await printed(false);
      });

      const probe = (el: Element, props: string[]): string[] => {
        const r = root(el);
        const inner = r.querySelector('figure, [part="text"], p') ?? r.firstElementChild!;
        const cs = getComputedStyle(inner);
        return props.map((p) => cs.getPropertyValue(p));
      };
      const withReset = async (props: string[]): Promise<void> => {
        const clean = await mount(w);
        const expected = probe(clean, props);
        const style = document.createElement('style');
        style.textContent = '* { margin:0; padding:0; box-sizing: content-box; font: 40px serif; color: red }';
        document.head.append(style);
        try {
          const el = await mount(w);
          expect(probe(el, props)).to.deep.equal(expected);
        } finally {
          style.remove();
        }
      };

      it('page CSS resets (* { margin; padding; box-sizing }) do not reach inside', async () => {
        await withReset(['margin', 'padding', 'box-sizing']);
      });

      // Known gap, fix for src/core/styles.ts (see the report): `* { font; color }` matches the
      // host itself and beats `:host { font-family; font-size; color }`, so the page's font and
      // colour are inherited inside. Enable once the frame sets them on its inner elements.
      it('page CSS resets (* { font; color }) do not reach inside', async () => {
        await withReset(['font-size', 'font-family', 'color']);
      });
    });
  }
});
