/**
 * One vocabulary, every reader: each bound word goes through the extractor (prose), parseCell (a
 * table cell), the targets reader (a value cell and a comparator column) and the builder (its
 * number reader and its "is this a bound" test), and all must read the same comparator.
 */
import { expect } from '@open-wc/testing';
import { isBoundCell } from '../../../src/builder/suggest.js';
import { readNumber } from '../../../src/builder/numbers.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { parseCell, qualifierSymbol } from '../../../src/core/format/quantity.js';
import {
  BOUND_WORDS, COMPARATOR_SYMBOLS, DIRECTION_WORDS, RATE_UNITS, readComparator, readDirection, type BoundWord,
} from '../../../src/core/format/vocabulary.js';
import { extractFigures } from '../../../src/extract/index.js';
import { readTargets } from '../../../src/widgets/targets/targets.data.js';
import { isRate } from '../../../src/widgets/targets/targets.status.js';

/** The figure 500家 written with the word where the word stands. */
const written = (w: BoundWord): string =>
  w.position === 'before' ? `${w.word}500家` : w.position === 'after' ? `500家${w.word}` : `500${w.word}家`;

const targetOf = (rows: Array<Record<string, unknown>>) =>
  readTargets(typeTable(fromRecords(rows, 'data')), { unit: '', labelColumn: null, valueColumn: null, asOf: Date.UTC(2021, 6, 1), year: 2021 });

describe('one vocabulary: every bound word through every reader', () => {
  for (const w of BOUND_WORDS) {
    const form = written(w);
    it(`${form} is ${w.comparator} 500 家 everywhere`, () => {
      // Extractor: the word in a sentence.
      const figs = extractFigures(`全年新增企业${form}。`);
      expect(figs, `extractor on ${form}`).to.have.length(1);
      expect(figs[0]?.value).to.equal(500);
      expect(figs[0]?.unit).to.equal('家');
      expect(figs[0]?.comparator, `extractor comparator of ${form}`).to.equal(w.comparator);
      // parseCell: the same words as a table cell.
      const cell = parseCell(form);
      expect(cell, `parseCell(${form})`).to.deep.include({ kind: 'number', value: 500, unit: '家' });
      const qualifier = cell.kind === 'number' ? cell.qualifier : undefined;
      expect(qualifier && readComparator(qualifier), `parseCell qualifier of ${form}`).to.equal(w.comparator);
      expect(qualifierSymbol(qualifier)).to.equal(COMPARATOR_SYMBOLS[w.comparator]);
      // Targets reader: the cell as a target value, and the word alone in a comparator column.
      const [fromCell] = targetOf([{ label: '企业', value: form }]);
      expect(fromCell?.comparator, `targets value cell ${form}`).to.equal(w.comparator);
      expect(fromCell?.target).to.equal(500);
      const [fromColumn] = targetOf([{ label: '企业', value: 500, comparator: w.word }]);
      expect(fromColumn?.comparator, `targets comparator column ${w.word}`).to.equal(w.comparator);
      // Builder: its number reader and its bound test.
      expect(readNumber(form, '.')).to.deep.include({ kind: 'number', value: 500, unit: '家' });
      expect(isBoundCell(form), `builder bound test on ${form}`).to.equal(w.comparator !== 'eq');
    });
  }

  it('reads the issue case: a table cell 不小于500家 is ≥ 500 家, as the extractor reads it', () => {
    expect(parseCell('不小于500家')).to.deep.equal({ kind: 'number', value: 500, unit: '家', qualifier: '不小于' });
    expect(extractFigures('新增入驻企业不小于500家。')[0]?.comparator).to.equal('ge');
  });

  it('reads comparator codes and signs, and refuses other text', () => {
    for (const [text, c] of [['ge', 'ge'], ['≥', 'ge'], ['>=', 'ge'], ['GT', 'gt'], ['<', 'lt'], ['≤', 'le'], ['≈', 'approx'], ['=', 'eq']] as const) {
      expect(readComparator(text), text).to.equal(c);
    }
    expect(readComparator('constructor')).to.equal(undefined);
    expect(readComparator('比较')).to.equal(undefined);
  });

  it('every rate unit is a rate to the extractor and the targets board', () => {
    for (const unit of RATE_UNITS) {
      expect(isRate('level', unit), unit).to.equal(true);
    }
    expect(extractFigures('研发投入强度提高0.2个千分点。')[0]).to.deep.include({ unit: '个千分点', kind: 'growth' });
  });

  it('every direction word reads one way; a fall column makes a negative target', () => {
    for (const [word, dir] of DIRECTION_WORDS) expect(readDirection(word), word).to.equal(dir);
    expect(readDirection('同比')).to.equal(undefined);
    for (const [word, dir] of DIRECTION_WORDS.filter(([, d]) => d === 'fall')) {
      const [t] = targetOf([{ label: '能耗', value: '3%', kind: 'growth', direction: word }]);
      expect(t?.target, `${word} (${dir})`).to.equal(-3);
    }
  });
});
