/**
 * Generic over every registered widget: each one's footer has the export menu, and its PNG
 * (2× and WeChat) and SVG exports carry its title, notes and source.
 */
import { expect } from '@open-wc/testing';
import { PNG_2X, PNG_WECHAT, widgetPng, widgetSvg, type Exportable } from '../../../src/core/export/actions.js';
import { mount, root } from '../../hardening/mount.js';
import { WIDGETS } from '../../hardening/widgets.js';
import { messages } from '../../../src/core/i18n/messages.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { pngHeader } from './capture.js';

const frame = { heading: 'Export check 标题', notes: 'A note 注释', source: 'A source 来源' };

describe('export of every registered widget', () => {
  for (const w of WIDGETS.filter((x) => x.frame)) {
    it(`${w.tag}: menu in the footer; SVG and PNG with title, notes and source`, async () => {
      const el = (await mount(w, w.valid(), { attrs: frame })) as unknown as Exportable;
      expect(root(el).querySelector('footer .tools .export-button'), 'export button').to.not.equal(null);
      const svg = await widgetSvg(el);
      const t = messages((el as Exportable & { locale: Locale }).locale);
      for (const text of [frame.heading, `${t.notes}${frame.notes}`, `${t.source}${frame.source}`]) expect(svg).to.contain(`>${text}</text>`);
      const two = await widgetPng(el, PNG_2X);
      expect((await pngHeader(two.blob)).width).to.equal(1280);
      const wechat = await widgetPng(el, PNG_WECHAT);
      const head = await pngHeader(wechat.blob);
      expect(head.width).to.equal(1080);
      expect(head.bytes).to.be.below(1_000_000);
    });
  }
});
