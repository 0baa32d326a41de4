/**
 * <dj-figures> takes the frame and the inputs every widget takes: heading, subtitle, notes,
 * source, source-url, credit; light-DOM paragraphs, a light-DOM JSON script, the `text`
 * attribute and property, `data` (JSON), and `src` (a text or JSON file). Fed the real article's
 * two target paragraphs (test/fixtures/haizhou-targets.*), each input gives the same highlights.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/figures/figures.define.js';
import type { DjFigures } from '../../../src/widgets/figures/figures.js';
import { HAIZHOU_2021_ARTICLE } from '../../../src/data/haizhou-2021.article.js';
import { captureConsole, shadow } from '../../helpers/widgets.js';

const paragraphs = HAIZHOU_2021_ARTICLE.split('\n\n');
const TARGETS = paragraphs.find((p) => p.startsWith('与2020年相比'))!;
const BUILDINGS = paragraphs.find((p) => p.startsWith('为集聚新兴业态'))!;

const marks = (el: DjFigures): string[] => Array.from(shadow(el).querySelectorAll('mark[part="figure"]'), (m) => m.textContent.trim());
const part = (el: DjFigures, name: string): string => shadow(el).querySelector(`[part="${name}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

async function mount(inner: ReturnType<typeof html>, setup: (el: DjFigures) => void = () => undefined): Promise<DjFigures> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px" lang="zh-CN">${inner}</div>`);
  const el = wrap.querySelector('dj-figures')!;
  setup(el);
  await el.updateComplete;
  return el;
}

let reference: string[] = [];

describe('dj-figures: the frame and every input', () => {
  before(async () => {
    const el = await mount(html`<dj-figures><p>${TARGETS}</p><p>${BUILDINGS}</p></dj-figures>`);
    reference = marks(el);
    expect(reference.length).to.be.greaterThan(10);
  });

  it('shows heading, subtitle, notes, source (linked), credit, and the heading names the figure', async () => {
    const el = await mount(
      html`<dj-figures heading="海州区2021年目标" subtitle="政府工作报告中的数字" notes="均为2021年目标" source="连网" source-url="https://example.com/lyg" credit="制图：数据新闻部"
        ><p>${TARGETS}</p></dj-figures
      >`,
    );
    expect(part(el, 'title')).to.equal('海州区2021年目标');
    expect(part(el, 'subtitle')).to.equal('政府工作报告中的数字');
    expect(part(el, 'footer')).to.include('注：均为2021年目标').and.include('来源：连网').and.include('制图：数据新闻部');
    expect(shadow(el).querySelector('footer a')?.getAttribute('href')).to.equal('https://example.com/lyg');
    expect(shadow(el).querySelector('[part="frame"]')?.getAttribute('aria-labelledby')).to.equal('title');
    expect(el.toSvg({ width: 375 })).to.include('海州区2021年目标').and.include('来源：连网');
  });

  it('frame text from the page is text, never markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await mount(html`<dj-figures heading=${evil} notes=${evil} source=${evil} credit=${evil} text=${`${evil}总投资4.1亿元`}></dj-figures>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(part(el, 'title')).to.equal(evil);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(marks(el)).to.include('4.1亿元');
  });

  it('refuses a javascript: source-url (the source stays as text) and says so once', async () => {
    const warn = captureConsole('warn');
    try {
      const el = await mount(html`<dj-figures source="连网" source-url="javascript:alert(1)"><p>${TARGETS}</p></dj-figures>`);
      expect(shadow(el).querySelector('footer a')).to.equal(null);
      expect(part(el, 'footer')).to.include('来源：连网');
      expect(warn.calls.length).to.equal(1);
    } finally {
      warn.restore();
    }
  });

  it('source-url follows the one URL policy: a form the browser reads as another host is refused, a relative link kept', async () => {
    const warn = captureConsole('warn');
    try {
      // "/\\evil.test" passed the old hand-written check (a slash not followed by a slash),
      // yet browsers read the backslash as a slash: //evil.test, another site.
      const el = await mount(html`<dj-figures source="连网" source-url="/\\evil.test/x"><p>${TARGETS}</p></dj-figures>`);
      expect(shadow(el).querySelector('footer a')).to.equal(null);
      expect(warn.calls.map((c) => String(c[0])).filter((l) => l.includes('source-url')).length).to.equal(1);
      el.setAttribute('source-url', 'data/report.html');
      await el.updateComplete;
      expect(shadow(el).querySelector('footer a')?.getAttribute('href')).to.equal('data/report.html');
    } finally {
      warn.restore();
    }
  });

  it('the text attribute: blank lines part paragraphs; same highlights as the light DOM', async () => {
    const el = await mount(html`<dj-figures text=${`${TARGETS}\n\n${BUILDINGS}`}><p>不是这段</p></dj-figures>`);
    expect(marks(el)).to.deep.equal(reference);
    expect(shadow(el).querySelectorAll('[part="paragraph"]').length).to.equal(2);
  });

  it('the text property; reading it back gives the text the figure offsets index', async () => {
    const el = await mount(html`<dj-figures></dj-figures>`, (e) => {
      e.text = `${TARGETS}\n${BUILDINGS}`;
    });
    expect(marks(el)).to.deep.equal(reference);
    for (const f of el.figures) expect(el.text.slice(f.figureStart, f.figureEnd).length).to.be.greaterThan(0);
    expect(el.text).to.equal(`${TARGETS}\n\n${BUILDINGS}`);
    el.text = null;
    await el.updateComplete;
    expect(marks(el)).to.deep.equal([]);
  });

  it('a light-DOM JSON script, and the data property (which wins over everything)', async () => {
    const json = JSON.stringify([TARGETS, BUILDINGS]);
    const a = await mount(html`<dj-figures><script type="application/json">${json}</script></dj-figures>`);
    expect(marks(a)).to.deep.equal(reference);
    const b = await mount(html`<dj-figures text="总投资4.1亿元"></dj-figures>`, (e) => {
      e.data = { paragraphs: [TARGETS, BUILDINGS] };
    });
    expect(marks(b)).to.deep.equal(reference);
  });

  it('data of the wrong shape: a visible bilingual error and one console message', async () => {
    const err = captureConsole('error');
    try {
      const el = await mount(html`<dj-figures lang="en"></dj-figures>`, (e) => {
        e.data = { rows: 3 };
      });
      expect(shadow(el).querySelector('.status.error[role="alert"]')?.textContent).to.match(/must be a string, an array of strings/);
      expect(err.calls.length).to.equal(1);
      el.lang = 'zh-CN';
      await waitUntil(() => shadow(el).querySelector('.status.error')?.textContent.includes('文字须为字符串'), 'no Chinese error', { timeout: 4000 });
      expect(part(el, 'status')).to.include('无法显示');
    } finally {
      err.restore();
    }
  });

  for (const file of ['haizhou-targets.txt', 'haizhou-targets.json']) {
    it(`src: ${file}`, async () => {
      const el = await mount(html`<dj-figures src=${`/test/fixtures/${file}`}></dj-figures>`);
      await waitUntil(() => marks(el).length > 0, `${file} never drew`, { timeout: 4000 });
      expect(marks(el)).to.deep.equal(reference);
      expect(shadow(el).querySelector('.status')).to.equal(null);
    });
  }

  it('src that is a web page is refused with a reason', async () => {
    const err = captureConsole('error');
    try {
      const el = await mount(html`<dj-figures lang="en" src="/test/fixtures/page.html"></dj-figures>`);
      await waitUntil(() => shadow(el).querySelector('.status.error'), 'no error', { timeout: 4000 });
      expect(part(el, 'status')).to.include('returned a web page');
    } finally {
      err.restore();
    }
  });
});
