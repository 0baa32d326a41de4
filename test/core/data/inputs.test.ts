/** The four data inputs, their precedence, and every kind of bad input, through a real widget. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { bars, captureConsole, drawn, errored, shadow, statusText, valueTexts } from '../../helpers/widgets.js';

const labels = (el: DjBarChart): string[] => bars(el).map((b) => b.querySelector('text.label')!.textContent);

async function mount(markup: string): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:600px" lang="zh-CN">${markup}</div>`);
  return wrap.querySelector('dj-bar-chart')!;
}

describe('data inputs', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole('error')));
  afterEach(() => log.restore());

  it('reads a light-DOM table: header → columns, caption → title', async () => {
    const el = await mount(`<dj-bar-chart><table><caption>标题</caption><thead><tr><th>名称</th><th>数值</th></tr></thead>
      <tbody><tr><td>甲</td><td>1,234</td></tr><tr><td>乙</td><td>１２％</td></tr></tbody></table></dj-bar-chart>`);
    await drawn(el, 2);
    expect(labels(el)).to.deep.equal(['甲', '乙']);
    expect(valueTexts(el)).to.deep.equal(['1234', '12%']);
    expect(shadow(el).querySelector('.title')!.textContent).to.equal('标题');
  });

  it('reads a JSON script, which wins over a fallback table', async () => {
    const el = await mount(`<dj-bar-chart><script type="application/json">[{"k":"json","v":"4.1亿元"}]</script>
      <table><tr><th>k</th><th>v</th></tr><tr><td>table</td><td>1</td></tr></table></dj-bar-chart>`);
    await drawn(el, 1);
    expect(labels(el)).to.deep.equal(['json']);
    expect(valueTexts(el)).to.deep.equal(['4.1亿元']);
  });

  it('fetches a CSV src (which wins over the table) and a JSON src', async () => {
    const el = await mount(`<dj-bar-chart src="/test/fixtures/projects.csv"><table><tr><th>k</th><th>v</th></tr><tr><td>fallback</td><td>1</td></tr></table></dj-bar-chart>`);
    await drawn(el, 2);
    expect(labels(el)).to.deep.equal(['新引进过亿元项目', '新引进过10亿元项目']);
    el.src = '/test/fixtures/small.json';
    await waitUntil(() => labels(el)[0] === 'x');
    expect(valueTexts(el)).to.deep.equal(['1.85万', '4000']);
  });

  it('takes the .data property over everything else', async () => {
    const el = await mount(`<dj-bar-chart src="/test/fixtures/projects.csv"></dj-bar-chart>`);
    await drawn(el, 2);
    el.data = [{ name: 'a', n: 3 }];
    await drawn(el, 1);
    expect(labels(el)).to.deep.equal(['a']);
    el.data = undefined;
    await drawn(el, 2);
  });

  it('chooses columns by the label and value attributes, and lists the columns when one is unknown', async () => {
    const el = await mount(`<dj-bar-chart label="B" value="C"><table><tr><th>A</th><th>B</th><th>C</th></tr>
      <tr><td>1</td><td>x</td><td>5</td></tr></table></dj-bar-chart>`);
    await drawn(el, 1);
    expect(labels(el)).to.deep.equal(['x']);
    expect(valueTexts(el)).to.deep.equal(['5']);
    el.value = '目标';
    expect(await errored(el)).to.equal('无法显示图表 没有名为“目标”的列；现有的列：“A”、“B”、“C”。');
    expect(bars(el)).to.have.length(1);
  });

  it('reports malformed JSON with its line and column, logs it once, and keeps nothing half-drawn', async () => {
    const el = await mount(`<dj-bar-chart><script type="application/json">[
  {"a": 1,}
]</script></dj-bar-chart>`);
    const text = await errored(el);
    expect(text).to.match(/^无法显示图表 JSON 格式有误（第 2 行第 11 列）/);
    expect(log.calls).to.have.length(1);
    expect(String(log.calls[0]![0])).to.contain('<dj-bar-chart>: Invalid JSON at line 2, column 11');
    el.requestUpdate();
    await el.updateComplete;
    expect(log.calls).to.have.length(1);
  });

  it('refuses a CSV with a ragged row, naming its line', async () => {
    const el = await mount(`<dj-bar-chart src="/test/fixtures/ragged.csv"></dj-bar-chart>`);
    expect(await errored(el)).to.equal('无法显示图表 第 3 行有 3 个字段，表头有 2 个。');
  });

  it('says an empty table is empty', async () => {
    const el = await mount(`<dj-bar-chart><table><tr><th>k</th><th>v</th></tr></table></dj-bar-chart>`);
    await waitUntil(() => statusText(el) === '没有可显示的数据');
    expect(bars(el)).to.have.length(0);
  });

  it('reports a 404 src and a web page served instead of data', async () => {
    const el = await mount(`<dj-bar-chart src="/test/fixtures/missing.csv"></dj-bar-chart>`);
    expect(await errored(el)).to.equal('无法显示图表 无法加载 /test/fixtures/missing.csv：HTTP 404 Not Found。');
    el.src = '/test/fixtures/page.html';
    await waitUntil(() => statusText(el).includes('page.html'));
    expect(statusText(el)).to.equal('无法显示图表 /test/fixtures/page.html 返回的是网页，不是 CSV 或 JSON。');
    el.lang = 'en';
    await waitUntil(() => statusText(el).startsWith('This chart'));
    expect(statusText(el)).to.equal('This chart could not be drawn /test/fixtures/page.html returned a web page, not CSV or JSON.');
  });

  it('keeps the last good chart on screen when new data is bad', async () => {
    const el = await mount(`<dj-bar-chart></dj-bar-chart>`);
    el.data = [{ k: 'a', v: 1 }, { k: 'b', v: 2 }];
    await drawn(el, 2);
    el.data = [{ k: 'a', v: 'lots' }, { k: 'b', v: 2 }];
    expect(await errored(el)).to.equal('无法显示图表 第 1 行：“v”列的“lots”不是数字。');
    expect(labels(el)).to.deep.equal(['a', 'b']);
    el.data = 'nonsense';
    await waitUntil(() => statusText(el).includes('数据应为由行组成的数组'));
    expect(labels(el)).to.deep.equal(['a', 'b']);
  });

  it('re-reads the table when the page changes it', async () => {
    const el = await mount(`<dj-bar-chart><table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table></dj-bar-chart>`);
    await drawn(el, 1);
    const row = document.createElement('tr');
    row.append(Object.assign(document.createElement('td'), { textContent: 'b' }), Object.assign(document.createElement('td'), { textContent: '2' }));
    el.querySelector('tbody')!.append(row);
    await drawn(el, 2);
  });

  it('never lets a stale response win, and aborts the request when removed', async () => {
    const realFetch = window.fetch.bind(window);
    const pending: Array<{ url: string; signal: AbortSignal; resolve: (r: Response) => void }> = [];
    window.fetch = ((url: string, init: RequestInit) =>
      new Promise<Response>((resolve) => pending.push({ url, signal: init.signal!, resolve }))) as typeof fetch;
    try {
      const el = await mount(`<dj-bar-chart src="/old.csv"></dj-bar-chart>`);
      await waitUntil(() => pending.length === 1);
      el.src = '/new.csv';
      await waitUntil(() => pending.length === 2);
      expect(pending[0]!.signal.aborted).to.equal(true);
      pending[1]!.resolve(new Response('k,v\nnew,2\n', { headers: { 'content-type': 'text/csv' } }));
      await drawn(el, 1);
      pending[0]!.resolve(new Response('k,v\nold,1\n', { headers: { 'content-type': 'text/csv' } }));
      await new Promise((r) => setTimeout(r, 20));
      expect(labels(el)).to.deep.equal(['new']);
      el.src = '/slow.csv';
      await waitUntil(() => pending.length === 3);
      el.remove();
      expect(pending[2]!.signal.aborted).to.equal(true);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('treats __proto__ keys as ordinary columns', async () => {
    const el = await mount(`<dj-bar-chart label="__proto__"><script type="application/json">[{"__proto__":"p","v":1}]</script></dj-bar-chart>`);
    await drawn(el, 1);
    expect(labels(el)).to.deep.equal(['p']);
    expect(({} as Record<string, unknown>)['v']).to.equal(undefined);
  });
});
