/** What a widget holds while on the page, and that it lets all of it go when removed. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';
import { localeWatchers } from '../../src/core/controllers/locale.js';
import { bars, contrast, drawn, shadow } from '../helpers/widgets.js';

/** Counts observers that are observing something and not yet disconnected. */
function countObservers(): { active: () => number; restore: () => void } {
  const live = new Set<object>();
  const patches: Array<() => void> = [];
  const patch = (proto: object, name: string, fn: (self: object, ...args: unknown[]) => void) => {
    const original = Object.getOwnPropertyDescriptor(proto, name)!;
    const call = original.value as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      ...original,
      value(this: object, ...args: unknown[]) {
        fn(this, ...args);
        return call.apply(this, args);
      },
    });
    patches.push(() => Object.defineProperty(proto, name, original));
  };
  for (const ctor of [ResizeObserver, MutationObserver, IntersectionObserver]) {
    patch(ctor.prototype, 'observe', (self) => live.add(self));
    patch(ctor.prototype, 'disconnect', (self) => live.delete(self));
  }
  // ResizeObserver can also stop by unobserving its last target.
  const targets = new Map<object, number>();
  patch(ResizeObserver.prototype, 'unobserve', (self) => {
    const n = (targets.get(self) ?? 1) - 1;
    targets.set(self, n);
    if (n <= 0) live.delete(self);
  });
  patch(ResizeObserver.prototype, 'observe', (self) => targets.set(self, (targets.get(self) ?? 0) + 1));
  return { active: () => live.size, restore: () => patches.reverse().forEach((p) => p()) };
}

const markup = `<dj-bar-chart><table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table></dj-bar-chart>`;

describe('widget lifecycle', () => {
  it('releases every observer when removed, and takes them again when re-attached', async () => {
    const counter = countObservers();
    try {
      const wrap = await fixture<HTMLDivElement>(`<div style="width:500px">${markup}</div>`);
      const el = wrap.querySelector('dj-bar-chart')!;
      await drawn(el, 2);
      expect(counter.active()).to.be.greaterThan(0);
      expect(localeWatchers().hosts).to.equal(1);
      el.remove();
      expect(counter.active()).to.equal(0);
      expect(localeWatchers()).to.deep.equal({ hosts: 0, observing: false });
      wrap.append(el);
      await el.updateComplete;
      expect(localeWatchers().hosts).to.equal(1);
      wrap.remove();
      expect(counter.active()).to.equal(0);
    } finally {
      counter.restore();
    }
  });

  it('does no layout while hidden, and draws when shown', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:500px;display:none">${markup}</div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(bars(el)).to.have.length(0);
    wrap.style.display = 'block';
    await drawn(el, 2);
  });

  it('re-lays out when its container is resized', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:600px">${markup}</div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 2);
    const svgWidth = (): number => Number(shadow(el).querySelector('svg')!.getAttribute('width'));
    expect(svgWidth()).to.equal(600);
    wrap.style.width = '300px';
    await waitUntil(() => svgWidth() === 300, 'never re-laid out at 300px');
  });
});

describe('theme', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text ≥ 4.5:1 and marks ≥ 3:1 in the ${theme} theme`, async () => {
      const wrap = await fixture<HTMLDivElement>(`<div style="width:500px">${markup.replace('<dj-bar-chart>', `<dj-bar-chart theme="${theme}" highlight="b" notes="n" source="s">`)}</div>`);
      const el = wrap.querySelector<DjBarChart>('dj-bar-chart')!;
      await drawn(el, 2);
      const root = shadow(el);
      const bg = getComputedStyle(el).backgroundColor;
      expect(getComputedStyle(el).colorScheme).to.equal(theme);
      const texts = [root.querySelector('text.label')!, root.querySelector('.tick text')!, root.querySelector('footer .notes')!];
      for (const t of texts) {
        const colour = t instanceof SVGElement ? getComputedStyle(t).fill : getComputedStyle(t).color;
        expect(contrast(colour, bg), `${t.localName} on ${theme}`).to.be.at.least(4.5);
      }
      for (const rect of root.querySelectorAll('rect.mark')) {
        expect(contrast(getComputedStyle(rect).fill, bg), `mark on ${theme}`).to.be.at.least(3);
      }
      // Value labels drawn inside a bar use --_on-mark: resolve it in the shadow tree.
      const probe = document.createElement('span');
      probe.style.color = 'var(--_on-mark)';
      root.querySelector('figure')!.append(probe);
      const onMark = getComputedStyle(probe).color;
      probe.remove();
      for (const rect of root.querySelectorAll('rect.mark')) {
        expect(contrast(onMark, getComputedStyle(rect).fill), `text inside a bar on ${theme}`).to.be.at.least(4.5);
      }
      // The series palette (core/palette.ts): every colour may colour text, so ≥ 4.5:1.
      for (let i = 0; i < 7; i++) {
        const swatch = document.createElement('span');
        swatch.style.color = `var(--_c${i})`;
        root.querySelector('figure')!.append(swatch);
        expect(contrast(getComputedStyle(swatch).color, bg), `palette ${i} on ${theme}`).to.be.at.least(4.5);
        swatch.remove();
      }
    });
  }

  it('follows the page under theme="auto": the reader’s system only where the page accepts both schemes', async () => {
    const both = await fixture<HTMLDivElement>(`<div style="width:500px; color-scheme: light dark">${markup}</div>`);
    expect(getComputedStyle(both.querySelector('dj-bar-chart')!).colorScheme).to.equal('light dark');
    // A page that declares no scheme and paints white is a white article: light, whatever the system.
    const plain = await fixture<HTMLDivElement>(`<div style="width:500px">${markup}</div>`);
    expect(getComputedStyle(plain.querySelector('dj-bar-chart')!).colorScheme).to.equal('light');
  });
});
