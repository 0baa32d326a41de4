/**
 * The built script-tag loader, its chunks and the one-file bundle, read as text: nothing in it may need 'unsafe-eval' (a page with
 * `script-src 'self'` would break the moment it ran). csp.test.ts proves the same at run time.
 */
import { expect } from '@open-wc/testing';

/** Every match of `re` in `code`, with some context so a failure says where. */
function find(code: string, re: RegExp): string[] {
  return Array.from(code.matchAll(re), (m) => code.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
}

describe('the built bundle text', () => {
  let code = '';
  before(async () => {
    // The loader, every chunk it can import (and what they import), and the one-file bundle.
    const res = await fetch('/dist/dj-widgets.js');
    expect(res.ok, 'dist/dj-widgets.js is built').to.equal(true);
    const map = (await (await fetch('/dist/chunks/map.json')).json()) as { shared: string; hydrate: string; tags: Record<string, string> };
    const files = new Set([map.shared, map.hydrate, ...Object.values(map.tags)]);
    const texts = [await res.text(), await (await fetch('/dist/dj-widgets.all.js')).text()];
    for (const f of files) {
      const text = await (await fetch(`/dist/chunks/${f}`)).text();
      texts.push(text);
      for (const m of text.matchAll(/import\(?\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) files.add(m[1]!);
      for (const m of text.matchAll(/from\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) files.add(m[1]!);
    }
    // The lazy export chunk came in through a dynamic import: the walk above found it.
    expect(files.size).to.be.greaterThan(Object.keys(map.tags).length + 2);
    code = texts.join('\n');
    expect(code.length).to.be.greaterThan(10000);
  });

  it('calls no eval', () => {
    // `eval(` but not `.eval(` members or names ending in eval (retrieval, …).
    expect(find(code, /(?<![\w$.])eval\s*\(/g)).to.deep.equal([]);
  });

  it('constructs no Function from a string (with or without new)', () => {
    // d3-dsv kept one (its object converter) in every bundle, so CSV is read by core/data/dsv.ts.
    expect(find(code, /(?<![\w$.])(?:new\s+)?Function\s*\(/g)).to.deep.equal([]);
  });

  it('passes no string to a timer', () => {
    // A timer's first argument must be a function: a name, `function`, or an arrow `(`…`) =>`.
    expect(find(code, /(?<![\w$.])(?:setTimeout|setInterval|setImmediate|execScript)\s*\(\s*[`"']/g)).to.deep.equal([]);
    expect(find(code, /(?<![\w$.])(?:setTimeout|setInterval)\s*\(\s*[\w$]+\s*\+/g), 'a concatenated string').to.deep.equal([]);
  });

  it('writes no HTML string outside the trusted path', () => {
    // document.write and insertAdjacentHTML bypass lit-html's 'lit-html' Trusted Types policy.
    expect(find(code, /document\.write(?:ln)?\s*\(|insertAdjacentHTML|outerHTML\s*=(?!=)/g)).to.deep.equal([]);
  });
});
