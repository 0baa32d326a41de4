/**
 * Every code block of the docs, run (#19): the Markdown sources in docs/<lang>/ are read as the
 * site build reads them (scripts/docs-blocks.mjs) and each block is executed in this page —
 * html drawn and every dj-* element in it checked for a finished drawing without an error, js
 * run as a module (with the page's html examples in the page), css applied to a widget and each
 * custom property it sets checked on the widget, framework excerpts found word for word in the
 * typed consumer project `npm test` type-checks, sh commands found in package.json, and embed
 * markup opened as the embed page it points at. The README's blocks are run the same way. Node's blocks (`js node`) and the CDN line run
 * in test/e2e/docs.e2e.mjs and test/e2e/release.e2e.mjs.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { codeBlocks, liveMarkup, moduleScripts, rewriteImports, type DocBlock } from '../../scripts/docs-blocks.mjs';

interface Site {
  languages: { code: string }[];
  pages: { slug: string; tag?: string }[];
}
interface Widget extends HTMLElement {
  status?: string;
  updateComplete: Promise<boolean>;
}

const text = async (url: string): Promise<string> => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
};
const site = JSON.parse(await text('/docs/pages.json')) as Site;
const pkg = JSON.parse(await text('/package.json')) as { scripts: Record<string, string>; bin: Record<string, string> };
const pages = [
  ...(await Promise.all(
    site.languages.flatMap(({ code }) =>
      site.pages.map(async ({ slug }) => ({ lang: code, slug, blocks: codeBlocks(await text(`/docs/${code}/${slug}.md`)) })),
    ),
  )),
  // The README is the docs' front door: its examples run too.
  { lang: 'repo', slug: 'README', blocks: codeBlocks(await text('/README.md')) },
];

/** `dj-widgets…` as the sources the package is built from (the same module URLs this test loaded). */
function resolve(subpath: string): string {
  const name = subpath.replace(/^\//, '');
  const file =
    name === '' ? 'src/index.ts' : name === 'extract' ? 'src/extract/index.ts' : name === 'hydrate' ? 'src/hydrate.ts' : `src/widgets/${name}/${name}.ts`;
  return new URL(`/${file}`, location.origin).href;
}

/** Waits for every dj-* element under `root` to finish, and returns the ones that did not draw. */
async function undrawn(root: ParentNode): Promise<string[]> {
  const els = [...root.querySelectorAll<Widget>('*')].filter((e) => e.localName.startsWith('dj-'));
  expect(els.length, 'the block holds a widget').to.be.greaterThan(0);
  const bad: string[] = [];
  for (const el of els) {
    expect(customElements.get(el.localName), `${el.localName} is a registered element`).to.not.equal(undefined);
    if (el.status === undefined) {
      // <dj-figures> has no status: it is drawn when its text is, with no loading or error message.
      await el.updateComplete;
      const ok = (el.shadowRoot?.querySelectorAll('p, mark').length ?? 0) > 0 && !el.shadowRoot?.querySelector('[part~="status"]');
      if (!ok) bad.push(`${el.localName}: not drawn, or showing a message`);
      continue;
    }
    const t0 = performance.now();
    while (el.status !== 'ready' && el.status !== 'error' && performance.now() - t0 < 5000) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
    }
    await el.updateComplete;
    const drawn = (el.shadowRoot?.querySelectorAll('svg, [part], li, mark').length ?? 0) > 0;
    if (el.status !== 'ready' || !drawn) bad.push(`${el.localName}: status ${el.status}${drawn ? '' : ', nothing drawn'}`);
  }
  return bad;
}

