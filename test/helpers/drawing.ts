/**
 * Live and static drawings compared mark by mark: every drawn element (rect, line, text, path,
 * circle, polygon) with its geometry attributes as written and its text, in document order. The
 * element's interaction layer (hit areas, focus ring) is left out: it is not part of the drawing.
 */
const DRAWN = 'rect, line, text, path, circle, polygon, polyline';
const GEOMETRY = ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'd', 'points', 'transform', 'text-anchor'];
/** The element's own layer: hit areas, focus ring and target, crosshair (classes of the live elements). */
const INTERACTION = '.hit, .focus-ring, .cursor, .crosshair-marks';

function mark(el: Element): string {
  const geo = GEOMETRY.filter((a) => el.hasAttribute(a)).map((a) => `${a}=${el.getAttribute(a)}`);
  const text = el.localName === 'text' ? ` "${el.textContent}"` : '';
  return `${el.localName} ${geo.join(' ')}${text}`;
}

/** The marks under `root` (the live chart's <svg>, or a static body), the interaction layer excluded. */
export function marks(root: Element): string[] {
  return Array.from(root.querySelectorAll(DRAWN))
    .filter((el) => !el.matches(INTERACTION) && !el.closest(INTERACTION))
    .map(mark);
}

/** The body of a static drawing (toSvg's markup): the group the frame translates under its title. */
export function staticBody(markup: string): Element {
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  const body = svg.querySelector(':scope > g[transform] > g');
  if (!body) throw new Error('no body group in the static drawing');
  return body;
}
