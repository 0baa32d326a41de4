import { expect } from '@open-wc/testing';
import { CORPUS } from './corpus/index.js';
import { locate, rates, scoreCorpus, table } from './corpus/score.js';

/**
 * The goals (issue 17). The floors below are what the extractor measures today; the
 * suite fails when any of them drops, and each floor rises as the extractor improves.
 */
const TARGETS = {
  zh: { recall: 98, precision: 97, allRight: 90 },
  en: { recall: 95, precision: 95, allRight: 80 },
};

/**
 * Measured floors per group: [recall, precision, every field right], in %. "held-out" are three
 * texts labelled after the rules were written and first scored untouched (zh 100/100/100, en
 * 100/100/54.5); English label and kind rules were then generalised from their errors, so they are no
 * longer strictly unseen. "fresh" is the second held-out set (session 4): twelve texts labelled and
 * committed before the extractor first ran on them. Untouched they scored zh 99.4/96.6/90.2 and en
 * 100/97.9/48.9; the floors below are after the general fixes their errors showed. "tuned" are the
 * texts the rules were first written against.
 */
const FLOORS: Record<string, [number, number, number]> = {
  'fresh zh': [99.4, 98.9, 98.3],
  'fresh en': [100, 100, 94.7],
  'tuned zh': [100, 100, 94.9],
  'tuned en': [100, 100, 86.6],
  'held-out zh': [99.5, 99, 98.5],
  'held-out en': [100, 100, 94.8],
  zh: [99.8, 99.6, 96.2],
  en: [100, 100, 89.9],
  'zh bulletin': [99.6, 99.2, 97.2],
  'zh report': [100, 100, 98.3],
  'zh project': [100, 100, 94.9],
  'zh news': [100, 100, 87.5],
  'en news': [100, 100, 89.9],
};

describe('extractFigures: the labelled corpus of real texts', () => {
  const score = scoreCorpus();

  it('is a corpus of at least 300 figures, each found in its text', () => {
    let n = 0;
    for (const [name, entry] of CORPUS) {
      expect(locate(name, entry)).to.have.length(entry.figures.length);
      expect(entry.source).to.match(/^https?:\/\//);
      n += entry.figures.length;
    }
    expect(n).to.be.at.least(300);
  });

  it('holds a second held-out set: at least 12 texts with a date, 70 English and 80 Chinese figures', () => {
    const fresh = CORPUS.filter(([, e]) => e.fresh);
    const count = (language: string): number => fresh.filter(([, e]) => e.language === language).reduce((n, [, e]) => n + e.figures.length, 0);
    expect(fresh.length).to.be.at.least(12);
    expect(fresh.filter(([, e]) => e.language === 'en').length).to.be.at.least(6);
    for (const [, e] of fresh) expect(e.date, e.source).to.match(/^\d{4}-\d{2}/);
    expect(count('en')).to.be.at.least(70);
    expect(count('zh')).to.be.at.least(80);
  });

  it('prints recall, precision and field accuracy per language and genre, tuned and held-out apart', () => {
    console.log(`\n${table(score)}\n  targets: zh ${JSON.stringify(TARGETS.zh)}, en ${JSON.stringify(TARGETS.en)}`);
    expect(score.groups.has('fresh zh') && score.groups.has('tuned zh') && score.groups.has('fresh en')).to.equal(true);
    expect(score.groups.size).to.be.greaterThan(2);
  });

  for (const language of ['zh', 'en'] as const) {
    it(`meets the issue's goals on the whole ${language} corpus (tuned and held-out together)`, () => {
      const r = rates(score.groups.get(language)!);
      const goal = TARGETS[language];
      expect(r.recall, `${language} recall`).to.be.at.least(goal.recall);
      expect(r.precision, `${language} precision`).to.be.at.least(goal.precision);
      expect(r.allRight, `${language} every field right`).to.be.at.least(goal.allRight);
    });
  }

  for (const [group, [recall, precision, allRight]] of Object.entries(FLOORS)) {
    it(`holds its measured floor on ${group}`, () => {
      const t = score.groups.get(group);
      expect(t, group).to.not.equal(undefined);
      const r = rates(t!);
      expect(r.recall, `${group} recall`).to.be.at.least(recall);
      expect(r.precision, `${group} precision`).to.be.at.least(precision);
      expect(r.allRight, `${group} every field right`).to.be.at.least(allRight);
    });
  }
});
