/**
 * The builder with odd text (lone surrogates, NUL and controls, bidi marks, a 1 MB cell, URL
 * tricks): reading a paste and writing every channel's code never throws an engine error
 * (URIError from encodeURIComponent, RangeError), the code parses without error and carries no
 * lone surrogate, control character or off-origin link.
 */
import { expect } from '@open-wc/testing';
import { parse } from 'parse5';
import { defaultDescribe, type Project } from '../../src/builder/project.js';
import { parseInput } from '../../src/builder/parse.js';
import { publishCode } from '../../src/builder/publish.js';
import { ODD_TEXT } from './odd-strings.js';

// eslint-disable-next-line no-control-regex -- what no published page may hold
const NOT_CONFORMING = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const OPTS = { scriptUrl: './dj-widgets.js', embedUrl: 'https://embed.example.com/embed/' };

function project(text: string): Project {
  const one = text.replace(/[\t\n\r]/g, ' ');
  return {
    format: 'dj-widgets-project',
    version: 1,
    widget: 'dj-bar-chart',
    input: { text: `地区\t产值\n${one}\t4.1亿元\n连云\t1.8亿元\n`, options: { kind: 'tsv' } },
    attributes: {},
    describe: { ...defaultDescribe('zh-CN'), heading: one.slice(0, 200), notes: one.slice(0, 200), source: one.slice(0, 200), sourceUrl: '' },
  };
}

describe('hardening: the builder with odd text', () => {
  for (const [name, text] of Object.entries(ODD_TEXT)) {
    it(`${name}: read, and published in every channel as conforming code`, () => {
      const read = parseInput(`地区\t产值\n${text.replace(/[\t\n\r]/g, ' ')}\t4.1亿元\n`);
      expect(read).to.be.an('object');
      for (const channel of ['script', 'iframe', 'amp'] as const) {
        const code = publishCode(project(text), channel, OPTS);
        const errors: string[] = [];
        parse(`<!doctype html><html lang="zh"><head><title>t</title></head><body>${code}</body></html>`, { onParseError: (e) => void errors.push(e.code) });
        expect(errors, channel).to.deep.equal([]);
        expect(NOT_CONFORMING.exec(code)?.[0] ?? null, channel).to.equal(null);
      }
    });
  }

  it('a source link that leaves the page is not published', () => {
    const p = project('x');
    for (const bad of ['/\\evil.test/x', '\\\\evil.test', '//evil.test', 'java\nscript:alert(1)']) {
      const code = publishCode({ ...p, describe: { ...p.describe, sourceUrl: bad } }, 'script', OPTS);
      expect(code, bad).not.to.match(/evil\.test|javascript|java\nscript/i);
    }
  });
});
