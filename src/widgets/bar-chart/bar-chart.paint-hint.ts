/**
 * Tables the first paint (bar-chart.paint.ts) leaves to the element, told by one regular
 * expression on the bar labels instead of the readers the element uses — the paint chunk is held
 * to the article's 25 KiB budget (bench/size-budget.json), and the painted chart must say what the
 * element says:
 *   - total rows (合计, 全省, 平均, Total: core/data/total-rows.ts), a whole its parts follow
 *     with 其中, and an outline's numbered headings (一、 over 1、), which the element leaves out of
 *     the bars and notes under them (bar-chart.totals.ts);
 *   - year-to-date or mixed spans (前三季度, 1-9月, 上半年, 全年), which its summary lists
 *     unranked (bar-chart.summary.ts).
 * A false "maybe" (a place named 全椒, a label with 至) only costs that chart its early paint; it
 * is drawn by the element as always. Places, items, years, quarters and single months say no.
 * What the regular expression misses is a chart whose painted summary ranks until the element,
 * a moment later, replaces it: it never hides a bar or draws a total.
 */
const ELEMENT_ONLY = /计|全|其中|平均|total|sum|average|^all$|前|至|累|\d\s*[-—–~～]\s*\d+\s*月|半年|^H[12]$|^[(（]?[一二三四五六七八九十]+\s*[、.．)）]/i;

export function elementOnly(labels: readonly string[]): boolean {
  // A year among its quarters or months (2023年 beside 2023年一季度) is a mix of spans too.
  return labels.some((l) => ELEMENT_ONLY.test(l)) || (labels.some((l) => /年$/.test(l)) && labels.some((l) => /年./.test(l)));
}
