/**
 * Strict pages, the rest of the library: the hosted embed page and the builder run under the
 * documented policy with zero violations (the server collects them through report-uri, so even
 * one during parsing counts), and every export of every widget works on a strict page — SVG under
 * the policy as documented, PNG with the one addition it needs (`img-src 'self' blob:`).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface StrictWindow extends Window {
  __violations: Array<{ directive: string; blocked: string; sample: string; element: string }>;
  __errors: string[];
}

async function load(url: string, height = 600): Promise<{ doc: Document; win: StrictWindow }> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = `${height}px`;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.src = url;
  document.body.append(iframe);
  await loaded;
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as StrictWindow };
}

/** The violations the server was sent since the last call (report-uri bodies). */
async function reports(): Promise<string[]> {
  // Reports are posted after the fact: give them a moment to arrive.
  await new Promise((r) => setTimeout(r, 400));
  return (await (await fetch('/__csp-reports')).json()) as string[];
}

const b64url = (s: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('strict pages: embed page, builder, exports', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the hosted embed page draws with zero violations', async () => {
    await reports();
    const data = b64url(JSON.stringify([{ 项目: '新引进过亿元项目', 目标: 80 }, { 项目: '过10亿元项目', 目标: 10 }]));
    const res = await fetch('/demo/embed/index.html?strict');
    expect(res.headers.get('content-security-policy')).to.include("style-src 'self'");
    const { doc } = await load(`/demo/embed/index.html?strict&widget=bar-chart&heading=strict#data=${data}`);
    await waitUntil(() => doc.querySelector('dj-bar-chart')?.shadowRoot?.querySelectorAll('g.bar').length === 2, 'the embed never drew', { timeout: 15000 });
    // Its own styles arrived (from the stylesheet file, not an inline element).
    expect(getComputedStyle(doc.body).display).to.equal('flow-root');
    expect(await reports()).to.deep.equal([]);
  });

  it('the builder runs, reads a table and previews it with zero violations', async () => {
    await reports();
    const { doc } = await load('/demo/builder.html?strict', 900);
    await waitUntil(() => doc.querySelector('#djb-input'), 'the builder never started', { timeout: 20000 });
    const input = doc.querySelector<HTMLTextAreaElement>('#djb-input')!;
    input.value = '项目\t目标\n新引进过亿元项目\t80\n过10亿元项目\t10\n';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => doc.querySelector('#djb-table'), 'the table never showed', { timeout: 15000 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(getComputedStyle(doc.body).margin).to.equal('0px');
    expect(await reports()).to.deep.equal([]);
  });

  for (const [policy, query, actions] of [
    ['the documented policy', '', ['svg']],
    ["the policy plus img-src 'self' blob:", '?img-blob', ['svg', 'png', 'wechat']],
  ] as const) {
    it(`every widget's exports (${actions.join(', ')}) work under ${policy}, zero violations`, async () => {
      const { doc, win } = await load(`/test/csp/page.html${query}`);
      const saved: string[] = [];
      // The download link is recorded, not followed.
      (win as unknown as { HTMLAnchorElement: typeof HTMLAnchorElement }).HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push(this.download);
      };
      // Every widget with the base frame's footer tools (dj-figures has no export menu).
      // The loader defines the widgets as their chunks arrive: wait for all; their common base is the bar chart's parent class.
      const tags = [...new Set(Array.from(doc.querySelectorAll('*'), (e) => e.localName).filter((t) => t.startsWith('dj-')))];
      await waitUntil(() => tags.every((t) => win.customElements.get(t)), 'not every widget was defined', { timeout: 15000 });
      const base = Object.getPrototypeOf(win.customElements.get('dj-bar-chart')!) as CustomElementConstructor;
      const els = Array.from(doc.querySelectorAll('*')).filter((e) => e.localName.startsWith('dj-') && e instanceof base);
      expect(els.length).to.be.at.least(7);
      for (const el of els) {
        el.scrollIntoView();
        await waitUntil(() => el.shadowRoot?.querySelector('.export-button'), `${el.id}: no export button`, { timeout: 8000 });
        for (const action of actions) {
          const before = saved.length;
          el.shadowRoot!.querySelector<HTMLButtonElement>('.export-button')!.click();
          // The menu's code loads on the button's first use: wait for the menu itself, open.
          await waitUntil(() => el.shadowRoot!.querySelector('#export-menu')?.hasAttribute('hidden') === false, `${el.id}: menu never opened`, { timeout: 8000 });
          el.shadowRoot!.querySelector<HTMLButtonElement>(`.export-item[data-action="${action}"]`)!.click();
          await waitUntil(() => saved.length > before || /fail|失败|could not|无法/i.test(el.shadowRoot!.querySelector('.export-status')?.textContent ?? ''), `${el.id}: ${action} never finished`, { timeout: 15000 });
          expect(saved.length, `${el.id} ${action}: ${el.shadowRoot!.querySelector('.export-status')?.textContent ?? ''}`).to.equal(before + 1);
          expect(saved.at(-1), `${el.id} ${action} file name`).to.match(new RegExp(`\\.${action === 'svg' ? 'svg' : 'png'}$`));
          // The file is named after the drawing's <title> (read without DOMParser).
          if (el.id === 'bar') expect(saved.at(-1)).to.match(/^2021年招商引资目标\./);
        }
      }
      expect(win.__errors, 'uncaught errors').to.deep.equal([]);
      expect(win.__violations, 'CSP / Trusted Types violations').to.deep.equal([]);
    });
  }
});
