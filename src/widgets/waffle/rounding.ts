/**
 * Whole squares from fractional shares, adding up to the total: the largest-remainder (Hamilton)
 * method. Each share gets its floor, then the units still missing go to the largest remainders
 * (ties: the larger share, then the earlier one), so 33.4 / 33.3 / 33.3 of 100 become 34 / 33 / 33.
 */
export function largestRemainder(quotas: readonly number[], total: number): number[] {
  const floors = quotas.map((q) => Math.floor(Math.max(0, q) + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  if (left < 0) throw new RangeError(`largestRemainder: the floors (${total - left}) exceed the total (${total}).`);
  const order = quotas
    .map((q, i) => ({ i, r: Math.max(0, q) - (floors[i] ?? 0), q }))
    .sort((a, b) => b.r - a.r || b.q - a.q || a.i - b.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) {
    const at = order[k]?.i ?? 0;
    floors[at] = (floors[at] ?? 0) + 1;
  }
  return floors;
}
