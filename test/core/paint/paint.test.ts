/**
 * The bar chart's first paint (core/paint/, bar-chart.paint.ts) against the element that takes
 * it over, in one page: each case is painted while <dj-bar-chart> is not defined yet, its shadow
 * DOM recorded — every element with its attributes and text, its box, the marks' colours — then the
 * element is defined, upgrades, and the same record is taken of what it rendered. They must be
 * equal (the painted figure's `inert` aside): the paint is the element's first frame, drawn early.
 * The cases are real published tables (test/fixtures), zh-CN and en, 320 to 1280 px, light and dark.
 * Cases the painter must leave alone are checked to have no shadow root until the element draws.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { isPainted } from '../../../src/core/paint/mark.js';
import { paint, paintAll } from '../../../src/widgets/bar-chart/bar-chart.paint.js';

/** 2023年上半年江苏省设区市地区生产总值 (test/fixtures/gdp-jiangsu-2023h1.gbk.csv, 江苏省统计局). */
const JIANGSU: [string, string][] = [
  ['苏州市', '11458.4'], ['南京市', '8316.92'], ['无锡市', '7105.67'], ['南通市', '6032.4'], ['常州市', '4525.4'], ['徐州市', '4009.09'], ['扬州市', '3417.36'],
  ['盐城市', '3413.41'], ['泰州市', '3208.78'], ['镇江市', '2635.11'], ['淮安市', '2432.08'], ['连云港市', '1955.9'], ['宿迁市', '1920.57'],
];
/** 海州区 2021 targets from the article (/work/shared/seed, test/fixtures/haizhou-targets.txt), with their units as published. */
const HAIZHOU: [string, string][] = [
  ['新增规上工业企业', '15家'], ['新引进过亿元项目', '80个'], ['新引进过10亿元项目', '10个'], ['税收过千万元楼宇', '20幢'], ['城镇新增就业', '-'],
];
const HAIZHOU_EN: [string, string][] = [
  ['New industrial firms above scale', '15'], ['Industrial investment growth', '12%'], ['Projects over 100 million yuan', '80'], ['Projects over 1 billion yuan', '10'], ['Change in vacant office space', '-3.5'],
];

const table = (caption: string, head: [string, string], rows: [string, string][]): string =>
  `<table>${caption ? `<caption>${caption}</caption>` : ''}<tr><th>${head[0]}</th><th>${head[1]}</th></tr>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table>`;

interface Case {
  name: string;
  /** The wrapper's attributes and style (width, lang, the page's scheme). */
  wrap: string;
  attrs: string;
  body: string;
}

const PAINTED: Case[] = [
  {
    name: 'zh-CN, 640 px, sorted, highlighted, with notes, source link and credit',
    wrap: 'lang="zh-CN" style="width:640px"',
    // The unit as an attribute: a unit in the value header is read by the element only (below).
    attrs: 'sort="descending" highlight="连云港市" unit="亿元" notes="不含全省合计。" source="江苏省统计局" source-url="https://tj.jiangsu.gov.cn/" credit="数据新闻部"',
    body: table('2023年上半年江苏省设区市地区生产总值', ['地区', '地区生产总值'], JIANGSU),
  },
  {
    name: 'zh-CN, 320 px, units in the cells and a missing value',
    wrap: 'lang="zh-CN" style="width:320px"',
    attrs: 'heading="海州区2021年目标" subtitle="部分指标"',
    body: table('', ['指标', '目标'], HAIZHOU),
  },
  {
    name: 'en, 1280 px, vertical, a negative value, one decimal',
    wrap: 'lang="en" style="width:1280px"',
    attrs: 'orientation="vertical" decimals="1" unit="%" height="320"',
    body: table('Targets for 2021', ['Indicator', 'Target'], HAIZHOU_EN),
  },
  {
    name: 'en, 375 px, theme auto in a dark page, compact notation, no value labels',
    wrap: 'lang="en" style="width:375px; color-scheme: dark; background: #111; color: #eee"',
    attrs: 'notation="compact" no-values',
    body: table('GDP, first half of 2023 (100 million yuan)', ['City', 'GDP'], JIANGSU.slice(0, 6)),
  },
  {
    name: 'zh-CN, theme="dark", JSON data with a decimal comma',
    wrap: 'lang="zh-CN" style="width:560px"',
    attrs: 'theme="dark" decimal-comma label="地区" value="总值"',
    body: `<script type="application/json">${JSON.stringify([['地区', '总值'], ...JIANGSU.slice(0, 4).map(([a, b]) => [a, b.replace('.', ',')])])}</script>`,
  },
];

