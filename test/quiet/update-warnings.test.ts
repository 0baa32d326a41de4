/**
 * Quiet: no widget makes Lit's dev mode warn "scheduled an update after an update completed"
 * (the width used to arrive after the first render, so every widget rendered twice and warned).
 * Over the registry, so a new widget is held to it the day it is added; its own file, because
 * Lit prints each warning once per page.
 */
import { expect, fixture, nextFrame } from '@open-wc/testing';
import { WIDGETS } from '../hardening/widgets.js';
import { create, drawnMarks, feed, marks } from '../hardening/mount.js';

const LIT_WARNING = /scheduled an update|change-in-update/;

describe('quiet: no Lit update warnings', () => {
  let warnings: string[] = [];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (LIT_WARNING.test(text)) warnings.push(text);
      else original.apply(console, args);
    };
  });
  afterEach(() => {
    console.warn = original;
  });

  for (const w of WIDGETS) {
    it(`${w.tag}: first render at its width, then resized and fed again, with no second-update warning`, async () => {
      const wrap = await fixture<HTMLDivElement>('<div style="width:375px"></div>');
      const el = create(w);
      feed(el, w, w.valid());
      wrap.append(el);
      await el.updateComplete;
      // Drawn in the first update: the width was known before it.
      const firstUpdate = marks(el, w).length;
      await nextFrame();
      wrap.style.width = '700px';
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
      // Data arriving later (a script setting .data after the element is in the page).
      const late = create(w);
      wrap.append(late);
      await late.updateComplete;
      feed(late, w, w.valid());
      await drawnMarks(late, w);
      // As on a page: not eager, so the marks wait until the widget is near the viewport.
      const lazy = create(w);
      lazy.removeAttribute('eager');
      feed(lazy, w, w.valid());
      wrap.append(lazy);
      await drawnMarks(lazy, w);
      await nextFrame();
      await nextFrame();
      expect(warnings).to.deep.equal([]);
      expect(firstUpdate, 'marks after the first update').to.equal(w.count);
    });
  }
});
