/**
 * Several series on one axis read in the figures' published multiplier, as one series does
 * (core/format/published.ts sharedMultiplier; bar-chart.series.ts). Tables as published:
 * - 江苏 2023年上半年 GDP by sector — 第一产业 1720.2, 第二产业 26613.4, 第三产业 32131.7 亿元
 *   (江苏省统计局 via 新华日报, https://zfw.changzhou.gov.cn/html/czzf/2023/FCPIQHAJ_0801/22475.html);
 * - a county's 2015 bulletin — 第一产业 62857, 第二产业 65585, 第三产业 115952 万元
 *   (https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html; test/extract/corpus/fresh-county-bulletin-2015.ts).
 */
import { expect, fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { layoutSeries, type SeriesTable } from '../../../src/widgets/bar-chart/bar-chart.series.js';
import { scaleBy } from '../../../src/core/format/published.js';
import { BAR_DEFAULTS, bars, drawn, shadow } from '../../helpers/widgets.js';

const JIANGSU = '<tr><th>地区</th><th>第一产业（亿元）</th><th>第二产业（亿元）</th><th>第三产业（亿元）</th></tr><tr><td>江苏省2023年上半年</td><td>1720.2</td><td>26613.4</td><td>32131.7</td></tr>';
const COUNTY = '<tr><th>地区</th><th>第一产业</th><th>第二产业</th><th>第三产业</th></tr><tr><td>全县2015年</td><td>62857万元</td><td>65585万元</td><td>115952万元</td></tr>';

async function chart(lang: string, rows: string, attrs = '', width = 640): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-bar-chart ${attrs}><table>${rows}</table></dj-bar-chart></div>`);
  const el = wrap.querySelector('dj-bar-chart')!;
  await drawn(el);
  return el;
}

const svgTexts = (el: DjBarChart): string[] => Array.from(shadow(el).querySelectorAll('.plot svg text'), (t) => t.textContent);

describe('<dj-bar-chart> several series: the axis in the published multiplier', () => {
  for (const width of [320, 640, 1280]) {
    for (const mode of ['grouped', 'stacked']) {
      it(`zh-CN ${mode} at ${width}px: 单位：亿元 over ticks in 亿, as the labels and the summary say`, async () => {
        const el = await chart('zh-CN', JIANGSU, `mode="${mode}"`, width);
        expect(bars(el)).to.have.length(3);
        const texts = svgTexts(el);
        expect(texts).to.include('单位：亿元');
        expect(texts.some((t) => /万亿/.test(t)), texts.join('|')).to.equal(false);
        // Ticks are amounts in 亿: the largest is at least the largest value (32,131.7) or the stack (60,465.3).
        const ticks = texts.filter((t) => /^[\d,]+$/.test(t)).map((t) => Number(t.replace(/,/g, '')));
        expect(Math.max(...ticks)).to.be.at.least(mode === 'stacked' ? 60000 : 30000).and.below(100000);
        // The series is named once, its unit said with the value.
        // Five-digit tick labels stay apart and inside the frame (the last one is not pulled over its neighbour).
        const boxes = Array.from(shadow(el).querySelectorAll<SVGTextElement>('.plot svg text')).filter((t) => /^[\d,]+$/.test(t.textContent)).map((t) => t.getBoundingClientRect());
        const frame = el.getBoundingClientRect();
        boxes.forEach((b, i) => {
          expect(b.right, `tick ${i}`).to.be.at.most(frame.right + 0.5);
          const next = boxes[i + 1];
          if (next) expect(next.left, `tick ${i + 1}`).to.be.at.least(b.right);
        });
        expect(shadow(el).querySelector('#summary')!.textContent).to.contain('最大值是“江苏省2023年上半年”的第三产业（32131.7亿元）');
      });
    }
  }

  it('en: "billion yuan" on the axis as on the bars, vertical too', async () => {
    for (const orientation of ['horizontal', 'vertical']) {
      const el = await chart('en', JIANGSU, `mode="stacked" orientation="${orientation}"`);
      const texts = svgTexts(el);
      expect(texts, orientation).to.include('billion yuan');
      expect(texts.some((t) => /trillion/.test(t)), orientation).to.equal(false);
      expect(texts.some((t) => /^[67],000$/.test(t)), texts.join('|')).to.equal(true);
    }
  });

  it('万元 figures whose ticks would pass 100,000 are read in 亿 (单位：亿元), as one series is', async () => {
    const el = await chart('zh-CN', COUNTY);
    const texts = svgTexts(el);
    expect(texts).to.include('单位：亿元');
    expect(texts).to.include('12');
    // The bars keep the figures as published.
    expect(texts).to.include('115952万元');
  });

  it('100 % stacked: a share axis, no multiplier', async () => {
    const el = await chart('zh-CN', JIANGSU, 'mode="percent"');
    const texts = svgTexts(el);
    expect(texts).to.include('100%');
    expect(texts.some((t) => t.startsWith('单位')), texts.join('|')).to.equal(false);
  });

  it('the static image says the same unit', async () => {
    const el = await chart('zh-CN', JIANGSU, 'mode="stacked"');
    expect(el.toSvg()).to.contain('>单位：亿元</text>');
  });

  it('layout: every tick label of a several-series axis lies inside the frame, 320–1280 px', () => {
    const form = (v: number): ReturnType<typeof scaleBy> => scaleBy(v, { decimals: 1, multiplier: '', grouped: false }, { factor: 1e8, multiplier: '亿' });
    const cells = [1720.2, 26613.4, 32131.7].map(form);
    const t: SeriesTable = {
      categories: ['江苏省2023年上半年'],
      series: ['第一产业', '第二产业', '第三产业'].map((name) => ({ name, unit: '元' })),
      values: [cells.map((c) => c.value)],
      published: [cells.map((c) => c.published)],
    };
    for (let width = 320; width <= 1280; width += 16) {
      const scene = layoutSeries(t, { ...BAR_DEFAULTS, mode: 'stacked', hidden: [] }, width);
      expect(scene.caption.text, `${width}`).to.equal('单位：亿元');
      for (const tick of scene.ticks) {
        const half = BAR_DEFAULTS.measure(tick.text, BAR_DEFAULTS.font) / 2;
        expect(tick.pos + half, `${width}px: ${tick.text}`).to.be.at.most(width + 0.5);
        expect(tick.pos - half, `${width}px: ${tick.text}`).to.be.at.least(-0.5);
      }
    }
  });
});
