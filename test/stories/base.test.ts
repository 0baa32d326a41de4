import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../src/widgets/waffle/waffle.define.js';
import '../../src/widgets/line-chart/line-chart.define.js';
import type { DjWaffle } from '../../src/widgets/waffle/waffle.js';
import type { DjLineChart } from '../../src/widgets/line-chart/line-chart.js';
import { widgetArgs, widgetElement, type BaseArgs } from '../../stories/base.js';

const ARTICLE = [
  { 项目: '新引进过亿元项目', 目标: '80个' },
  { 项目: '过10亿元项目', 目标: '10个' },
];

describe('stories/base.ts widgetArgs: one binding puts a story’s args on its widget', () => {
  it('base and own attributes, booleans, the data property and dj-select, from one binding', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const selected: Event[] = [];
    const args: BaseArgs = { heading: '2021年新引进项目目标', 'source-url': 'https://example.org/a', width: 480, 'decimal-comma': true, mode: 'part', 'unit-size': '', data: ARTICLE, onDjSelect: (e: Event) => selected.push(e), locale: 'en' };
    render(html`<dj-waffle ${widgetArgs(args)}></dj-waffle>`, host);
    const el = host.querySelector<DjWaffle>('dj-waffle')!;
    expect(Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value]))).to.deep.equal({ heading: '2021年新引进项目目标', 'source-url': 'https://example.org/a', width: '480', 'decimal-comma': '', mode: 'part' });
    expect(el.data).to.equal(ARTICLE);
    // `locale` is a read-only getter: left alone, not written as an attribute.
    expect(el.hasAttribute('locale')).to.equal(false);
    el.dispatchEvent(new CustomEvent('dj-select'));
    expect(selected).to.have.length(1);
  });

  it('a control change updates the same element: attributes go, the listener is swapped', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const first: Event[] = [];
    const second: Event[] = [];
    const draw = (args: BaseArgs): void => {
      render(html`<dj-waffle ${widgetArgs(args)}></dj-waffle>`, host);
    };
    draw({ heading: 'A', 'decimal-comma': true, columns: 5, onDjSelect: (e: Event) => first.push(e) });
    const el = host.querySelector('dj-waffle')!;
    draw({ heading: 'B', 'decimal-comma': false, onDjSelect: (e: Event) => second.push(e) });
    expect(host.querySelector('dj-waffle')).to.equal(el);
    expect(el.getAttribute('heading')).to.equal('B');
    expect(el.hasAttribute('decimal-comma')).to.equal(false);
    expect(el.hasAttribute('columns')).to.equal(false);
    el.dispatchEvent(new CustomEvent('dj-select'));
    expect([first.length, second.length]).to.deep.equal([0, 1]);
    draw({ heading: 'B' });
    el.dispatchEvent(new CustomEvent('dj-select'));
    expect(second).to.have.length(1);
  });

  it('a widget’s own property (the line chart’s annotations) is set; markup in args stays text', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const annotations = [{ x: '2020', text: '<b>疫情</b>' }];
    render(html`<dj-line-chart ${widgetArgs({ heading: '<img src=x onerror=alert(1)>', annotations })}></dj-line-chart>`, host);
    const el = host.querySelector<DjLineChart>('dj-line-chart')!;
    expect(el.annotations).to.equal(annotations);
    expect(el.getAttribute('heading')).to.equal('<img src=x onerror=alert(1)>');
    expect(host.querySelectorAll('img, b').length).to.equal(0);
  });

  it('refuses an element the manifest does not list, and widgetElement agrees with widgetArgs', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<dj-slope ${widgetArgs({ heading: 'x' })}></dj-slope>`, host)).to.throw(/<dj-slope> is not in src\/widgets\/manifest.ts/);
    expect(() => widgetElement('dj-slope', {})).to.throw(/not in src\/widgets\/manifest.ts/);
    const el = widgetElement('dj-waffle', { heading: 'A', mode: 'part', data: ARTICLE, 'decimal-comma': false });
    expect(Array.from(el.attributes, (a) => a.name)).to.deep.equal(['heading', 'mode']);
    expect((el as HTMLElement & { data?: unknown }).data).to.equal(ARTICLE);
  });
});
