import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { hostPaint } from '../../../src/core/export/paint-from-host.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { shadow } from '../../helpers/widgets.js';
import { captureDownloads, pngHeader } from './capture.js';
import { articleBars, barFills, NOTES, SOURCE, TITLE } from './fixtures.js';

const button = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('.export-button')!;
const menu = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="menu"]')!;
const items = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
const focused = (el: Element) => shadow(el).activeElement;
const status = (el: Element) => shadow(el).querySelector('.export-status')!.textContent.trim();

/** After the button is used: its menu's code has arrived (it loads on first use) and the widget has rendered. */
async function settle(el: DjBarChart): Promise<void> {
  await el.updateComplete;
  await until(() => button(el).getAttribute('aria-busy') !== 'true' || status(el) === '正在导出…', 'the menu to load');
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 8000) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('export menu', () => {
  it('is a menu button beside the data tools, closed at first, its menu loaded when first used', async () => {
    const el = await articleBars();
    const tools = shadow(el).querySelector('.tools')!;
    expect(tools.contains(button(el))).to.equal(true);
    expect(button(el).textContent.replace(/\s+/g, '')).to.equal('导出▾');
    expect(button(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    // The menu's code is not here before the button is used: no menu, nothing to point at.
    expect(shadow(el).querySelector('[role="menu"]')).to.equal(null);
    expect(button(el).hasAttribute('aria-controls')).to.equal(false);
    button(el).click();
    await settle(el);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(button(el).getAttribute('aria-controls')).to.equal(menu(el).id);
    expect(menu(el).hidden).to.equal(false);
    expect(menu(el).getAttribute('aria-label')).to.equal('导出图表');
    expect(items(el).map((i) => i.textContent.trim())).to.deep.equal(['PNG 图片（2 倍清晰度）', 'PNG 图片（微信，1080 像素宽）', 'SVG 矢量图']);
    expect(items(el).map((i) => i.tabIndex)).to.deep.equal([-1, -1, -1]);
    expect(focused(el)).to.equal(items(el)[0]);
  });

  it('speaks English to English readers', async () => {
    const el = await articleBars('', 640, 'en');
    expect(button(el).textContent.replace(/\s+/g, '')).to.equal('Export▾');
    button(el).click();
    await settle(el);
    expect(items(el).map((i) => i.textContent.trim())).to.deep.equal(['PNG image (2×)', 'PNG for WeChat (1080 px wide)', 'SVG vector image']);
  });

  it('keyboard: Enter opens on the first item, arrows wrap, Home/End, Escape returns to the button', async () => {
    const el = await articleBars();
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    expect(menu(el).hidden).to.equal(false);
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(items(el)[1]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(items(el)[2]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(items(el)[2]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(menu(el).hidden).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button(el));
  });

  it('keyboard: Space opens too, ArrowUp on the button opens on the last item, Tab closes', async () => {
    const el = await articleBars();
    button(el).focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(focused(el)).to.equal(items(el)[2]);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(menu(el).hidden).to.equal(true);
  });

  it('a click outside closes it', async () => {
    const el = await articleBars();
    button(el).click();
    await settle(el);
    expect(menu(el).hidden).to.equal(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(el);
    expect(menu(el).hidden).to.equal(true);
  });

  // One widget per test: axe counts every widget's <footer> as a page-wide contentinfo landmark.
  for (const theme of ['light', 'dark']) {
    it(`is accessible open (${theme})`, async () => {
      const el = await articleBars(`theme="${theme}"`);
      button(el).click();
      await settle(el);
      expect(menu(el).hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('SVG: saves toSvg() in the page colours, with title, notes and source, named from the title', async () => {
    const el = await articleBars('theme="light"');
    const capture = captureDownloads();
    try {
      button(el).focus();
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      await sendKeys({ press: 'Enter' });
      const saved = await capture.next();
      const text = await saved.blob.text();
      expect(saved.name).to.equal(`${TITLE}.svg`);
      // The blob is made as image/svg+xml;charset=utf-8; what a blob: URL answers with is the browser's
      // (Chromium 156 keeps the charset, 150 drops it): the type, and no other charset.
      expect(saved.type).to.match(/^image\/svg\+xml(;charset=utf-8)?$/);
      expect(text).to.equal(el.toSvg({ paint: hostPaint(el) }));
      // No page overrides: the page's paint is the tokens' own, so the file is exactly toSvg().
      expect(text).to.equal(el.toSvg());
      expect(text).to.contain(`>${TITLE}</text>`);
      expect(text).to.contain(`>注：${NOTES}</text>`);
      expect(text).to.contain(`>来源：${SOURCE}</text>`);
      await until(() => status(el) !== '正在导出…' && status(el) !== '', 'status');
      expect(status(el)).to.equal(`已导出 SVG：${text.length} 个字符。`);
      expect(focused(el)).to.equal(button(el));
    } finally {
      capture.restore();
    }
  });

  it("SVG: a page's --dj-accent makes the exported bars red", async () => {
    const style = document.createElement('style');
    style.textContent = 'dj-bar-chart { --dj-accent: #ff0000 }';
    document.head.append(style);
    const capture = captureDownloads();
    try {
      const el = await articleBars('theme="light"');
      button(el).click();
      await settle(el);
      items(el)[2]!.click();
      const text = await (await capture.next()).blob.text();
      expect(barFills(text)).to.deep.equal(['#ff0000', '#ff0000']);
      // The default drawing (no page paint) keeps the token colour.
      expect(barFills(el.toSvg())).to.deep.equal(['#1f6feb', '#1f6feb']);
    } finally {
      capture.restore();
      style.remove();
    }
  });

  it('PNG 2× and WeChat: saved as PNG files with the sizes the status line reports', async () => {
    const el = await articleBars('theme="light"');
    const capture = captureDownloads();
    try {
      button(el).click();
      await settle(el);
      items(el)[0]!.click();
      const two = await capture.next();
      expect(two.name).to.equal(`${TITLE}.png`);
      const h2 = await pngHeader(two.blob);
      expect(h2.width).to.equal(1280);
      await until(() => status(el).startsWith('已导出 PNG'), 'status after 2×');
      expect(status(el)).to.equal(`已导出 PNG：1280 × ${h2.height} 像素，${Math.round(h2.bytes / 1000)} KB。`);
      button(el).click();
      await settle(el);
      items(el)[1]!.click();
      const wechat = await capture.next();
      const hw = await pngHeader(wechat.blob);
      expect(hw.width).to.equal(1080);
      expect(hw.bytes).to.be.below(1_000_000);
      await until(() => status(el).includes('1080'), 'status after WeChat');
      expect(status(el)).to.equal(`已导出 PNG：1080 × ${hw.height} 像素，${Math.round(hw.bytes / 1000)} KB。`);
    } finally {
      capture.restore();
    }
  });

  it('shows why an export failed, in the reader’s language', async () => {
    const el = await articleBars();
    el.data = [{ 项目: 'x', 目标: 'not a number' }];
    await el.updateComplete;
    button(el).click();
    await settle(el);
    items(el)[2]!.click();
    await until(() => status(el).startsWith('导出失败'), 'failure status');
    expect(status(el)).to.match(/^导出失败：.+/);
  });

  it('lets go of the page when removed while open', async () => {
    const el = await articleBars();
    button(el).click();
    await settle(el);
    const removed: string[] = [];
    const remove = document.removeEventListener.bind(document);
    document.removeEventListener = ((type: string, ...rest: [EventListenerOrEventListenerObject, boolean?]) => {
      removed.push(type);
      remove(type, ...rest);
    }) as typeof document.removeEventListener;
    try {
      el.remove();
      expect(removed).to.include('pointerdown');
    } finally {
      document.removeEventListener = remove;
    }
  });
});
