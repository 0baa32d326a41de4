/**
 * core/lazy.ts's firstUse: the bookkeeping of a first-use seam's retry, with the imports stubbed
 * (the real chunks, a real failing server and both kinds of module map are in
 * test/e2e/retry.e2e.mjs). What it must do: one attempt for concurrent callers; after a failure,
 * the next call under a fresh query; siblings asked for by name first, a failed one ending in
 * StaleChunkError; outside the chunks build (no table), simply the same import again.
 */
import { expect } from '@open-wc/testing';
import { firstUse, StaleChunkError } from '../../src/core/lazy.js';

/** A stub import: records each query, fails the calls whose number is in `fail`. */
function chunkStub(fail: number[]) {
  const queries: (string | undefined)[] = [];
  const load = (query?: string): Promise<string> => {
    queries.push(query);
    return fail.includes(queries.length) ? Promise.reject(new Error(`blip ${queries.length}`)) : Promise.resolve(`module${query ?? ''}`);
  };
  return { queries, load };
}

describe('firstUse (core/lazy.ts)', () => {
  it('concurrent calls share one import; a success is kept', async () => {
    const { queries, load } = chunkStub([]);
    const use = firstUse('./x.js', load, ['shared.js'], () => Promise.resolve());
    const [a, b] = await Promise.all([use(), use()]);
    expect([a, b, await use()]).to.deep.equal(['module', 'module', 'module']);
    expect(queries).to.deep.equal([undefined]);
  });

  it('after a failure, each next call asks under a fresh query (?retry=1, ?retry=2), after its siblings by name', async () => {
    const { queries, load } = chunkStub([1, 2]);
    const siblings: string[] = [];
    const use = firstUse('./x.js', load, ['csv.js', 'shared.js'], (name) => (siblings.push(name), Promise.resolve()));
    let error: unknown;
    await use().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('blip 1');
    expect(siblings).to.deep.equal([], 'the first call imports the chunk only');
    await use().catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('blip 2');
    expect(await use()).to.equal('module?retry=2');
    expect(queries).to.deep.equal([undefined, '?retry=1', '?retry=2']);
    expect(siblings).to.deep.equal(['csv.js', 'shared.js', 'csv.js', 'shared.js']);
  });

  it('a sibling that will not load by its name: StaleChunkError naming it, and the chunk is not asked for', async () => {
    const { queries, load } = chunkStub([1]);
    const use = firstUse('./x.js', load, ['csv.js', 'shared.js'], (name) => (name === 'csv.js' ? Promise.reject(new Error('failed before')) : Promise.resolve()));
    await use().catch(() => undefined);
    let error: unknown;
    await use().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(StaleChunkError);
    expect((error as StaleChunkError).reload).to.equal(true);
    expect((error as Error).message).to.contain('csv.js').and.contain('reload');
    expect(queries).to.deep.equal([undefined]);
  });

  it('outside the chunks build (no table): a retry is the same import again', async () => {
    const { queries, load } = chunkStub([1]);
    const use = firstUse('./x.js', load, undefined);
    await use().catch(() => undefined);
    expect(await use()).to.equal('module');
    expect(queries).to.deep.equal([undefined, undefined]);
  });
});
