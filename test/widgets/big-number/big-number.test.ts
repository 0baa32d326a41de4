import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/big-number/big-number.define.js';
import type { DjBigNumber } from '../../../src/widgets/big-number/big-number.js';
import { countUpText, easeOut, layoutBigNumbers } from '../../../src/widgets/big-number/big-number.layout.js';
import { PROJECTS } from '../../../src/data/haizhou-2021.js';
import { shadow, statusText, captureConsole } from '../../helpers/widgets.js';

const numbers = (el: DjBigNumber): string[] => Array.from(shadow(el).querySelectorAll('.number .final')).map((n) => n.textContent.trim());

async function big(html: string, count = 1): Promise<DjBigNumber> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px">${html}</div>`);
  const el = wrap.querySelector('dj-big-number')!;
  await waitUntil(() => numbers(el).length === count, 'figures never drew', { timeout: 4000 });
  return el;
}

/** Replaces matchMedia so the reduced-motion query answers `reduce`; returns the restore. */
function stubMotion(allowed: boolean): () => void {
  const saved = Object.getOwnPropertyDescriptor(window, 'matchMedia')!;
  const original = window.matchMedia.bind(window);
  window.matchMedia = ((q: string) => {
    if (!q.includes('prefers-reduced-motion')) return original(q);
    const reduce = /:\s*reduce/.test(q);
    return { matches: reduce ? !allowed : allowed, media: q, onchange: null, addEventListener: () => {}, removeEventListener: () => {} } as unknown as MediaQueryList;
  });
  return () => {
    Object.defineProperty(window, 'matchMedia', saved);
  };
}

describe('big-number layout', () => {
  it('writes the figure in the reader’s locale and splits it around its number', () => {
    const s = layoutBigNumbers([{ label: '总投资', value: 4.1e8, unit: '元' }], { locale: 'zh-CN', source: '', date: '' });
    expect(s.figures[0]).to.deep.include({ text: '4.1亿元', before: '', number: '4.1', after: '亿元', divisor: 1e8, decimals: 1 });
    expect(s.summary).to.equal('总投资 4.1亿元。');
    const en = layoutBigNumbers([{ label: 'Investment', value: 8e7, unit: '美元', prefix: '≥' }], { locale: 'en', source: '', date: '' });
    expect(en.figures[0]).to.deep.include({ text: '≥ US$80 million', before: '≥ US$', number: '80', after: ' million' });
  });

  it('counts up in the final notation, never changing scale word', () => {
    const [f] = layoutBigNumbers([{ label: '', value: 4.1e8, unit: '元' }], { locale: 'zh-CN', source: '', date: '' }).figures;
    expect([0, 0.5, 0.99, 1].map((t) => countUpText(f!, 4.1e8, t, 'zh-CN'))).to.deep.equal(['0.0亿元', '2.1亿元', '4.1亿元', '4.1亿元']);
    expect(easeOut(0)).to.equal(0);
    expect(easeOut(1)).to.equal(1);
    expect(easeOut(0.5)).to.equal(0.875);
  });

  it('compares with an earlier period or a target, with sign, arrow and words', () => {
    const s = layoutBigNumbers(
      [
        { label: '总投资', value: 4.1e8, unit: '元', previous: 3.6e8, previousLabel: '2020年' },
        { label: '增速', value: 8.5, unit: '%', target: 12 },
        { label: '持平', value: 5, unit: '个', previous: 5 },
      ],
      { locale: 'zh-CN', source: '连网', date: '2021-01-15' },
    );
    expect(s.figures.map((f) => f.comparison)).to.deep.equal([
      { arrow: '▲', direction: 'rise', amount: '+13.9%', against: '较2020年', words: '比2020年增长13.9%' },
      { arrow: '▼', direction: 'fall', amount: '-3.5个百分点', against: '较目标', words: '比目标低3.5个百分点' },
      { arrow: '=', direction: 'flat', amount: '0%', against: '较上期', words: '与上期持平' },
    ]);
    const en = layoutBigNumbers([{ label: 'Investment', value: 4.1e8, unit: '元', target: 4.5e8, quote: '该项目总投资4.1亿元' }], { locale: 'en', source: 'lyg01', date: '2021-01-15' });
    expect(en.figures[0]!.comparison!.words).to.equal('40 million yuan below target');
    expect(en.figures[0]!.provenance).to.deep.equal({ prefix: 'Source text', text: '“该项目总投资4.1亿元” (lyg01, 2021-01-15)' });
    expect(en.summary).to.equal('Investment: 410 million yuan, 40 million yuan below target.');
  });
});