const LEFT_ALONE: Case[] = [
  { name: 'data from src=', wrap: 'style="width:480px"', attrs: 'src="/test/csp/data.csv"', body: table('', ['a', 'b'], [['x', '1']]) },
  { name: 'several series', wrap: 'style="width:480px"', attrs: 'eager', body: '<table><tr><th>市</th><th>2022</th><th>2023</th></tr><tr><td>苏州市</td><td>11000</td><td>11458.4</td></tr><tr><td>南京市</td><td>8000</td><td>8316.92</td></tr></table>' },
  { name: 'a row with a missing cell (a data error)', wrap: 'lang="zh-CN" style="width:480px"', attrs: '', body: '<table><tr><th>市</th><th>总值</th></tr><tr><td>苏州市</td><td>11458.4</td></tr><tr><td>南京市</td></tr></table>' },
  { name: 'far below the fold', wrap: 'style="width:480px; margin-top:6000px"', attrs: '', body: table('', ['市', '总值'], JIANGSU.slice(0, 3)) },
  { name: 'hidden', wrap: 'style="width:480px; display:none"', attrs: '', body: table('', ['市', '总值'], JIANGSU.slice(0, 3)) },
  // Total rows: the element leaves them out of the bars and notes them (bar-chart.totals.ts), which the paint, held to its budget, does not carry.
  // A unit in the value header (core/format/header-unit.ts): the element reads it, the paint (its bytes) does not.
  { name: 'a unit in the value header', wrap: 'lang="zh-CN" style="width:640px"', attrs: '', body: table('', ['地区', '地区生产总值（亿元）'], JIANGSU.slice(0, 4)) },
  { name: '全省 first, as published', wrap: 'lang="zh-CN" style="width:640px"', attrs: 'sort="descending"', body: table('2023年上半年江苏省设区市地区生产总值', ['地区', '地区生产总值（亿元）'], [['全省', '60465.3'], ...JIANGSU]) },
  { name: 'a Total row last', wrap: 'lang="en" style="width:375px"', attrs: '', body: table('', ['City', 'GDP'], [...JIANGSU.slice(0, 5), ['Total', '37438.79']]) },
  // The element lists these bars unranked (bar-chart.summary.ts), with a period reader the paint does not carry.
  // A growth column written with its words (NBS 2016: 上半年 国有控股企业 "下降0.2%"; 前三季度 1.0 …): figures the element reads
  // (core/data/worded.ts), the paint's bare typing does not — it would draw one series where the element draws two.
  { name: 'a column of figures in words beside another', wrap: 'lang="zh-CN" style="width:480px"', attrs: '', body: '<table><tr><th>类型</th><th>上半年</th><th>前三季度</th></tr><tr><td>国有控股企业</td><td>下降0.2%</td><td>1.0%</td></tr><tr><td>集体企业</td><td>增长2.6%</td><td>0.7%</td></tr><tr><td>股份制企业</td><td>增长7.2%</td><td>6.9%</td></tr><tr><td>外商及港澳台商投资企业</td><td>增长3.2%</td><td>4.2%</td></tr></table>' },
  // 2020's quarters as NBS wrote them (一季度 下降6.8%, 二季度 增长3.2%, 三季度 增长4.9%): the quarters are names,
  // not the figures 1, 2, 3 (quantity.ts), and the growth words are the element's to read.
  { name: 'quarters named in Chinese numerals beside growth in words', wrap: 'lang="zh-CN" style="width:480px"', attrs: '', body: table('', ['季度', '国内生产总值同比增长'], [['一季度', '下降6.8%'], ['二季度', '增长3.2%'], ['三季度', '增长4.9%']]) },
  { name: 'year-to-date spans (一季度 … 全年)', wrap: 'lang="zh-CN" style="width:480px"', attrs: '', body: table('', ['时期', '国内生产总值（亿元）'], [['一季度', '284997'], ['上半年', '593034'], ['前三季度', '913027'], ['全年', '1260582']]) },
];

