import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';
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
});
