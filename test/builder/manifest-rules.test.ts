/**
 * The builder's per-widget rules come from the manifest's `builder` metadata, not from lists in
 * the builder: the check a suggestion passes (`fit`), the Describe step's options (`options`),
 * the date column's default attribute (`dateColumn`), and whether the widget reads text (`input`).
 */
import { expect } from '@open-wc/testing';
import { defaultAttributes } from '../../src/builder/app/state.js';
import { checkSuggestion } from '../../src/builder/feasible.js';
import { parseInput } from '../../src/builder/parse.js';
import { takesText, WIDGET_ATTRIBUTES } from '../../src/builder/widgets.js';
import { WIDGETS, widgetEntry } from '../../src/widgets/manifest.js';

// 2023年国内生产总值季度同比增长（%），国家统计局; the notes as a reporter types them beside.
const QUARTERS = '说明\t季度\t增长（%）\n开局\t2023年一季度\t4.5\n低基数\t2023年二季度\t6.3\n回落\t2023年三季度\t4.9\n回升\t2023年四季度\t5.2\n';

describe('builder rules from the manifest', () => {
  it('every option the Describe step offers, and every default attribute, is one the widget lets the builder write', () => {
    for (const w of WIDGETS) {
      for (const o of w.builder.options ?? []) expect(w.builder.attributes, `${w.tag} option ${o.name}`).to.include(o.name);
      if (w.builder.dateColumn) expect(w.builder.attributes, `${w.tag} dateColumn`).to.include(w.builder.dateColumn.attribute);
      expect(WIDGET_ATTRIBUTES[w.tag]).to.equal(w.builder.attributes);
    }
    expect(widgetEntry('dj-bar-chart')?.builder.options?.map((o) => o.name)).to.deep.equal(['orientation', 'sort']);
    expect(widgetEntry('dj-line-chart')?.builder.options).to.equal(undefined);
  });

  it('a suggestion is checked by the fit its manifest entry names; a widget naming none draws any table with rows', () => {
    // A single value: too few for a line ('series'), fine for bars and big numbers.
    const one = parseInput('地区\t地区生产总值（亿元）\n广东\t135673.16\n');
    const fits = Object.fromEntries(WIDGETS.map((w) => [w.tag, checkSuggestion(w.tag, one, {}).ok]));
    expect(widgetEntry('dj-line-chart')?.builder.fit).to.equal('series');
    expect(fits['dj-line-chart']).to.equal(false);
    expect(fits['dj-bar-chart']).to.equal(true);
    expect(fits['dj-big-number']).to.equal(true);
    // 'stages': no stage column; 'events': no event the timeline can read.
    expect(fits['dj-project-tracker']).to.equal(false);
    expect(widgetEntry('dj-targets')?.builder.fit).to.equal(undefined);
    expect(fits['dj-targets']).to.equal(true);
    // A tag the manifest does not list has no rules to fail (project files naming it are refused elsewhere).
    expect(checkSuggestion('dj-nope', one, {}).ok).to.equal(true);
    expect(checkSuggestion('dj-targets', parseInput('地区\t地区生产总值（亿元）\n'), {}).ok).to.equal(false);
  });

  it('the date column becomes the attribute the manifest names, only where the widget would read a text column instead', () => {
    const t = parseInput(QUARTERS);
    expect(t.columns.map((c) => c.type)).to.deep.equal(['text', 'date', 'number']);
    expect(defaultAttributes('dj-bar-chart', t)).to.deep.equal({ label: '季度' });
    expect(defaultAttributes('dj-line-chart', t)).to.deep.equal({ x: '季度' });
    expect(defaultAttributes('dj-waffle', t)).to.deep.equal({});
    // Dates first: the line's x is already the date column; bars still take it over the notes.
    const datesFirst = parseInput(QUARTERS.split('\n').map((l) => l.split('\t')).map((c) => [c[1], c[0], c[2]].join('\t')).join('\n'));
    expect(defaultAttributes('dj-line-chart', datesFirst)).to.deep.equal({});
    expect(defaultAttributes('dj-bar-chart', datesFirst)).to.deep.equal({ label: '季度' });
    // No text column: nothing to take the date column's place.
    expect(defaultAttributes('dj-bar-chart', parseInput('季度\t增长（%）\n2023年一季度\t4.5\n2023年二季度\t6.3\n'))).to.deep.equal({});
  });

  it('a change to an entry\'s builder metadata is all it takes to change the builder\'s rules for that widget', () => {
    const meta = widgetEntry('dj-waffle')?.builder;
    if (!meta) throw new Error('no waffle');
    const saved = { ...meta };
    const one = parseInput('地区\t地区生产总值（亿元）\n广东\t135673.16\n');
    try {
      Object.assign(meta, { fit: 'series', dateColumn: { attribute: 'label', when: 'text-column' } });
      expect(checkSuggestion('dj-waffle', one, {})).to.deep.include({ ok: false, en: 'A line needs at least two numbers in one series.' });
      expect(defaultAttributes('dj-waffle', parseInput(QUARTERS))).to.deep.equal({ label: '季度' });
    } finally {
      delete meta.dateColumn;
      Object.assign(meta, saved);
    }
    expect(checkSuggestion('dj-waffle', one, {}).ok).to.equal(true);
    expect(defaultAttributes('dj-waffle', parseInput(QUARTERS))).to.deep.equal({});
  });

  it('text widgets are known by their manifest input, not by name', () => {
    expect(WIDGETS.filter((w) => takesText(w.tag)).map((w) => w.tag)).to.deep.equal(['dj-figures']);
    expect(takesText('dj-nope')).to.equal(false);
  });
});
