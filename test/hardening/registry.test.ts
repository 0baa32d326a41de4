/** The hardening suites cover every widget: a `dj-*` element the registry does not describe fails here. */
import { expect } from '@open-wc/testing';
import { definedTags } from './record-defines.js';
import * as api from '../../src/index.js';
import { WIDGETS, byTag } from './widgets.js';
import { mount } from './mount.js';

describe('hardening registry', () => {
  it('describes every dj-* element that src/index.ts registers', () => {
    const fromDefine = definedTags.filter((t) => t.startsWith('dj-'));
    // Also from the exports: a class defined some other way than customElements.define.
    const fromExports = Object.values(api)
      .filter((v) => typeof v === 'function' && (v as { prototype?: unknown }).prototype instanceof HTMLElement)
      .map((c) => customElements.getName(c as CustomElementConstructor))
      .filter((n): n is string => !!n && n.startsWith('dj-'));
    const registered = [...new Set([...fromDefine, ...fromExports])].sort();
    expect(registered.length).to.be.greaterThan(0);
    expect(registered.filter((t) => !byTag(t)), 'widgets missing from test/hardening/widgets.ts').to.deep.equal([]);
    expect(WIDGETS.map((w) => w.tag).filter((t) => !customElements.get(t)), 'described but not registered').to.deep.equal([]);
  });

  for (const w of WIDGETS) {
    it(`<${w.tag}> draws its registry example (the baseline every suite starts from)`, async () => {
      // no-motion: axe measures contrast mid-fade otherwise (the 600 ms entrance blends text with the background).
      const el = await mount(w, w.valid(), { attrs: { 'no-motion': '' } });
      await expect(el).to.be.accessible();
    });
  }
});
