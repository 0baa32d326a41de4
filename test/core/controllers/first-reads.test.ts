/**
 * first-reads: the page reads of every widget connected in one task are taken together, at the
 * first widget's first read, each value handed out once (issue #16: one style-and-layout pass for
 * many charts, not one each).
 */
import { expect } from '@open-wc/testing';
import { dropReads, expectReads, takeRead } from '../../../src/core/controllers/first-reads.js';

describe('first reads', () => {
  const els: HTMLElement[] = [];
  afterEach(() => {
    for (const el of els.splice(0)) {
      dropReads(el);
      el.remove();
    }
  });
  const add = (): HTMLElement => {
    const el = document.createElement('div');
    document.body.append(el);
    els.push(el);
    return el;
  };

  it('the first take reads every pending element, before any of them is handed its value', () => {
    const order: string[] = [];
    const [a, b, c] = [add(), add(), add()];
    expectReads(a, () => (order.push('a'), { width: 1 }));
    expectReads(b, () => (order.push('b'), { width: 2 }));
    expectReads(c, () => (order.push('c'), { width: 3 }));
    expect(takeRead(b, 'width', () => -1)).to.equal(2);
    expect(order).to.deep.equal(['a', 'b', 'c']);
    // The others take what was read with it, and nothing is read again.
    expect(takeRead(a, 'width', () => -1)).to.equal(1);
    expect(takeRead(c, 'width', () => -1)).to.equal(3);
    expect(order).to.deep.equal(['a', 'b', 'c']);
  });

  it('hands a value out once: a later read goes to the page', () => {
    const el = add();
    expectReads(el, () => ({ font: '14px batched' }));
    expect(takeRead(el, 'font', () => 'fresh')).to.equal('14px batched');
    expect(takeRead(el, 'font', () => 'fresh')).to.equal('fresh');
  });

  it('an element that left before its first read is not read, and reads afresh', () => {
    let read = 0;
    const [a, b] = [add(), add()];
    expectReads(a, () => (read++, { width: 1 }));
    expectReads(b, () => ({ width: 2 }));
    a.remove();
    expect(takeRead(b, 'width', () => -1)).to.equal(2);
    expect(read).to.equal(0);
    expect(takeRead(a, 'width', () => -1)).to.equal(-1);
  });

  it('values read in one task are not handed out in a later one', async () => {
    const [a, b] = [add(), add()];
    expectReads(a, () => ({ width: 1 }));
    expectReads(b, () => ({ width: 2 }));
    takeRead(a, 'width', () => -1);
    await new Promise((r) => setTimeout(r, 5));
    expect(takeRead(b, 'width', () => -1)).to.equal(-1);
  });
});
