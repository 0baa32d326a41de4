import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import { defaultDescribe, projectData, ProjectError, type Project } from '../../src/builder/project.js';
import { base64url, inlineJson, publishCode } from '../../src/builder/publish.js';
import { readEmbedParams } from '../../src/embed/params.js';
import { mountEmbed } from '../../src/embed/mount.js';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';

const HOSTILE = {
  heading: '"><script>alert(1)</script>',
  subtitle: "' onmouseover='alert(2)",
  notes: '</script><script>alert(3)</script>',
  source: '{{constructor.constructor("alert(4)")()}}',
  credit: '<img src=x onerror=alert(5)>&amp;',
};
const LABEL = '</script><img src=x onerror=alert(6)>';

function hostile(): Project {
  return {
    format: 'dj-widgets-project',
    version: 1,
    widget: 'dj-bar-chart',
    input: { text: `地区\t产值\n${LABEL}\t4.1亿元\n{{x}}\t1.8亿元\n<!--\t2亿元\n`, options: { kind: 'tsv' } },
    attributes: { orientation: 'vertical' },
    describe: { ...defaultDescribe('zh-CN'), ...HOSTILE, sourceUrl: 'https://example.com/?a=1&b="2"', colors: ['#c2410c', 'rgb(26, 127, 55)'] },
  };
}

const OPTS = { scriptUrl: 'https://cdn.example.com/dj-widgets.js', embedUrl: 'https://embed.example.com/embed/' };
const parse = (code: string): Document => new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');

/** No element may carry an event handler, and only the listed elements may exist. */
function inert(doc: Document, allowed: readonly string[]): void {
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    expect(allowed.includes(el.localName) || el.closest('svg') !== null, `unexpected <${el.localName}>`).to.equal(true);
    for (const a of Array.from(el.attributes)) expect(a.name.startsWith('on'), `${el.localName}[${a.name}]`).to.equal(false);
  }
}

