/**
 * The scale's two labels under a roomy row — the base's figure and the target's — read apart: by
 * their drawn boxes, at phone and desktop widths, zh-CN and en. Published figures: 国铁集团's 十四五
 * 高铁 target "5万公里左右" from 3.79万公里 at the plan's start (中国证券报·中证网, 2022-01-19; 央视新闻,
 * 2026-01-05): close figures that once ran together at 375 px into "3.79万公里5万公里".
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import { shadow } from '../../helpers/widgets.js';

const RAIL = { 指标: '高速铁路营业里程', 目标: '5万公里左右', 基数: '3.79万公里', 期限: '2025年底', 实际: '4.2万公里' };
const FAR = { 指标: '新建5G基站', 目标: '600个', 基数: '0个', 期限: '2021年底', 实际: '320个' };

async function board(width: number, lang: string, data: unknown): Promise<DjTargets> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-targets eager no-motion density="roomy" date="2021-03-05" as-of="2022-12-31"></dj-targets></div>`);
  const el = wrap.querySelector('dj-targets')!;
  el.data = data;
  await waitUntil(() => shadow(el).querySelectorAll('[role="option"]').length > 0, 'rows never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** Each row's scale labels: their text and drawn boxes. */
const labels = (el: Element): Array<Array<{ text: string; box: DOMRect }>> =>
  Array.from(shadow(el).querySelectorAll('[role="option"]')).map((row) =>
    Array.from(row.querySelectorAll('text.tick')).map((t) => ({ text: t.textContent.trim(), box: t.getBoundingClientRect() })),
  );

describe('targets: the scale\'s labels read apart', () => {
  for (const lang of ['zh-CN', 'en']) {
    for (const width of [320, 375, 720, 1280]) {
      it(`${lang} at ${width} px: no two labels of a row overlap, and none leaves its row`, async () => {
        const el = await board(width, lang, [RAIL, FAR]);
        const rows = labels(el);
        expect(rows).to.have.length(2);
        const host = el.getBoundingClientRect();
        for (const row of rows) {
          expect(row.length, 'the base is always labelled').to.be.greaterThan(0);
          for (const { box, text } of row) {
            expect(box.left, `${text} inside the board`).to.be.at.least(host.left - 0.5);
            expect(box.right, `${text} inside the board`).to.be.at.most(host.right + 0.5);
          }
          for (let i = 1; i < row.length; i++) {
            const [a, b] = [row[i - 1]!.box, row[i]!.box];
            const apart = a.right <= b.left || b.right <= a.left;
            expect(apart, `"${row[i - 1]!.text}" and "${row[i]!.text}" overlap`).to.equal(true);
          }
        }
        // Far-apart figures keep both labels at every width (0 and 600).
        expect(rows[1]!.map((l) => l.text).length).to.equal(2);
      });
    }
  }

  it('the close figures keep both labels where there is room', async () => {
    const wide = labels(await board(1280, 'zh-CN', [RAIL]))[0]!.map((l) => l.text);
    expect(wide).to.deep.equal(['3.79万公里', '5万公里']);
  });
});
