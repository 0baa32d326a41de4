/**
 * The shared layout kit in core: the type scale, column choosing with aliases, and position
 * phrases, each once, as every widget's layout and reader now uses them.
 */
import { expect } from '@open-wc/testing';
import { BASE_FONT_SIZE, fontSizeOf, typeScale } from '../../src/core/type-scale.js';
import { fontOf, estimateWidth } from '../../src/core/measure.js';
import { columnByAlias, columnNamed, findColumn, requireColumn } from '../../src/core/data/columns.js';
import { chooseColumn, typeTable } from '../../src/core/data/typed.js';
import { DataError } from '../../src/core/data/errors.js';
import { messages } from '../../src/core/i18n/messages.js';
import { readEvents } from '../../src/widgets/timeline/timeline.data.js';
import { readTargets } from '../../src/widgets/targets/targets.data.js';
import { layoutBars } from '../../src/widgets/bar-chart/bar-chart.layout.js';

describe('type scale', () => {
  it('reads the size from the host font shorthand, weight and family included', () => {
    expect(typeScale('14px system-ui')).to.deep.equal({ fontSize: 14, lineHeight: 18 });
    expect(typeScale('700 16px "Noto Sans SC", sans-serif')).to.deep.equal({ fontSize: 16, lineHeight: 21 });
    // getComputedStyle can give fractional sizes (1.1em of 14px): the line height stays whole.
    expect(typeScale('15.4px serif')).to.deep.equal({ fontSize: 15.4, lineHeight: 20 });
  });

  it('falls back to the one default, 14 px, the same as the token, the paint and a server', () => {
    expect(fontSizeOf('1em serif')).to.equal(BASE_FONT_SIZE);
    expect(fontSizeOf('0px serif')).to.equal(BASE_FONT_SIZE);
    expect(BASE_FONT_SIZE).to.equal(14);
    // The estimate measures a px-less font at the same size the layouts lay it out at.
    expect(estimateWidth('国', 'serif')).to.equal(14);
  });

  it("follows the host's computed font: a page at 18px gets 23px rows", () => {
    const host = document.createElement('div');
    host.style.font = '18px serif';
    document.body.append(host);
    try {
      expect(typeScale(fontOf(host)).lineHeight).to.equal(23);
    } finally {
      host.remove();
    }
  });

  it('a bar chart at a larger font gets taller rows from the same rule', () => {
    const data = [{ label: '海州区', value: 1, unit: '亿元' }, { label: '连云区', value: 2, unit: '亿元' }];
    const opts = { locale: 'zh-CN', missingText: '无数据', measure: estimateWidth, sort: 'none' } as const;
    const small = layoutBars(data, { ...opts, font: '12px sans-serif' } as Parameters<typeof layoutBars>[1], 400);
    const large = layoutBars(data, { ...opts, font: '20px sans-serif' } as Parameters<typeof layoutBars>[1], 400);
    expect(small.lineHeight).to.equal(16);
    expect(large.lineHeight).to.equal(26);
  });
});

describe('column choosing with aliases', () => {
  // Headers as spreadsheets export them: a stray space, English capitals, Chinese names.
  const table = typeTable({ columns: [' 日期 ', 'Title', '说明', '数值'], rows: [['2021-01', '开工', '海州区', 3]] });

  it('finds a role by its aliases, whatever the spaces and case', () => {
    expect(columnByAlias(table, ['date', '日期'])).to.equal(0);
    expect(columnByAlias(table, ['title', '标题'])).to.equal(1);
    expect(columnByAlias(table, ['lane'])).to.equal(-1);
  });

  it('a named column: exact header, then trimmed any case, then a 1-based number', () => {
    expect(columnNamed(table, ' 日期 ')).to.equal(0);
    expect(columnNamed(table, '日期')).to.equal(0);
    expect(columnNamed(table, 'title')).to.equal(1);
    expect(columnNamed(table, '3')).to.equal(2);
    expect(columnNamed(table, '5')).to.equal(-1);
    expect(findColumn(table, ['date'], '说明')).to.equal(2);
    expect(findColumn(table, ['date', '日期'])).to.equal(0);
  });

  it('a name that matches nothing is one bilingual error listing the columns, in every reader', () => {
    const expectNoColumn = (fn: () => unknown): void => {
      let err: unknown;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(err).to.be.instanceOf(DataError);
      const e = err as DataError;
      expect(e.message).to.equal('No column "标题"; the columns are: " 日期 ", "Title", "说明", "数值".');
      expect(e.text('zh-CN')).to.equal('没有名为“标题”的列；现有的列：“ 日期 ”、“Title”、“说明”、“数值”。');
      expect(e.details.input).to.equal('columns');
    };
    expectNoColumn(() => requireColumn(table, '标题'));
    expectNoColumn(() => chooseColumn(table, 'text', '标题'));
    expectNoColumn(() => readEvents(table, '标题'));
    expectNoColumn(() => readTargets(table, { unit: '', labelColumn: '标题', valueColumn: null, asOf: null, year: null }));
  });

  it('the same label attribute finds the same column in the timeline and the generic chooser', () => {
    const { events } = readEvents(table, 'title');
    expect(events[0]?.title).to.equal('开工');
    expect(chooseColumn(table, 'text', 'title')).to.equal(1);
  });
});

describe('position phrases', () => {
  it('come from the messages table in both languages', () => {
    const zh = messages('zh-CN');
    const en = messages('en');
    expect(zh.aside(zh.position(3, 8))).to.equal('（第 3 项，共 8 项）');
    expect(en.aside(en.position(3, 8))).to.equal(' (3 of 8)');
    expect(zh.pointPosition(7, 10)).to.equal('第 7 个，共 10 个');
    expect(en.stepPosition(2, 5)).to.equal('step 2 of 5');
  });

  it('a bar announces its place through them', () => {
    const data = [{ label: '海州区', value: 1, unit: '亿元' }, { label: '连云区', value: 2, unit: '亿元' }];
    for (const locale of ['zh-CN', 'en'] as const) {
      const scene = layoutBars(data, { locale, font: '14px sans-serif', missingText: '', measure: estimateWidth, sort: 'none' } as Parameters<typeof layoutBars>[1], 400);
      const t = messages(locale);
      const aria = JSON.stringify(scene);
      expect(aria).to.include(t.aside(t.position(2, 2)));
    }
  });
});
