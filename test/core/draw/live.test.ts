/**
 * drawn() (core/draw/live.ts) builds exactly the DOM of its nodes: attributes in order, numbers
 * to 1/100 px, text — for many nodes of one shape, drawings after drawings, empty texts and mixed
 * children. Kept from issue #16's round three, which tried cloning the first element of each shape
 * (slower in place: 5.4 → 7.5 ms for the 100 bars) and must hold any such shortcut to this.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { drawn } from '../../../src/core/draw/live.js';
import { s, type SvgChild, type SvgNode } from '../../../src/core/static-svg/svg.js';

const NS = 'http://www.w3.org/2000/svg';

/** The reference: every node made with createElementNS, attributes in order, numbers as drawn() writes them (1/100 px). */
function reference(c: SvgChild): Node {
  if (typeof c === 'string') return document.createTextNode(c);
  const el = document.createElementNS(NS, c.tag);
  for (const [name, v] of Object.entries(c.attrs)) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(name, typeof v === 'number' ? String(Math.round(v * 100) / 100) : v);
  }
  for (const k of c.children) el.appendChild(reference(k));
  return el;
}

/** Markup with text nodes made visible: an empty text node must be there exactly when the reference has one. */
function shape(n: Node): string {
  if (n.nodeType === Node.TEXT_NODE) return `#text(${JSON.stringify((n as Text).data)})`;
  const el = n as Element;
  const attrs = el.getAttributeNames().map((a) => `${a}=${JSON.stringify(el.getAttribute(a))}`);
  return `<${el.localName} ${attrs.join(' ')}>[${[...el.childNodes].map(shape).join(',')}]`;
}

function mount(nodes: SvgChild[]): Element {
  const host = document.createElement('div');
  document.body.append(host);
  render(html`<svg>${drawn(nodes)}</svg>`, host);
  return host.querySelector('svg')!;
}

const bar = (i: number, label: string, extra: Record<string, string | number | null> = {}): SvgNode =>
  s(
    'g',
    { class: i % 3 ? 'bar' : 'bar highlighted', part: 'mark', role: 'img', 'aria-label': `${label}：${i}`, tabindex: i ? '-1' : '0', 'data-index': String(i), ...extra },
    s('rect', { class: 'mark', x: 90, y: i * 20.123, width: i * 3.3333, height: 14, rx: 1 }),
    s('text', { class: 'label', x: 84, y: i * 20 + 7, 'text-anchor': 'end', 'dominant-baseline': 'central' }, label),
  );

function check(nodes: SvgChild[]): void {
  const svg = mount(nodes);
  const got = [...svg.childNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE).map(shape);
  expect(got).to.deep.equal(nodes.map((n) => shape(reference(n))));
}

describe('drawn(): the DOM of its nodes', () => {
  it('many bars of one shape: each as if built alone', () => {
    check(Array.from({ length: 30 }, (_, i) => bar(i, `项目${i + 1}`)));
  });

  it('a second drawing takes nothing from the first (values, texts, classes)', () => {
    check(Array.from({ length: 5 }, (_, i) => bar(i, `first ${i}`)));
    check(Array.from({ length: 5 }, (_, i) => bar(i + 7, `second <b>${i}</b>`)));
    // And the first again, after the second was cloned from the same prototypes.
    check(Array.from({ length: 5 }, (_, i) => bar(i, `first ${i}`)));
  });

  it('empty texts, mixed children and absent attributes', () => {
    const mixed = (t: string, u: string): SvgNode => s('text', { x: 1, y: 2 }, t, s('tspan', { dx: 3 }, u), t);
    check([
      s('text', { x: 0 }, 'a'),
      s('text', { x: 1 }, ''),
      s('text', { x: 2 }, 'b'),
      s('text', { x: 3 }, ''),
      mixed('x', 'y'),
      mixed('', 'z'),
      mixed('w', ''),
      // Same names, one absent: a shape of its own.
      s('rect', { x: 1, y: null, fill: 'red' }),
      s('rect', { x: 2, y: 3, fill: 'blue' }),
      s('rect', { x: 4, y: null, fill: 'green' }),
    ]);
  });

  it('attribute order follows each node, also where names are the same in another order', () => {
    check([s('rect', { x: 1, y: 2 }), s('rect', { y: 3, x: 4 }), s('rect', { x: 5, y: 6 })]);
  });

  it('large nodes (a long path) are drawn right, every time', () => {
    const d = (k: number): string => `M0 0${' L1 1'.repeat(100)} L${k} ${k}`;
    check([s('path', { d: d(1) }), s('path', { d: d(2) }), s('path', { d: d(3) })]);
  });

  it('a cloned bar is patched on update like a built one', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const draw = (nodes: SvgNode[]): void => {
      render(html`<svg>${drawn(nodes)}</svg>`, host);
    };
    draw([bar(1, 'a'), bar(2, 'b')]);
    const second = host.querySelectorAll('g')[1];
    draw([bar(1, 'a'), bar(5, 'c')]);
    expect(host.querySelectorAll('g')[1], 'same element kept').to.equal(second);
    expect(shape(second!)).to.equal(shape(reference(bar(5, 'c'))));
    await Promise.resolve();
  });
});
