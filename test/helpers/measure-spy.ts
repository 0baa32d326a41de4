/**
 * Records every text the canvas measures, with the font it was measured in, for the tests of
 * core/measure.ts: the prototype's own measureText is wrapped before the suite and restored after.
 */
export function spyOnMeasureText(): { text: string; font: string }[] {
  const seen: { text: string; font: string }[] = [];
  const proto = OffscreenCanvasRenderingContext2D.prototype;
  // The prototype's own function, called with each context as `this`.
  const original = Object.getOwnPropertyDescriptor(proto, 'measureText')!.value as (this: OffscreenCanvasRenderingContext2D, text: string) => TextMetrics;
  before(() => {
    proto.measureText = function (this: OffscreenCanvasRenderingContext2D, text: string) {
      seen.push({ text, font: this.font });
      return original.call(this, text);
    };
  });
  after(() => {
    proto.measureText = original;
  });
  return seen;
}
