/**
 * The editor's path: a page that has nothing but a classic <script src="dj-widgets.js"> and
 * markup. Runs the built bundle (npm test builds it first) in an iframe, as a page would.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Frame {
  doc: Document;
  win: Window & { __warnings?: string[] };
}

async function page(body: string, scripts: string[]): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '640px';
  iframe.style.height = '480px';
  // Classic scripts only: no type=module anywhere. An inline script first records warnings.
  iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
    <script>window.__warnings=[];const w=console.warn;console.warn=(...a)=>{window.__warnings.push(a.join(' '));w(...a)};</script>
    ${scripts.map((s) => `<script src="${s}"></script>`).join('')}</head><body>${body}</body></html>`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as Frame['win'] };
}

const chart = `<dj-bar-chart><table><caption>2021年招商引资目标</caption><tr><th>项目</th><th>目标</th></tr>
  <tr><td>新引进过亿元项目</td><td>80个</td></tr><tr><td>新引进过10亿元项目</td><td>10个</td></tr></table></dj-bar-chart>`;

function barCount(doc: Document): number {
  return doc.querySelector('dj-bar-chart')?.shadowRoot?.querySelectorAll('g.bar').length ?? 0;
}

describe('the script-tag bundle', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => {
      f.remove();
    });
  });

  it('draws the bars from a plain <script src> and markup', async () => {
    const { doc } = await page(chart, [`${location.origin}/dist/dj-widgets.js`]);
    await waitUntil(() => barCount(doc) === 2, 'bars never drew from the bundle', { timeout: 5000 });
    const values = Array.from(doc.querySelector('dj-bar-chart')!.shadowRoot!.querySelectorAll('text.value')).map((t) => t.textContent);
    expect(values).to.deep.equal(['80个', '10个']);
  });

  it('loaded twice, keeps working and warns once', async () => {
    const src = `${location.origin}/dist/dj-widgets.js`;
    const { doc, win } = await page(chart, [src, `${src}?again`]);
    await waitUntil(() => barCount(doc) === 2, 'bars never drew', { timeout: 5000 });
    const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    expect(win.__warnings).to.deep.equal([`dj-widgets ${version} was loaded twice on this page; the second copy is ignored.`]);
  });

  it('with an older version already on the page, keeps the first and names both', async () => {
    const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    // The older copy is the one-file bundle (a blob has no folder to load chunks from); the
    // loader's chunks then meet its elements and stand aside.
    const code = await (await fetch('/dist/dj-widgets.all.js')).text();
    // The minifier may quote the version with any of " ' `: make this copy say 0.0.9.
    const quoted = new RegExp(`(["'\`])${version.replace(/\./g, '\\.')}\\1`, 'g');
    expect(quoted.test(code), 'the bundle carries its version').to.equal(true);
    const older = URL.createObjectURL(new Blob([code.replace(quoted, '$10.0.9$1')], { type: 'text/javascript' }));
    const { doc, win } = await page(chart, [older, `${location.origin}/dist/dj-widgets.js`]);
    await waitUntil(() => barCount(doc) === 2, 'bars never drew', { timeout: 5000 });
    await waitUntil(() => (win.__warnings?.length ?? 0) > 0, 'no warning', { timeout: 5000 });
    expect(win.__warnings).to.deep.equal([
      `dj-widgets ${version} was loaded on a page that already has dj-widgets 0.0.9; keeping 0.0.9, ignoring ${version}.`,
    ]);
    URL.revokeObjectURL(older);
  });
});
