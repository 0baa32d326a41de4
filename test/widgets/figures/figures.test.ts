import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/figures/figures.define.js';
import type { DjFigures } from '../../../src/widgets/figures/figures.js';
import type { DjSelectEvent } from '../../../src/core/events.js';
import { localeWatchers } from '../../../src/core/controllers/locale.js';
import { HAIZHOU_2021_ARTICLE } from '../../../src/data/haizhou-2021.article.js';
import { contrast, shadow } from '../../helpers/widgets.js';

const paragraphs = HAIZHOU_2021_ARTICLE.split('\n\n');
const TARGETS = paragraphs.find((p) => p.startsWith('与2020年相比'))!;
const BUILDINGS = paragraphs.find((p) => p.startsWith('为集聚新兴业态'))!;

async function figures(lang = 'zh-CN', attrs = '', paras: string[] = [TARGETS, BUILDINGS]): Promise<DjFigures> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px" lang=${lang}>
    <dj-figures>${paras.map((p) => html`<p>${p}</p>`)}</dj-figures>
  </div>`);
  const el = wrap.querySelector('dj-figures')!;
  for (const [k, v] of new URLSearchParams(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

const marks = (el: DjFigures): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('mark[part="figure"]'));
const tooltip = (el: DjFigures): string | null => shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '') ?? null;
const count = (el: DjFigures): string => shadow(el).querySelector('.count')?.textContent.trim() ?? '';
const nextTask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('<dj-figures>', () => {
  it('highlights every figure of the article’s targets paragraphs, text unchanged', async () => {
    const el = await figures();
    const m = marks(el);
    expect(m).to.have.length(13);
    expect(m.map((x) => x.textContent)).to.deep.equal([
      '1000亩以上', '10万平方米以上', '10%以上', '15家以上', '12%', '400亿元', '80个', '10个', '8000万美元以上',
      '20栋以上', '10家', '500家', '1000人以上',
    ]);
    const shown = Array.from(shadow(el).querySelectorAll('p[part="paragraph"]')).map((p) => p.textContent);
    expect(shown).to.deep.equal([TARGETS, BUILDINGS]);
    expect(m.map((x) => x.className.split(' ')[0])).to.deep.equal([
      'kind-level', 'kind-level', 'kind-growth', 'kind-level', 'kind-growth', 'kind-level', 'kind-level', 'kind-level', 'kind-level',
      'kind-level', 'kind-level', 'kind-level', 'kind-level',
    ]);
    expect(count(el)).to.equal('识别出 13 个数字');
    expect(Array.from(shadow(el).querySelectorAll('.legend li')).map((li) => li.textContent.trim())).to.deep.equal(['水平 11', '增长 2']);
    // The records, for the builder; offsets index `text`.
    expect(el.figures).to.have.length(13);
    expect(el.text).to.equal(`${TARGETS}\n\n${BUILDINGS}`);
    expect(el.figures.map((f) => el.text.slice(f.figureStart, f.figureEnd))).to.deep.equal(m.map((x) => x.textContent));
    expect(el.figures[5]).to.include({ label: '工业应税销售收入', value: 4e10, unit: '元', comparator: 'gt', kind: 'level' });
    // The light-DOM paragraphs stay for readers without JavaScript, but are not shown twice.
    expect(el.querySelectorAll('p')).to.have.length(2);
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });

  it('is one tab stop; arrows, Home and End move between highlights, each announced', async () => {
    const el = await figures();
    expect(marks(el).map((x) => x.getAttribute('tabindex'))).to.deep.equal(['0', ...Array<string>(12).fill('-1')]);
    expect(marks(el)[0]!.getAttribute('role')).to.equal('button');
    expect(marks(el)[0]!.getAttribute('aria-roledescription')).to.equal('数字');
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[1]);
    expect(marks(el).filter((x) => x.getAttribute('tabindex') === '0')).to.deep.equal([marks(el)[1]]);
    expect(marks(el)[1]!.getAttribute('aria-label')).to.equal('闲置老旧厂房：10万平方米以上，水平');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[12]);
    expect(marks(el)[12]!.getAttribute('aria-label')).to.equal('技术型人才：1000人以上，水平');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[12]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(marks(el)[0]);
  });

  it('shows a tooltip on focus and on hover; Escape hides it', async () => {
    const el = await figures();
    expect(tooltip(el)).to.equal(null);
    marks(el)[5]!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.equal('工业应税销售收入数值400亿元比较>突破类型水平');
    const tip = shadow(el).querySelector('.tooltip')!;
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    // It sits in the box of the text, near the highlight.
    const box = shadow(el).querySelector('.text')!.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    expect(t.left).to.be.at.least(box.left - 0.5);
    expect(t.right).to.be.at.most(box.right + 0.5);
    expect(marks(el)[5]!.classList.contains('active')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal('新引进过亿元项目数值80个比较=等于类型水平');
    marks(el)[6]!.blur();
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
    marks(el)[8]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(tooltip(el)).to.equal('实际利用外资数值8000万美元比较≥以上类型水平');
    marks(el)[8]!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('fires a bubbling, composed dj-select on Enter and on click, indexing `figures`', async () => {
    const el = await figures();
    marks(el)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const ev: DjSelectEvent = await oneEvent(document, 'dj-select');
    expect(ev.detail).to.deep.equal({ index: 2, label: '亩均税收', value: 10, unit: '%' });
    expect(ev.bubbles).to.equal(true);
    expect(ev.composed).to.equal(true);
    setTimeout(() => marks(el)[12]!.click());
    const clicked: DjSelectEvent = await oneEvent(el, 'dj-select');
    expect(clicked.detail).to.deep.equal({ index: 12, label: '技术型人才', value: 1000, unit: '人' });
    expect(el.figures[clicked.detail.index]!.comparator).to.equal('ge');
  });

  it('speaks English under lang="en"', async () => {
    const el = await figures('en');
    expect(count(el)).to.equal('13 figures found');
    expect(marks(el)[0]!.getAttribute('aria-label')).to.equal('1000亩以上 — 低产低效土地: at least 1,000 mu, level');
    expect(marks(el)[0]!.getAttribute('aria-roledescription')).to.equal('figure');
    marks(el)[8]!.focus();
    await el.updateComplete;
    expect(tooltip(el)).to.equal('实际利用外资ValueUS$80millionComparison≥atleastKindlevel');
    el.parentElement!.setAttribute('lang', 'zh-CN');
    await nextTask();
    await el.updateComplete;
    expect(count(el)).to.equal('识别出 13 个数字');
  });

  it('is accessible, in both languages and both themes', async () => {
    const zh = await figures();
    await expect(zh).to.be.accessible();
    marks(zh)[3]!.focus();
    await zh.updateComplete;
    await expect(zh).to.be.accessible();
    await expect(await figures('en', 'theme=dark')).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text on every kind of highlight ≥ 4.5:1 in the ${theme} theme`, async () => {
      const el = await figures('zh-CN', `theme=${theme}`, ['完成全年目标任务50亿元的102%，工业投资增长12%，城镇登记失业率控制在3.5%以内，占比超过30%。']);
      expect(getComputedStyle(el).colorScheme).to.equal(theme);
      const kinds = new Set<string>();
      for (const m of marks(el)) {
        const cs = getComputedStyle(m);
        kinds.add(m.className.split(' ')[0]!);
        expect(contrast(cs.color, cs.backgroundColor), `${m.className} on ${theme}`).to.be.at.least(4.5);
        expect(contrast(cs.borderBottomColor, cs.backgroundColor), `underline of ${m.className} on ${theme}`).to.be.at.least(3);
      }
      expect([...kinds].sort()).to.deep.equal(['kind-growth', 'kind-level', 'kind-progress', 'kind-share']);
      const meta = getComputedStyle(shadow(el).querySelector('.count')!).color;
      expect(contrast(meta, getComputedStyle(el).backgroundColor)).to.be.at.least(4.5);
    });
  }

  it('shows markup in the text literally and creates no element from it', async () => {
    const xss = '<img src=x onerror=alert(1)>工业投资增长12%<script>alert(2)</script>';
    const el = await figures('zh-CN', '', [xss]);
    const root = shadow(el);
    expect(root.querySelector('img, script')).to.equal(null);
    expect(root.querySelector('p[part="paragraph"]')!.textContent).to.equal(xss);
    expect(marks(el).map((m) => m.textContent)).to.include('12%');
    // An element written in the light DOM counts as its text only; a script is never read.
    el.innerHTML = '<p>利用外资<img src="data:," alt="">8000万美元<script>void 0</script></p>';
    await nextTask();
    await el.updateComplete;
    expect(root.querySelector('img, script')).to.equal(null);
    expect(el.text).to.equal('利用外资8000万美元');
  });

  it('reads the light DOM again when it changes', async () => {
    const el = await figures('zh-CN', '', [TARGETS]);
    expect(marks(el)).to.have.length(9);
    const p = document.createElement('p');
    p.textContent = BUILDINGS;
    el.append(p);
    await nextTask();
    await el.updateComplete;
    expect(marks(el)).to.have.length(13);
    p.firstChild!.textContent = '地区生产总值增长6%左右。';
    await nextTask();
    await el.updateComplete;
    expect(marks(el)).to.have.length(10);
    expect(marks(el)[9]!.getAttribute('aria-label')).to.equal('6%左右，地区生产总值：约6%，增长');
    el.replaceChildren();
    await nextTask();
    await el.updateComplete;
    expect(marks(el)).to.have.length(0);
    expect(count(el)).to.equal('未识别出数字');
  });

  it('releases its observers when removed, and reads what changed meanwhile when re-attached', async () => {
    const observing = new Set<MutationObserver>();
    const proto = MutationObserver.prototype;
    const originals = { observe: Object.getOwnPropertyDescriptor(proto, 'observe')!, disconnect: Object.getOwnPropertyDescriptor(proto, 'disconnect')! };
    const observe = originals.observe.value as MutationObserver['observe'];
    const disconnect = originals.disconnect.value as MutationObserver['disconnect'];
    Object.defineProperty(proto, 'observe', {
      ...originals.observe,
      value(this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
        observing.add(this);
        observe.apply(this, args);
      },
    });
    Object.defineProperty(proto, 'disconnect', {
      ...originals.disconnect,
      value(this: MutationObserver) {
        observing.delete(this);
        disconnect.apply(this);
      },
    });
    try {
      const el = await figures('zh-CN', '', [TARGETS]);
      const wrap = el.parentElement!;
      expect(observing.size).to.be.greaterThan(0);
      expect(localeWatchers().hosts).to.equal(1);
      el.remove();
      expect(observing.size).to.equal(0);
      expect(localeWatchers()).to.deep.equal({ hosts: 0, observing: false });
      el.querySelector('p')!.textContent = '工业投资增长12%。';
      await nextTask();
      expect(el.figures).to.have.length(9);
      wrap.append(el);
      await el.updateComplete;
      expect(el.figures).to.have.length(1);
      expect(marks(el).map((m) => m.textContent)).to.deep.equal(['12%']);
      expect(observing.size).to.be.greaterThan(0);
      wrap.remove();
      expect(observing.size).to.equal(0);
    } finally {
      Object.defineProperty(proto, 'observe', originals.observe);
      Object.defineProperty(proto, 'disconnect', originals.disconnect);
    }
  });
});
