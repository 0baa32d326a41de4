import { expect, fixture } from '@open-wc/testing';
import { hostPaint } from '../../../src/core/export/paint-from-host.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { articleBars } from './fixtures.js';

describe('hostPaint', () => {
  it('reads the default tokens of the scheme the widget shows, font stack included', async () => {
    const light = await articleBars('theme="light"');
    expect(hostPaint(light)).to.deep.equal(paintFor('light', 'zh-CN'));
    const dark = await articleBars('theme="dark"');
    expect(hostPaint(dark)).to.deep.equal(paintFor('dark', 'zh-CN'));
  });

  it('forces a scheme when asked, whatever the widget shows', async () => {
    const el = await articleBars('theme="light"');
    expect(hostPaint(el, 'dark')).to.deep.equal(paintFor('dark', 'zh-CN'));
  });

  it('follows the reader: rise is green in English', async () => {
    const el = await articleBars('theme="light"', 640, 'en');
    const p = hostPaint(el);
    expect(p.rise).to.equal(paintFor('light', 'en').green);
    expect(p.fall).to.equal(paintFor('light', 'en').red);
  });

  it("takes the page's --dj-* overrides: colours, palette, font and size", async () => {
    const style = document.createElement('style');
    style.textContent = `dj-bar-chart.brand { --dj-accent: #ff0000; --dj-fg: oklch(0.4 0.1 250); --dj-palette-2: rgb(1 2 3); --dj-rise: #123456; --dj-font: Georgia, serif; --dj-font-size: 16px; }`;
    document.head.append(style);
    try {
      const el = await articleBars('class="brand" theme="light"');
      const p = hostPaint(el);
      expect(p.accent).to.equal('#ff0000');
      // The first series colour and negative bars default to the accent, so they follow it.
      expect(p.palette[0]).to.equal('#ff0000');
      expect(p.negative).to.equal('#ff0000');
      expect(p.palette[2]).to.equal('#010203');
      expect(p.rise).to.equal('#123456');
      // oklch() is computed in its own space; the export turns it into plain sRGB hex.
      expect(p.fg).to.match(/^#[0-9a-f]{6}$/);
      expect(p.fg).to.not.equal(paintFor('light').fg);
      expect(p.font).to.equal('Georgia, serif');
      expect(p.fontSize).to.equal(16);
      expect(p.muted).to.equal(paintFor('light').muted);
    } finally {
      style.remove();
    }
  });

  it('puts what is behind a see-through widget into the background', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="background: rgb(253, 246, 227)"><div></div></div>');
    const el = await articleBars('theme="light" style="--dj-bg: transparent"');
    wrap.firstElementChild!.append(el.parentElement!);
    expect(hostPaint(el).bg).to.equal('#fdf6e3');
    el.style.setProperty('--dj-bg', 'rgb(0 0 0 / 0.5)');
    expect(hostPaint(el).bg).to.equal('#7f7b72');
  });

  it('leaves nothing behind in the shadow root', async () => {
    const el = await articleBars();
    const before = el.shadowRoot!.childNodes.length;
    hostPaint(el);
    expect(el.shadowRoot!.childNodes.length).to.equal(before);
  });
});