describe('<dj-big-number>', () => {
  let restore = (): void => {};
  afterEach(() => restore());

  it('takes the figure from attributes when there is no data', async () => {
    restore = stubMotion(false);
    const el = await big('<dj-big-number lang="zh-CN" value="4.1亿元" label="总投资" previous="3.6亿元" previous-label="2020年"></dj-big-number>');
    expect(numbers(el)).to.deep.equal(['4.1亿元']);
    expect(shadow(el).querySelector('.label')!.textContent).to.equal('总投资');
    const cmp = shadow(el).querySelector('.comparison')!;
    expect(cmp.classList.contains('rise')).to.equal(true);
    expect(getComputedStyle(cmp).color).to.equal('rgb(207, 34, 46)');
    expect(cmp.querySelector('.sr-only')!.textContent).to.equal('比2020年增长13.9%');
    el.lang = 'en';
    await waitUntil(() => numbers(el)[0] === '410 million yuan');
    expect(getComputedStyle(shadow(el).querySelector('.comparison')!).color).to.equal('rgb(26, 127, 55)');
  });

  it('draws 江苏联宇’s four figures from the dataset fed as .data, with provenance', async () => {
    restore = stubMotion(false);
    const wrap = await fixture<HTMLDivElement>('<div style="width:640px"><dj-big-number lang="zh-CN" source="连网" date="2021-01-15"></dj-big-number></div>');
    const b = wrap.querySelector('dj-big-number')!;
    b.data = PROJECTS[3]!.figures.slice(0, 4).map((f) => ({ ...f }));
    await waitUntil(() => numbers(b).length === 4);
    expect(numbers(b)).to.deep.equal(['4.1亿元', '1.85万平方米', '2万件', '1.8亿元']);
    const details = shadow(b).querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('原文');
    expect(details.textContent.replace('原文', '')).to.equal('“该项目总投资4.1亿元”（连网，2021-01-15）');
    expect(shadow(b).querySelector('#summary')!.textContent).to.equal('总投资 4.1亿元；总建筑面积 1.85万平方米；年产医疗器械 2万件；年产值 1.8亿元。');
    await expect(b).to.be.accessible();
  });

  it('reads a light-DOM table', async () => {
    restore = stubMotion(false);
    const el = await big(`<dj-big-number lang="zh-CN"><table><tr><th>指标</th><th>数值</th></tr>
      <tr><td>总投资</td><td>4.1亿元</td></tr><tr><td>年产值</td><td>1.8亿元</td></tr></table></dj-big-number>`, 2);
    expect(numbers(el)).to.deep.equal(['4.1亿元', '1.8亿元']);
  });

  it('never counts up under reduced motion: the final figure is there from the start', async () => {
    restore = stubMotion(false);
    const el = await big('<dj-big-number lang="zh-CN" value="4.1亿元" label="总投资"></dj-big-number>');
    await new Promise((r) => setTimeout(r, 150));
    expect(el.counting).to.equal(false);
    expect(shadow(el).querySelector('.ticker')).to.equal(null);
    expect(shadow(el).querySelector('.final')!.classList.contains('hidden')).to.equal(false);
  });

  it('counts up once when seen, if motion is allowed, with the final figure in the DOM throughout', async () => {
    restore = stubMotion(true);
    const el = await big('<dj-big-number lang="zh-CN" value="4.1亿元" label="总投资"></dj-big-number>');
    await waitUntil(() => el.counting, 'never started counting', { timeout: 2000 });
    await el.updateComplete;
    expect(shadow(el).querySelector('.final')!.textContent).to.equal('4.1亿元');
    expect(shadow(el).querySelector('.ticker')!.getAttribute('aria-hidden')).to.equal('true');
    await waitUntil(() => !el.counting, 'never finished', { timeout: 3000 });
    await el.updateComplete;
    expect(shadow(el).querySelector('.ticker')).to.equal(null);
    expect(el.inView.observing).to.equal(false);
  });

  it('releases its observer on removal', async () => {
    restore = stubMotion(false);
    const wrap = await fixture<HTMLDivElement>('<div style="width:640px;margin-top:3000px"><dj-big-number value="12" label="x"></dj-big-number></div>');
    const el = wrap.querySelector('dj-big-number')!;
    await waitUntil(() => el.inView.observing);
    el.remove();
    expect(el.inView.observing).to.equal(false);
  });

  it('shows a visible error for a value that is not a number', async () => {
    restore = stubMotion(false);
    const log = captureConsole('error');
    try {
      const wrap = await fixture<HTMLDivElement>('<div style="width:640px"><dj-big-number lang="zh-CN" value="许多" label="x"></dj-big-number></div>');
      const el = wrap.querySelector('dj-big-number')!;
      await waitUntil(() => shadow(el).querySelector('.status.error'));
      expect(statusText(el)).to.equal('无法显示图表 第 1 行：“value”列的“许多”不是数字。');
    } finally {
      log.restore();
    }
  });
});
