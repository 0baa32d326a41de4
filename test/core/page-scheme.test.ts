import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import '../../src/widgets/figures/figures.define.js';
import { pageScheme } from '../../src/core/page-scheme.js';

const scheme = (el: Element): string => getComputedStyle(el).colorScheme;

describe('theme="auto" follows the page', () => {
  it('reads the page: one declared scheme, else its painted background; both schemes hand over to the system', async () => {
    const dark = await fixture<HTMLDivElement>(html`<div style="background: #111"><span></span></div>`);
    const light = await fixture<HTMLDivElement>(html`<div style="background: rgb(255, 255, 255)"><span></span></div>`);
    const declared = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><span></span></div>`);
    const both = await fixture<HTMLDivElement>(html`<div style="color-scheme: light dark"><span></span></div>`);
    const span = (d: HTMLElement): Element => d.firstElementChild as Element;
    expect([pageScheme(span(dark)), pageScheme(span(light)), pageScheme(span(declared)), pageScheme(span(both))]).to.deep.equal(['dark', 'light', 'dark', null]);
  });

  it('a widget in a dark page is dark, in a white article light, with nothing written on the element', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="background: #0d1117"><dj-bar-chart></dj-bar-chart></div><div style="background: #fff"><dj-bar-chart theme="auto"></dj-bar-chart></div>`);
    const [inDark, inWhite] = [...document.querySelectorAll('dj-bar-chart')].slice(-2) as HTMLElement[];
    expect(box).to.exist;
    expect([scheme(inDark as Element), scheme(inWhite as Element)]).to.deep.equal(['dark', 'light']);
    expect([inDark?.hasAttribute('style'), inWhite?.hasAttribute('style')]).to.deep.equal([false, false]);
    inDark?.setAttribute('theme', 'light');
    await (inDark as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(scheme(inDark as Element)).to.equal('light');
  });

  it('<dj-figures> follows the page too (it has a frame, not a chart): dark in a dark page, light in a white one', async () => {
    await fixture<HTMLDivElement>(
      html`<div><div style="background: #0d1117"><dj-figures text="2021年工业应税销售收入突破400亿元。"></dj-figures></div><div style="background: #fff"><dj-figures text="新增就业250人。"></dj-figures></div></div>`,
    );
    const [inDark, inWhite] = [...document.querySelectorAll('dj-figures')].slice(-2) as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all([inDark?.updateComplete, inWhite?.updateComplete]);
    expect([scheme(inDark as Element), scheme(inWhite as Element)]).to.deep.equal(['dark', 'light']);
    // The page's background, not the reader's system: the text is light on the dark page.
    const fg = getComputedStyle(inDark?.shadowRoot?.querySelector('p, .text, figure') as Element).color;
    const lum = (fg.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(lum, fg).to.be.greaterThan(128);
  });
});