type Record_ = { dom: string[]; boxes: string[]; colours: string[]; height: number };

/**
 * Every element under the root: tag, attributes (sorted, `inert` aside) and its own text, whitespace
 * collapsed. A link's `href` aside too: the paint draws the source link without it (its figure is
 * inert; the element writes it through core/url.ts, which the paint chunk does not carry) — the
 * test below holds that apart.
 */
function record(el: HTMLElement): Record_ {
  const root = el.shadowRoot!;
  const host = el.getBoundingClientRect();
  const dom: string[] = [];
  const boxes: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    const attrs = Array.from(node.attributes).filter((a) => a.name !== 'inert' && !(node.localName === 'a' && a.name === 'href')).map((a) => `${a.name}="${a.value}"`).sort();
    const text = Array.from(node.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
    dom.push(`<${node.localName} ${attrs.join(' ')}>${text}`);
    const r = node.getBoundingClientRect();
    boxes.push(`${node.localName} ${(r.x - host.x).toFixed(1)},${(r.y - host.y).toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
  }
  const cs = (n: Element | null): CSSStyleDeclaration | null => (n ? getComputedStyle(n) : null);
  const colours = [
    `host ${cs(el)!.color} / ${cs(el)!.backgroundColor}`,
    ...Array.from(root.querySelectorAll('rect.mark, text.label, text.value, .grid line, .title, footer p, footer a'), (n) => `${n.localName}.${n.getAttribute('class') ?? ''} ${cs(n)!.fill} ${cs(n)!.color}`),
  ];
  return { dom, boxes, colours, height: host.height };
}

const els: HTMLElement[] = [];
const alone: HTMLElement[] = [];
const painted: Record_[] = [];
const paintedOk: boolean[] = [];
/** Per painted case: its source link had an href (null: no link). */
const paintedLinks: (boolean | null)[] = [];
let taken: Record_[] = [];
const pictures: { inert: boolean; focused: boolean; tools: string }[] = [];
/** Three charts side by side, painted by one `paintAll` (reads and writes in phases). */
let trio: HTMLElement[] = [];
let trioPainted: HTMLElement[] = [];
let trioRecords: Record_[] = [];
let trioTaken: Record_[] = [];

function mount(c: Case): HTMLElement {
  const wrap = document.createElement('div');
  // Test markup of our own making: the painter's input is the element's light DOM, as an editor writes it.
  wrap.innerHTML = `<div ${c.wrap}><dj-bar-chart ${c.attrs}>${c.body}</dj-bar-chart></div>`;
  document.body.append(wrap);
  return wrap.querySelector('dj-bar-chart')!;
}

describe('the bar chart\'s first paint', function () {
  this.timeout(20000);

  before(async () => {
    expect(customElements.get('dj-bar-chart'), 'this page defines the element only after painting').to.equal(undefined);
    for (const c of PAINTED) els.push(mount(c));
    for (const c of LEFT_ALONE) alone.push(mount(c));
    // Set by a script before the element is defined: Lit takes the value over; the painter leaves it.
    const scripted = mount({ name: 'own .data', wrap: 'style="width:480px"', attrs: 'eager', body: table('', ['市', '总值'], JIANGSU.slice(0, 2)) });
    (scripted as unknown as { data: unknown }).data = [{ 市: '甲', 总值: 1 }];
    alone.push(scripted);
    // Each within reach of the viewport when it is painted, as an article's chart is.
    for (const el of els) {
      el.scrollIntoView();
      paintedOk.push(paint(el));
    }
    scrollTo(0, 0);
    const row = document.createElement('div');
    row.style.cssText = 'display:flex; gap:8px; width:960px';
    row.lang = 'zh-CN';
    document.body.prepend(row);
    trio = [0, 1, 2].map((i) => {
      const el = document.createElement('dj-bar-chart');
      el.style.flex = '1';
      // Test markup of our own making (the three cities' rows), as an editor writes a table.
      el.setAttribute('unit', '亿元');
      el.innerHTML = table(`第 ${i + 1} 组`, ['地区', '总值'], JIANGSU.slice(i * 4, i * 4 + 4));
      row.append(el);
      return el;
    });
    trioPainted = paintAll(trio);
    trioRecords = trio.map((el) => (el.shadowRoot ? record(el) : ({} as Record_)));
    for (const el of alone) expect(paint(el)).to.equal(false);
    await new Promise((r) => requestAnimationFrame(r));
    expect(paintedOk, 'every case painted').to.deep.equal(PAINTED.map(() => true));
    for (const el of els) painted.push(record(el));
    for (const el of els) paintedLinks.push(el.shadowRoot!.querySelector('footer a')?.hasAttribute('href') ?? null);
    for (const el of els) {
      const root = el.shadowRoot!;
      root.querySelector<SVGGElement>('g.bar[tabindex="0"]')?.focus();
      pictures.push({ inert: root.querySelector('figure')!.inert, focused: root.activeElement !== null, tools: getComputedStyle(root.querySelector('.tools')!).visibility });
    }
    await import('../../../src/widgets/bar-chart/bar-chart.define.js');
    const all = [...els, ...alone] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(all.map((el) => el.updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
    taken = els.map(record);
    trioTaken = trio.map(record);
  });

  it('the source link is drawn without its href until the element writes it through the URL policy', () => {
    expect(paintedLinks[0], 'the painted link').to.equal(false);
    expect(els[0]!.shadowRoot!.querySelector('footer a')!.getAttribute('href')).to.equal('https://tj.jiangsu.gov.cn/');
  });

  PAINTED.forEach((c, i) => {
    it(`${c.name}: painted as the element draws it, then taken over`, () => {
      expect(paintedOk[i], 'painted').to.equal(true);
      const p = painted[i]!;
      const t = taken[i]!;
      expect(p.dom.filter((d) => d.startsWith('<g ') && d.includes('class="bar')).length, 'bars painted').to.be.greaterThan(1);
      expect(p.dom).to.deep.equal(t.dom);
      expect(p.boxes).to.deep.equal(t.boxes);
      expect(p.colours).to.deep.equal(t.colours);
      expect(p.height, 'the same height: nothing below moves').to.equal(t.height);
      // Taken over: the element's own root now, live (no longer inert), still one figure.
      const root = els[i]!.shadowRoot!;
      expect(root.querySelectorAll('figure').length).to.equal(1);
      expect(root.querySelector('figure')!.inert).to.equal(false);
      expect(isPainted(els[i]!)).to.equal(true);
    });
  });

  it('the painted chart is a picture: inert, nothing focusable, its tools holding their room unseen', () => {
    for (const [i, p] of pictures.entries()) expect(p, PAINTED[i]!.name).to.deep.equal({ inert: true, focused: false, tools: 'hidden' });
  });

  it('paints several charts in one call, each as the element draws it', () => {
    expect(trioPainted).to.deep.equal(trio);
    trio.forEach((_, i) => {
      expect(trioRecords[i]!.dom, `chart ${i + 1}`).to.deep.equal(trioTaken[i]!.dom);
      expect(trioRecords[i]!.boxes, `chart ${i + 1}`).to.deep.equal(trioTaken[i]!.boxes);
    });
  });

  it('stands aside once the element is defined', () => {
    const el = mount({ name: 'late', wrap: 'lang="zh-CN" style="width:480px"', attrs: '', body: table('', ['市', '总值'], JIANGSU.slice(0, 3)) });
    expect(paint(el)).to.equal(false);
    el.parentElement!.parentElement!.remove();
  });

  LEFT_ALONE.forEach((c, i) => {
    it(`leaves ${c.name} to the element`, () => {
      const el = alone[i]!;
      expect(isPainted(el)).to.equal(false);
    });
  });

  it('a data error is the element\'s to show: located, bilingual, in its place', async () => {
    const el = alone[2]!;
    await waitUntil(() => el.shadowRoot?.querySelector('.status.error'), 'no error shown', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.status.error')!.textContent).to.match(/第 2 行/);
    expect(el.shadowRoot!.querySelectorAll('g.bar').length).to.equal(0);
  });

  it('the element draws what the painter left alone: several series, own .data', () => {
    expect(alone[1]!.shadowRoot!.querySelectorAll('g.bar').length).to.equal(4);
    expect(alone[alone.length - 1]!.shadowRoot!.querySelectorAll('g.bar').length).to.equal(1);
  });
});
