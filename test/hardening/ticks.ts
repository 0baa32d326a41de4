/**
 * Whether axis ticks sit where their values are, read from the rendered page: a tick's label
 * covers its tick line; numeric ticks are evenly spaced by value (one linear scale) with the zero
 * line at 0; date ticks stand between the events they date (an event before a tick's date is
 * drawn before it, one after the period it names after it).
 */
import { shadowRoots } from './mount.js';

const EN_MONTHS = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)));

interface Period {
  start: number;
  end: number;
}

/** Reads a tick label as a number ("−20%", "1,000", "-5"), or null. */
export function tickNumber(text: string): number | null {
  const t = text.replace(/\u2212/g, '-').replace(/[,\s]/g, '');
  const m = /^(-?\d+(?:\.\d+)?)/.exec(t.replace(/^[^\d-]+/, ''));
  return m ? Number(m[1]) : null;
}

/** Reads a run of date tick labels (context carried over: "2020年1月", "4月"; "Jan 2020", "Apr", "8"). */
export function tickPeriods(texts: readonly string[]): Array<Period | null> {
  let year: number | null = null;
  let month: number | null = null;
  return texts.map((raw) => {
    const text = raw.trim();
    let y: number | null = null;
    let mo: number | null = null;
    let d: number | null = null;
    const zh = /^(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?$/.exec(text);
    const en = /^(?:([A-Z][a-z]{2})[a-z]*\.?)?\s*(\d{1,2})?,?\s*(\d{4})?$/.exec(text);
    if (zh && text) [y, mo, d] = [zh[1] ? Number(zh[1]) : null, zh[2] ? Number(zh[2]) : null, zh[3] ? Number(zh[3]) : null];
    else if (en && text) [y, mo, d] = [en[3] ? Number(en[3]) : null, en[1] ? EN_MONTHS.indexOf(en[1]) + 1 || null : null, en[2] ? Number(en[2]) : null];
    else return null;
    if (y !== null) year = y;
    if (mo !== null) month = mo;
    if (year === null) return null;
    if (mo === null && d === null) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
    if (month === null) return null;
    if (d === null) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
    return { start: Date.UTC(year, month - 1, d), end: Date.UTC(year, month - 1, d + 1) };
  });
}

/** A data cell's date ("2020", "2020-04", "2020-04-17") as the period it names. */
function cellPeriod(v: unknown): Period | null {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec((typeof v === 'string' || typeof v === 'number' ? String(v) : '').trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (mo === null) return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  if (d === null) return { start: Date.UTC(y, mo - 1, 1), end: Date.UTC(y, mo, 1) };
  return { start: Date.UTC(y, mo - 1, d), end: Date.UTC(y, mo - 1, d + 1) };
}

const centre = (r: DOMRect, horizontal: boolean): number => (horizontal ? (r.left + r.right) / 2 : (r.top + r.bottom) / 2);

function numericFaults(root: ShadowRoot): string[] {
  const faults: string[] = [];
  for (const grid of Array.from(root.querySelectorAll('svg .grid'))) {
    const ticks = Array.from(grid.querySelectorAll('.tick')).map((t) => ({ line: t.querySelector('line'), text: t.querySelector('text') }));
    const pts: Array<{ v: number; pos: number; text: string }> = [];
    let horizontal = true;
    for (const { line, text } of ticks) {
      if (!line || !text) continue;
      const lr = line.getBoundingClientRect();
      horizontal = lr.width < lr.height;
      const tr = text.getBoundingClientRect();
      const pos = centre(lr, horizontal);
      const [lo, hi] = horizontal ? [tr.left, tr.right] : [tr.top, tr.bottom];
      if (pos < lo - 0.5 || pos > hi + 0.5) faults.push(`tick label "${text.textContent}" does not cover its tick (${pos.toFixed(1)} outside ${lo.toFixed(1)}–${hi.toFixed(1)})`);
      const v = tickNumber(text.textContent);
      if (v !== null) pts.push({ v, pos, text: text.textContent });
    }
    if (pts.length < 2) continue;
    const [a, b] = [pts[0]!, pts[pts.length - 1]!];
    const slope = (b.pos - a.pos) / (b.v - a.v);
    for (const p of pts) {
      const want = a.pos + (p.v - a.v) * slope;
      if (!Number.isFinite(slope) || Math.abs(p.pos - want) > 1) faults.push(`tick "${p.text}" at ${p.pos.toFixed(1)}px, its value belongs at ${want.toFixed(1)}px`);
    }
    const zero = grid.parentElement?.querySelector(':scope > line.zero, line.zero');
    if (zero && pts.some((p) => p.v === 0)) {
      const z = centre(zero.getBoundingClientRect(), horizontal);
      const want = a.pos + (0 - a.v) * slope;
      if (Math.abs(z - want) > 1) faults.push(`the zero line at ${z.toFixed(1)}px, the 0 tick at ${want.toFixed(1)}px`);
    }
  }
  return faults;
}

function dateFaults(root: ShadowRoot, data: unknown): string[] {
  const rows = Array.isArray(data) ? (data as Array<Record<string, unknown>>) : [];
  const events = Array.from(root.querySelectorAll('g.event'));
  const tickEls = Array.from(root.querySelectorAll('g.ticks .tick'));
  if (!events.length || !tickEls.length || !rows.length) return [];
  const svg = root.querySelector('svg.horizontal, svg.vertical');
  const horizontal = svg?.classList.contains('horizontal') ?? true;
  const fs = parseFloat(getComputedStyle(tickEls[0]!.querySelector('text') ?? tickEls[0]!).fontSize) || 14;
  const texts = tickEls.map((t) => t.querySelector('text'));
  const periods = tickPeriods(texts.map((t) => t?.textContent ?? ''));
  const faults: string[] = [];
  const dateKey = Object.keys(rows[0] ?? {}).find((k) => /^(date|日期)$/i.test(k));
  const titleKey = Object.keys(rows[0] ?? {}).find((k) => /^(title|标题)$/i.test(k));
  if (!dateKey || !titleKey) return [];
  periods.forEach((p, i) => {
    const t = texts[i];
    if (!t) return;
    if (!p) {
      faults.push(`tick "${t.textContent}" is not a date a reader can place`);
      return;
    }
    // The tick's own line where it has one (an end label is anchored off-centre), else its label.
    const tick = centre((tickEls[i]!.querySelector('line') ?? t).getBoundingClientRect(), horizontal);
    for (const ev of events) {
      const dot = ev.querySelector('circle.dot');
      const label = ev.getAttribute('aria-label') ?? '';
      const row = rows.filter((r) => label.includes(String(r[titleKey]))).sort((x, y) => String(y[titleKey]).length - String(x[titleKey]).length)[0];
      const d = row ? cellPeriod(row[dateKey]) : null;
      if (!dot || !d || !dot.checkVisibility()) continue;
      const at = centre(dot.getBoundingClientRect(), horizontal);
      // A stretched (vertical) axis must keep a line between a tick and an event of another date;
      // a true time scale (horizontal) only their order.
      const gap = horizontal ? 0 : fs / 2;
      const what = `"${String(row?.[titleKey])}" (${String(row?.[dateKey])})`;
      if (d.end <= p.start && at > tick - gap) faults.push(`${what} is drawn at or after the tick "${t.textContent}"`);
      if (d.start >= p.end && at < tick + gap) faults.push(`${what} is drawn at or before the tick "${t.textContent}"`);
    }
  });
  return faults;
}

/** Every tick that does not sit where its value is, in `host`'s shadow trees. */
export function tickFaults(host: Element, data: unknown): string[] {
  return shadowRoots(host).flatMap((r) => [...numericFaults(r), ...dateFaults(r, data)]);
}