/** Runs `fn` and fails on any console error or warning, or uncaught error, meanwhile. */
async function quietly(fn: () => Promise<void>): Promise<void> {
  const said: string[] = [];
  const { error, warn } = console;
  console.error = (...a: unknown[]) => said.push(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => said.push(a.map(String).join(' '));
  const onError = (e: ErrorEvent) => said.push(String(e.error ?? e.message));
  addEventListener('error', onError);
  try {
    await fn();
  } finally {
    console.error = error;
    console.warn = warn;
    removeEventListener('error', onError);
  }
  expect(said, 'console errors and warnings').to.deep.equal([]);
}

async function runModule(code: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([rewriteImports(code, resolve)], { type: 'text/javascript' }));
  try {
    await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function mount(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.style.width = '640px';
  box.innerHTML = liveMarkup(markup); // the docs' own markup, exactly as the docs site shows it
  document.body.append(box);
  return box;
}

const cases: Record<DocBlock['kind'], (b: DocBlock, page: (typeof pages)[number]) => Promise<void>> = {
  async html(b, page) {
    // A block with no widget of its own (the long-image button) works on the page's widgets.
    const others = /<dj-/.test(b.text) ? [] : page.blocks.filter((x) => x.kind === 'html' && x !== b).map((x) => x.text);
    const box = mount([...others, b.text].join('\n'));
    try {
      await quietly(async () => {
        for (const code of moduleScripts(b.text)) await runModule(code);
        expect(await undrawn(box)).to.deep.equal([]);
      });
    } finally {
      box.remove();
    }
  },
  async js(b, page) {
    // The block talks to the widgets the same page shows: those are in the page first.
    const box = mount(page.blocks.filter((x) => x.kind === 'html').map((x) => x.text).join('\n'));
    try {
      await quietly(async () => {
        if (box.childElementCount) expect(await undrawn(box)).to.deep.equal([]);
        await runModule(b.text);
        if (box.childElementCount) expect(await undrawn(box)).to.deep.equal([]);
      });
    } finally {
      box.remove();
    }
  },
  async css(b, page) {
    const html = page.blocks.find((x) => x.kind === 'html')?.text ?? '<dj-bar-chart><table><tr><th>a</th><th>b</th></tr><tr><td>x</td><td>1</td></tr></table></dj-bar-chart>';
    const box = mount(html);
    const style = document.createElement('style');
    style.textContent = b.text;
    document.head.append(style);
    try {
      await quietly(async () => {
        expect(await undrawn(box)).to.deep.equal([]);
        const widget = [...box.querySelectorAll<HTMLElement>('*')].find((e) => e.localName.startsWith('dj-'))!;
        const set = [...b.text.matchAll(/(--dj-[\w-]+)\s*:\s*([^;]+);/g)];
        expect(set.length, 'the block sets tokens').to.be.greaterThan(0);
        for (const [, name, value] of set) expect(getComputedStyle(widget).getPropertyValue(name!).trim(), name).to.equal(value!.trim());
      });
    } finally {
      style.remove();
      box.remove();
    }
  },
  sh(b) {
    for (const line of b.text.split('\n')) {
      const cmd = line.replace(/#.*/, '').trim();
      if (!cmd) continue;
      for (const part of cmd.split('&&').map((s) => s.trim())) {
        const [tool, verb, arg] = part.split(/\s+/);
        expect(tool, part).to.be.oneOf(['npm', 'npx']);
        if (tool === 'npx') expect(Object.keys(pkg.bin), part).to.include(verb);
        else if (verb === 'run') expect(Object.keys(pkg.scripts), part).to.include(arg);
        else if (verb === 'test' || verb === 'start') expect(pkg.scripts[verb], part).to.be.a('string');
        else if (verb === 'version') expect(pkg.scripts.version, `${part}: the version script`).to.be.a('string');
        else expect(verb, part).to.equal('install');
      }
    }
    return Promise.resolve();
  },
  async file(b) {
    const source = await text(`/${b.file}`);
    expect(source.includes(b.text), `the block is in ${b.file} word for word`).to.equal(true);
  },
  async 'html embed'(b) {
    const urls = [...b.text.matchAll(/https:\/\/charts\.example\.com\/embed\/(\?[^'"\s]*)/g)].map((m) => m[1]!);
    expect(urls.length, 'the block embeds the hosted embed page').to.be.greaterThan(0);
    for (const script of b.text.matchAll(/src="https:\/\/unpkg\.com\/dj-widgets\/(dist\/[\w.-]+\.js)"/g)) {
      expect((await fetch(`/${script[1]}`)).ok, `${script[1]} is built`).to.equal(true);
    }
    for (const query of urls) {
      const frame = document.createElement('iframe');
      frame.style.width = '600px';
      frame.src = `/demo/embed/index.html${query.replace(/&amp;/g, '&')}`;
      document.body.append(frame);
      try {
        await new Promise((r) => frame.addEventListener('load', r, { once: true }));
        const doc = frame.contentDocument!;
        const t0 = performance.now();
        while (!doc.querySelector('main > *:not(noscript)') && performance.now() - t0 < 8000) await new Promise((r) => setTimeout(r, 50));
        expect(await undrawn(doc.querySelector('main')!)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    }
  },
  // Run in Node by test/e2e/docs.e2e.mjs and test/e2e/release.e2e.mjs.
  'js node': () => Promise.resolve(),
  'html cdn': () => Promise.resolve(),
  text: () => Promise.resolve(),
};

describe('docs: every code block runs', function () {
  this.timeout(30000);
  it('reads blocks from every page in every language', () => {
    expect(pages.length).to.equal(site.languages.length * site.pages.length + 1);
    expect(pages.at(-1)!.blocks.map((b) => b.kind)).to.include.members(['sh', 'html', 'js', 'css', 'html cdn']);
    for (const kind of ['html', 'js', 'css', 'sh', 'file', 'html embed']) expect(pages.some((p) => p.blocks.some((b) => b.kind === kind)), kind).to.equal(true);
  });
  for (const page of pages) {
    page.blocks.forEach((b, i) => {
      if (b.kind === 'js node' || b.kind === 'html cdn' || b.kind === 'text') return;
      it(`${page.lang}/${page.slug} block ${i + 1} (${b.info})`, () => cases[b.kind](b, page));
    });
  }
});
