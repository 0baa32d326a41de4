/** Size is deterministic, so unlike speed it is a test: the script-tag bundle stays in budget. */
import { expect } from '@open-wc/testing';

async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('bundle size', () => {
  it('keeps dist/dj-widgets.js within its gzip budget (bench/size-budget.json)', async () => {
    const budget = (await (await fetch('/bench/size-budget.json')).json()) as Record<string, { budgetGzipBytes: number }>;
    const res = await fetch('/dist/dj-widgets.js');
    expect(res.ok, 'dist/dj-widgets.js is built by npm test before the browser tests').to.equal(true);
    const size = await gzipSize(await res.arrayBuffer());
    const limit = budget['dj-widgets.js']!.budgetGzipBytes;
    expect(limit).to.be.greaterThan(0);
    expect(size, `dj-widgets.js is ${size} bytes gzip; the budget is ${limit}`).to.be.at.most(limit);
  });
});
