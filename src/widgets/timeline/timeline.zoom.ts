/**
 * d3-zoom on the <svg> Lit rendered: it only tracks the transform (wheel with Ctrl/⌘ or a
 * trackpad pinch, drag, double-click, two-finger pinch); the layout turns the transform into the
 * period in view and Lit redraws. The page keeps scrolling under a plain wheel or a vertical swipe.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export interface ZoomState {
  k: number;
  x: number;
}

/** The period in view for a transform of the base scale that maps `domain` onto [left, right]. */
export function viewFor(domain: readonly [number, number], left: number, right: number, t: ZoomState): [number, number] {
  const w = Math.max(1, right - left);
  const span = domain[1] - domain[0];
  const at = (px: number): number => domain[0] + (((px - t.x) / t.k - left) / w) * span;
  return [at(left), at(right)];
}

/** The transform that shows `time` at the centre of the plot, at zoom k (clamped to the domain). */
export function centreOn(domain: readonly [number, number], left: number, right: number, k: number, time: number): ZoomState {
  const w = right - left;
  const px = left + ((time - domain[0]) / (domain[1] - domain[0])) * w;
  const x = (left + right) / 2 - k * px;
  return { k, x: Math.min(left * (1 - k), Math.max(right * (1 - k), x)) };
}

export class TimelineZoom {
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  private target: SVGSVGElement | undefined;
  private readonly onChange: (t: ZoomState) => void;

  constructor(onChange: (t: ZoomState) => void) {
    this.onChange = onChange;
  }

  /** Attaches to `svg` (once per element; a new svg detaches the old one), with the plot's extent. */
  attach(svg: SVGSVGElement, left: number, right: number, height: number, maxK: number): void {
    if (this.target !== svg) {
      this.detach();
      this.target = svg;
      this.behavior = zoom<SVGSVGElement, unknown>()
        // Wheel only with Ctrl/⌘ (a trackpad pinch sends Ctrl): a plain wheel scrolls the article.
        .filter((e: Event) => (e.type === 'wheel' ? (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey : !(e as MouseEvent).button))
        .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
          this.onChange({ k: e.transform.k, x: e.transform.x });
        });
      select(svg).call(this.behavior);
      // d3-zoom sets touch-action: none; a vertical swipe must still scroll the page.
      svg.style.touchAction = 'pan-y';
    }
    this.behavior
      ?.scaleExtent([1, maxK])
      .extent([
        [left, 0],
        [right, height],
      ])
      .translateExtent([
        [left, 0],
        [right, height],
      ]);
  }

  /** Sets the transform (clamped by d3-zoom's constraints); fires onChange. */
  set(t: ZoomState): void {
    if (!this.target || !this.behavior) return;
    this.behavior.transform(select(this.target), zoomIdentity.translate(t.x, 0).scale(t.k));
  }

  scaleBy(factor: number, px?: number): void {
    if (!this.target || !this.behavior) return;
    if (px === undefined) this.behavior.scaleBy(select(this.target), factor);
    else this.behavior.scaleBy(select(this.target), factor, [px, 0]);
  }

  translateBy(dx: number): void {
    if (!this.target || !this.behavior) return;
    this.behavior.translateBy(select(this.target), dx, 0);
  }

  current(): ZoomTransform | null {
    return this.target ? (this.target as SVGSVGElement & { __zoom?: ZoomTransform }).__zoom ?? null : null;
  }

  detach(): void {
    if (this.target) select(this.target).on('.zoom', null);
    this.target = undefined;
    this.behavior = undefined;
  }
}
