/**
 * Issue #16: labels made only of Han ideographs, digits and full-width CJK punctuation are
 * measured by their characters, each measured once per font (core/measure-chars.ts `measureLabel`). The widths must be
 * the canvas's own for the whole string — or layouts, the page and toSvg() would change.
 */
import { expect } from '@open-wc/testing';
import { measureLabel as measureText } from '../../src/core/measure-chars.js';
import { FONT_STACK } from '../../src/core/colors.js';

/** Real labels of the class: 2023 江苏 cities, items, periods, units, numbered lists. */
const LABELS = [
  ...['南京市', '无锡市', '徐州市', '常州市', '苏州市', '南通市', '连云港市', '淮安市', '盐城市', '扬州市', '镇江市', '泰州市', '宿迁市'],
  ...Array.from({ length: 30 }, (_, i) => `项目${i + 1}`),
  '2023年', '2023年前三季度', '一季度', '第1季度', '１０亿元', '数据０1', '1234567890', '１２３４', '十四五',
  '（一）', '南京，苏州', '项目：1', '《规划》', '【注】', '鄂尔多斯市', '新引进过10亿元项目', '全省',
];
/** Punctuation closed up side by side: must be measured whole (the per-character sum is wider). */
const PAIRS = ['。」', '「（项目）」', '项目）、数据', '，，'];
/** Not in the class at all: measured whole as before. */
const OTHERS = ['1-2月', '项目 1', 'GDP 增速', '“项目”', '1.5亿', 'AV', '𠀀字'];
const FONTS = [`14px ${FONT_STACK}`, `13px ${FONT_STACK}`, `700 15.5px ${FONT_STACK}`, '12px serif'];

function canvasWidth(text: string, font: string): number {
  const c = new OffscreenCanvas(1, 1).getContext('2d')!;
  c.font = font;
  return c.measureText(text).width;
}

describe('measureText: CJK and digit labels by their characters', () => {
  it('gives the canvas’s width of the whole string, to the last bit, in every font', () => {
    for (const font of FONTS) {
      for (const text of [...LABELS, ...PAIRS, ...OTHERS]) {
        expect(measureText(text, font), `${text} in ${font}`).to.equal(canvasWidth(text, font));
      }
    }
  });

  it('measures side-by-side punctuation whole: its characters one by one would be wider', () => {
    const font = FONTS[0]!;
    const sum = (t: string): number => [...t].reduce((w, ch) => w + canvasWidth(ch, font), 0);
    // The reason for the rule: this browser closes such pairs up.
    expect(PAIRS.some((t) => sum(t) > canvasWidth(t, font) + 1)).to.equal(true);
    for (const t of PAIRS) expect(measureText(t, font)).to.equal(canvasWidth(t, font));
  });

  describe('canvas calls', () => {
    const seen: string[] = [];
    const proto = OffscreenCanvasRenderingContext2D.prototype;
    const original = Object.getOwnPropertyDescriptor(proto, 'measureText')!.value as (this: OffscreenCanvasRenderingContext2D, text: string) => TextMetrics;
    before(() => {
      proto.measureText = function (this: OffscreenCanvasRenderingContext2D, text: string) {
        seen.push(text);
        return original.call(this, text);
      };
    });
    after(() => {
      proto.measureText = original;
    });

    it('100 labels 项目1 … 项目100 cost one canvas measure per distinct character (and one look at the digits)', () => {
      const font = `17px ${FONT_STACK}`;
      const widths = Array.from({ length: 100 }, (_, i) => measureText(`项目${i + 1}`, font));
      // "11": whether the font kerns its digits (some serifs do: then digit labels are measured whole).
      expect([...new Set(seen)].sort()).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '11', '目', '项'].sort());
      expect(seen.length).to.equal(13);
      // Widths still grow with the digits: 项目1 < 项目10 < 项目100.
      expect(widths[0]).to.be.below(widths[9]!);
      expect(widths[9]).to.be.below(widths[99]!);
    });

    it('Latin text and mixed text are measured whole, once', () => {
      seen.length = 0;
      const font = `17px ${FONT_STACK}`;
      measureText('Nanjing 南京', font);
      measureText('Nanjing 南京', font);
      expect(seen).to.deep.equal(['Nanjing 南京']);
    });
  });
});
