/** The embed page's height messages (src/embed/height.ts), posted to a real window (an iframe's). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HeightReporter, heightMessages, pymHeight } from '../../src/embed/height.js';

describe('embed page: height messages', () => {
  it('says one height three ways: ours, AMP embed-size, pym', () => {
    expect(heightMessages(412, 'chart-1')).to.deep.equal([
      { type: 'dj-widgets:height', height: 412, id: 'chart-1' },
      { sentinel: 'amp', type: 'embed-size', height: 412 },
      'pymxPYMxchart-1xPYMxheightxPYMx412',
    ]);
  });

  it('leaves pym out without a frame id (pym’s Parent always names its child)', () => {
    expect(pymHeight('', 10)).to.equal(null);
    expect(heightMessages(10, '')).to.deep.equal([
      { type: 'dj-widgets:height', height: 10, id: '' },
      { sentinel: 'amp', type: 'embed-size', height: 10 },
    ]);
  });
});

describe('embed page: HeightReporter', () => {
  let frame: HTMLIFrameElement;
  let received: unknown[];
  let box: HTMLElement;
  let reporter: HeightReporter | undefined;
  const record = (e: MessageEvent): void => {
    received.push(e.data);
  };

  beforeEach(async () => {
    // The "parent" is a real window (an empty frame's): postMessage there is the real thing.
    const wrap = await fixture<HTMLElement>(html`<div><iframe title="parent stand-in"></iframe><div style="height: 100.2px"></div></div>`);
    frame = wrap.querySelector('iframe')!;
    box = wrap.querySelector('div')!;
    received = [];
    frame.contentWindow!.addEventListener('message', record);
  });

  afterEach(() => {
    reporter?.stop();
    reporter = undefined;
  });

  const ours = (): unknown[] => received.filter((m) => typeof m === 'object' && m !== null && (m as { type?: string }).type === 'dj-widgets:height');

  it('posts the height rounded up at start, then only when it changes', async () => {
    reporter = new HeightReporter(frame.contentWindow!, box, 'c');
    reporter.start();
    await waitUntil(() => received.length === 3, 'the first height');
    expect(received).to.deep.equal(heightMessages(101, 'c'));
    // The observer's own first callback repeats the same height: not posted.
    await new Promise((r) => setTimeout(r, 150));
    expect(received).to.have.length(3);
    box.style.height = '240px';
    await waitUntil(() => ours().length === 2, 'the new height');
    expect(ours()[1]).to.deep.equal({ type: 'dj-widgets:height', height: 240, id: 'c' });
    box.style.height = '240.4px';
    await waitUntil(() => ours().length === 3, 'the rounded-up height');
    expect(ours()[2]).to.deep.equal({ type: 'dj-widgets:height', height: 241, id: 'c' });
  });

  it('posts again when the parent asks (ours, or pym’s width), and only the parent', async () => {
    reporter = new HeightReporter(frame.contentWindow!, box, 'c');
    reporter.start();
    await waitUntil(() => received.length === 3, 'the first height');
    const ask = (data: unknown, source: Window): void => {
      dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://host.example' }));
    };
    ask({ type: 'dj-widgets:request-height' }, window);
    ask('pymxPYMxcxPYMxwidthxPYMx600', window);
    await new Promise((r) => setTimeout(r, 100));
    expect(received, 'a window that is not the parent').to.have.length(3);
    ask({ type: 'dj-widgets:request-height' }, frame.contentWindow!);
    await waitUntil(() => received.length === 6, 'the requested height');
    ask('pymxPYMxotherxPYMxwidthxPYMx600', frame.contentWindow!);
    await new Promise((r) => setTimeout(r, 100));
    expect(received, 'pym width for another child').to.have.length(6);
    ask('pymxPYMxcxPYMxwidthxPYMx600', frame.contentWindow!);
    await waitUntil(() => received.length === 9, 'the height after pym’s width');
    expect(received.slice(6)).to.deep.equal(heightMessages(101, 'c'));
  });

  it('releases its observer and listener on stop', async () => {
    reporter = new HeightReporter(frame.contentWindow!, box, 'c');
    reporter.start();
    await waitUntil(() => received.length === 3, 'the first height');
    reporter.stop();
    box.style.height = '300px';
    dispatchEvent(new MessageEvent('message', { data: { type: 'dj-widgets:request-height' }, source: frame.contentWindow! }));
    await new Promise((r) => setTimeout(r, 150));
    expect(received).to.have.length(3);
  });
});
