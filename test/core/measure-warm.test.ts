/**
 * Issue #16: the first measure of Chinese text (font lookup and loading, 5–10 ms) is taken at
 * idle on a zh-CN page (core/measure.ts `warmMeasure`), not in the first chart's layout; on other
 * pages nothing is measured.
 */
import { expect } from '@open-wc/testing';
import { measureText, warmMeasure, WARM_TEXT } from '../../src/core/measure.js';
import { BASE_FONT } from '../../src/core/type-scale.js';
import { spyOnMeasureText } from '../helpers/measure-spy.js';

const idle = (): Promise<void> => new Promise((r) => requestIdleCallback(() => r()));

describe('warmMeasure: the first Chinese measure at idle', () => {
  const seen = spyOnMeasureText();

  it('measures nothing where the page does not speak zh-CN', async () => {
    const root = document.createElement('div');
    root.lang = 'en';
    warmMeasure(root);
    await idle();
    await idle();
    expect(seen).to.deep.equal([]);
  });

  it('on a zh-CN page measures Chinese with the widgets’ default font, once, when idle', async () => {
    const root = document.createElement('div');
    root.lang = 'zh-CN';
    warmMeasure(root);
    expect(seen, 'nothing before the page is idle').to.deep.equal([]);
    await idle();
    expect(seen.map((s) => s.text)).to.deep.equal([WARM_TEXT]);
    expect(/[\u4e00-\u9fff]/.test(WARM_TEXT)).to.equal(true);
    // The canvas normalises the shorthand; the size and the stack's CJK family are the base font's.
    expect(seen[0]!.font).to.match(/^14px /).and.to.include('Noto Sans CJK SC');
    expect(BASE_FONT.startsWith('14px ')).to.equal(true);
    warmMeasure(root);
    await idle();
    expect(seen.length, 'warmed once per page').to.equal(1);
    // The layout's own measure of that text is then a cache hit: no second canvas call.
    measureText(WARM_TEXT, BASE_FONT);
    expect(seen.length).to.equal(1);
  });
});