describe('builder: publishCode', () => {
  it('script: our script, the element with every attribute intact, the data inert', () => {
    const p = hostile();
    const code = publishCode(p, 'script', OPTS);
    expect(code).to.not.include('</script><');
    const doc = parse(code);
    inert(doc, ['link', 'script', 'dj-bar-chart']);
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.map((s) => [s.getAttribute('src'), s.getAttribute('type'), s.parentElement?.localName])).to.deep.equal([
      [OPTS.scriptUrl, null, 'body'], [null, 'application/json', 'dj-bar-chart'],
    ]);
    // One series of bars: the first paint's chunk is named beside the loader, at the URL the loader asks for.
    const links = Array.from(doc.querySelectorAll('link'));
    expect(links.map((l) => [l.rel, l.getAttribute('href')])).to.deep.equal([['modulepreload', 'https://cdn.example.com/chunks/bar-chart.paint.js']]);
    expect(doc.body.firstElementChild?.localName, 'the hint comes first, before the loader').to.equal('link');
    const el = doc.querySelector('dj-bar-chart');
    expect(el?.getAttribute('heading')).to.equal(HOSTILE.heading);
    expect(el?.getAttribute('subtitle')).to.equal(HOSTILE.subtitle);
    expect(el?.getAttribute('notes')).to.equal(HOSTILE.notes);
    expect(el?.getAttribute('source')).to.equal(HOSTILE.source);
    expect(el?.getAttribute('credit')).to.equal(HOSTILE.credit);
    expect(el?.getAttribute('source-url')).to.equal('https://example.com/?a=1&b="2"');
    expect(el?.getAttribute('orientation')).to.equal('vertical');
    expect(el?.getAttribute('unit')).to.equal('亿元');
    expect(el?.getAttribute('lang')).to.equal('zh-CN');
    expect(el?.getAttribute('style')).to.equal('--dj-accent: #c2410c; --dj-palette-1: rgb(26, 127, 55)');
    expect(JSON.parse(scripts[1]?.textContent ?? '')).to.deep.equal(projectData(p));
    expect(scripts[1]?.textContent).to.not.include('<');
  });

  it('script: pasted into a page, the element draws the data with the labels as text', async () => {
    const doc = parse(publishCode(hostile(), 'script', OPTS));
    const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.importNode(doc.querySelector('dj-bar-chart') as Element, true);
    host.append(el);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('g.bar').length === 3, 'the published chart never drew', { timeout: 4000 });
    const text = el.shadowRoot?.textContent ?? '';
    expect(text).to.include(LABEL);
    expect(text).to.include('<!--');
    expect(el.shadowRoot?.querySelector('img')).to.equal(null);
    expect(getComputedStyle(el).getPropertyValue('--dj-accent').trim()).to.equal('#c2410c');
  });

  it('script: names the first paint only where it draws — one series of bars, not several, not a widget without one', () => {
    const hints = (p: Project, scriptUrl = OPTS.scriptUrl): string[] =>
      Array.from(parse(publishCode(p, 'script', { ...OPTS, scriptUrl })).querySelectorAll('link[rel="modulepreload"]')).map((l) => l.getAttribute('href') ?? '');
    const bars = (text: string, attributes: Record<string, string> = {}): Project => ({ ...hostile(), input: { text, options: { kind: 'tsv' } }, attributes });
    // 江苏 2023 H1 GDP by sector (亿元); 2023 GDP and budget revenue of two cities (亿元).
    const one = '产业\t增加值\n第一产业\t1720.2\n第二产业\t26613.4\n第三产业\t32131.7\n';
    const two = '城市\t地区生产总值\t一般公共预算收入\n南京\t17421.4\t1839.4\n苏州\t24653.4\t2456.7\n';
    expect(hints(bars(one))).to.deep.equal(['https://cdn.example.com/chunks/bar-chart.paint.js']);
    expect(hints(bars(two)), 'two series: the element draws them, no first paint').to.deep.equal([]);
    expect(hints(bars(two, { series: '地区生产总值' })), 'one series named of two').to.have.length(1);
    // A relative script URL and one with a query: the chunk sits next to the script, as the loader resolves it.
    expect(hints(bars(one), '/static/dj/dj-widgets.js?v=3')).to.deep.equal(['/static/dj/chunks/bar-chart.paint.js']);
    expect(hints({ ...bars(one), widget: 'dj-line-chart' }), 'a widget without a first paint').to.deep.equal([]);
    expect(hints({ ...bars(one), widget: 'dj-targets' })).to.deep.equal([]);
  });

  it('script: adds a <noscript> image when a PNG is given', () => {
    const doc = parse(publishCode(hostile(), 'script', { ...OPTS, png: 'https://cdn.example.com/chart.png' }));
    const noscript = doc.querySelector('noscript');
    expect(noscript?.innerHTML).to.equal(`<img src="https://cdn.example.com/chart.png" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" width="100%">`);
  });

  it('writes "<" in inline JSON as \\u003c, so no label can close the script', () => {
    expect(inlineJson([{ a: '</script><!--&>' }])).to.equal('[{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u003e"}]');
    expect(JSON.parse(inlineJson([{ a: '</script><!--&>' }]))).to.deep.equal([{ a: '</script><!--&>' }]);
  });

  it('iframe: the embed link carries widget, attributes and #data=base64url(JSON); the listener is ours', () => {
    const p = hostile();
    const doc = parse(publishCode(p, 'iframe', OPTS));
    inert(doc, ['iframe', 'script']);
    const frame = doc.querySelector('iframe');
    expect(frame?.hasAttribute('data-dj-embed')).to.equal(true);
    expect(frame?.getAttribute('title')).to.equal(HOSTILE.heading);
    const url = new URL(frame?.getAttribute('src') ?? '');
    expect(url.origin + url.pathname).to.equal(OPTS.embedUrl);
    expect([...url.searchParams.keys()]).to.deep.equal(['widget', 'lang', 'heading', 'subtitle', 'notes', 'source', 'credit', 'source-url', 'unit', 'orientation', 'theme', 'accent', 'palette-1']);
    // A frame cannot see the article around it: "auto" becomes light there (a white article), while
    // the script code keeps following the page; a theme the editor chose is kept as chosen.
    expect(p.describe.theme).to.equal('auto');
    expect(url.searchParams.get('theme')).to.equal('light');
    expect(parse(publishCode(p, 'script', OPTS)).querySelector('dj-bar-chart')?.hasAttribute('theme')).to.equal(false);
    const dark = { ...p, describe: { ...p.describe, theme: 'dark' as const } };
    expect(new URL(parse(publishCode(dark, 'iframe', OPTS)).querySelector('iframe')?.getAttribute('src') ?? '').searchParams.get('theme')).to.equal('dark');
    const amp = new URL(parse(publishCode(p, 'amp', OPTS)).querySelector('amp-iframe')?.getAttribute('src') ?? '');
    expect(amp.searchParams.get('theme')).to.equal('light');
    // The editor's colours, in the names the embed page reads (src/embed/params.ts).
    expect([url.searchParams.get('accent'), url.searchParams.get('palette-1')]).to.deep.equal(['#c2410c', 'rgb(26, 127, 55)']);
    expect(readEmbedParams(url.search, '').colors).to.deep.equal([['--dj-accent', '#c2410c'], ['--dj-palette-1', 'rgb(26, 127, 55)']]);
    expect(url.searchParams.get('widget')).to.equal('bar-chart');
    expect(url.searchParams.get('heading')).to.equal(HOSTILE.heading);
    expect(url.searchParams.get('credit')).to.equal(HOSTILE.credit);
    const data = url.hash.replace(/^#data=/, '');
    expect(data).to.match(/^[A-Za-z0-9_-]+$/);
    const bytes = Uint8Array.from(atob(data.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    expect(JSON.parse(new TextDecoder().decode(bytes))).to.deep.equal(projectData(p));
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.map((s) => [s.getAttribute('src'), s.hasAttribute('async'), s.textContent])).to.deep.equal([['https://cdn.example.com/dj-embed-resize.js', true, '']]);
    const own = parse(publishCode(p, 'iframe', { ...OPTS, listenerUrl: '/static/resize.js' })).querySelector('script');
    expect(own?.getAttribute('src')).to.equal('/static/resize.js');
  });

  it('iframe: the embed page reads the link back into the same widget, attributes and data', async () => {
    const p = hostile();
    const src = parse(publishCode(p, 'iframe', OPTS)).querySelector('iframe')?.getAttribute('src') ?? '';
    const url = new URL(src);
    const root = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const mounted = await mountEmbed(readEmbedParams(url.search, url.hash), root, url.href, 'zh-CN');
    expect([mounted.error, mounted.ignored]).to.deep.equal([null, []]);
    const el = mounted.element as HTMLElement & { data: unknown };
    expect(el.localName).to.equal('dj-bar-chart');
    for (const [k, v] of Object.entries({ ...HOSTILE, orientation: 'vertical', unit: '亿元', theme: 'light' })) expect(el.getAttribute(k), k).to.equal(v);
    expect(el.data).to.deep.equal(projectData(p));
    await waitUntil(() => el.shadowRoot?.querySelectorAll('g.bar').length === 3, 'the embedded chart never drew', { timeout: 4000 });
  });

  it('iframe: dj-figures goes as #text=, which the embed page turns into paragraphs', async () => {
    const p: Project = { format: 'dj-widgets-project', version: 1, widget: 'dj-figures', input: { text: '工业投资增长12%。\n\n新引进过亿元项目80个。', options: {} }, attributes: {}, describe: defaultDescribe() };
    const url = new URL(parse(publishCode(p, 'iframe', OPTS)).querySelector('iframe')?.getAttribute('src') ?? '');
    expect(url.searchParams.get('widget')).to.equal('figures');
    expect(url.hash).to.match(/^#text=[A-Za-z0-9_-]+$/);
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    const mounted = await mountEmbed(readEmbedParams(url.search, url.hash), root, url.href, 'zh-CN');
    expect(mounted.error).to.equal(null);
    expect(Array.from(mounted.element?.querySelectorAll('p') ?? []).map((x) => x.textContent)).to.deep.equal(['工业投资增长12%。', '新引进过亿元项目80个。']);
  });

  it('amp: a resizable amp-iframe with an overflow button and the PNG as placeholder', () => {
    const doc = parse(publishCode(hostile(), 'amp', { ...OPTS, png: 'https://cdn.example.com/chart.png', height: 480 }));
    inert(doc, ['amp-iframe', 'div', 'amp-img']);
    const amp = doc.querySelector('amp-iframe');
    expect(['layout', 'height', 'width', 'sandbox', 'title'].map((a) => amp?.getAttribute(a))).to.deep.equal(['fixed-height', '480', 'auto', 'allow-scripts allow-same-origin', HOSTILE.heading]);
    expect(amp?.hasAttribute('resizable')).to.equal(true);
    expect(new URL(amp?.getAttribute('src') ?? '').protocol).to.equal('https:');
    const overflow = amp?.querySelector('[overflow]');
    expect([overflow?.localName, overflow?.getAttribute('role'), overflow?.textContent]).to.deep.equal(['div', 'button', '展开全部']);
    const img = amp?.querySelector('amp-img');
    expect([img?.hasAttribute('placeholder'), img?.getAttribute('src'), img?.getAttribute('alt')]).to.deep.equal([true, 'https://cdn.example.com/chart.png', HOSTILE.heading]);
    expect(doc.querySelector('script')).to.equal(null);
  });

  it('static: the SVG inside the element — seen without scripts, hidden once the element draws', async () => {
    const p = hostile();
    const live = await fixture<DjBarChart>(html`<dj-bar-chart lang="zh-CN" heading=${HOSTILE.heading} unit="元" .data=${projectData(p)}></dj-bar-chart>`);
    await waitUntil(() => live.shadowRoot?.querySelectorAll('g.bar').length === 3, 'never drew', { timeout: 4000 });
    const svg = live.toSvg({ width: 600, theme: 'light' });
    const code = publishCode(p, 'static', { ...OPTS, svg });
    expect(code).to.not.match(/<!--(?!\\u)/);
    const doc = parse(code);
    inert(doc, ['link', 'script', 'dj-bar-chart', 'svg']);
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('src') ?? s.getAttribute('type'))).to.deep.equal([OPTS.scriptUrl, 'application/json']);
    const drawing = doc.querySelector('dj-bar-chart > svg');
    expect(drawing).to.not.equal(null);
    expect(drawing?.textContent).to.include(LABEL);
    // Without our script (WeChat, RSS) the SVG is what shows; with it, the element replaces it.
    const host = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.importNode(doc.querySelector('dj-bar-chart') as Element, true);
    host.append(el);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('g.bar').length === 3, 'the element never drew', { timeout: 4000 });
    expect(el.querySelector(':scope > svg')?.getClientRects().length).to.equal(0);
  });

  it('refuses unsafe URLs and an SVG that could run or reach out', () => {
    const p = hostile();
    const refuses = (fn: () => unknown): void => {
      expect(fn).to.throw(ProjectError);
    };
    refuses(() => publishCode(p, 'script', { ...OPTS, scriptUrl: 'javascript:alert(1)' }));
    refuses(() => publishCode(p, 'script', { ...OPTS, scriptUrl: '//evil.example/x.js' }));
    refuses(() => publishCode(p, 'script', { ...OPTS, png: 'data:image/png;base64,AAAA' }));
    refuses(() => publishCode(p, 'iframe', { ...OPTS, embedUrl: 'javascript:alert(1)' }));
    refuses(() => publishCode(p, 'amp', { ...OPTS, embedUrl: 'http://embed.example.com/' }));
    for (const svg of [undefined, '', '<div></div>', '<svg><script>alert(1)</script></svg>', '<svg onload="alert(1)"></svg>', '<svg><a href="https://x">x</a></svg>', '<svg><foreignObject></foreignObject></svg>', '<svg><rect style="fill:red"/></svg>', '<svg><rect fill="url(https://x/#a)"/></svg>', '<svg><image href="#a"/></svg>']) {
      refuses(() => publishCode(p, 'static', { ...OPTS, svg }));
    }
    expect(() => publishCode(p, 'static', { ...OPTS, svg: '<svg xmlns="http://www.w3.org/2000/svg"><defs><pattern id="a"/></defs><rect fill="url(#a)"/><use href="#a"/></svg>' })).to.not.throw();
  });

  it('drops a colour that is not #hex or rgb() instead of writing it', () => {
    const p = hostile();
    p.describe.colors = ['red; background: url(https://evil.example/)', '#1a7f37'];
    const el = parse(publishCode(p, 'script', OPTS)).querySelector('dj-bar-chart');
    expect(el?.getAttribute('style')).to.equal('--dj-palette-1: #1a7f37');
  });

  it('writes dj-figures text as escaped paragraphs', () => {
    const p: Project = { format: 'dj-widgets-project', version: 1, widget: 'dj-figures', input: { text: '工业投资增长12%<script>alert(1)</script>。\n\n新引进过亿元项目80个。', options: {} }, attributes: {}, describe: defaultDescribe() };
    const doc = parse(publishCode(p, 'script', OPTS));
    inert(doc, ['script', 'dj-figures', 'p']);
    expect(Array.from(doc.querySelectorAll('dj-figures > p')).map((x) => x.textContent)).to.deep.equal(['工业投资增长12%<script>alert(1)</script>。', '新引进过亿元项目80个。']);
    expect(doc.querySelectorAll('script')).to.have.length(1);
  });

  it('encodes base64url without padding, UTF-8 first', () => {
    expect(base64url('海')).to.equal('5rW3');
    expect(base64url('ab?')).to.equal('YWI_');
    expect(base64url('a')).to.equal('YQ');
  });
});
