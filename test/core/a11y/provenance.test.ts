import { expect } from '@open-wc/testing';
import { citation, provenanceParts, provenanceText, quoteOf } from '../../../src/core/a11y/provenance.js';

describe('provenance', () => {
  const input = { quote: '工业投资增长12%', source: '连网', date: '2021-01-15' };

  it('writes the source line in both languages', () => {
    expect(provenanceText(input, 'zh-CN')).to.equal('原文：“工业投资增长12%”（连网，2021-01-15）');
    expect(provenanceText(input, 'en')).to.equal('Source text: “工业投资增长12%” (连网, 2021-01-15)');
  });

  it('leaves out what is not known, and says nothing without a quote', () => {
    expect(provenanceText({ quote: '工业投资增长12%' }, 'zh-CN')).to.equal('原文：“工业投资增长12%”');
    expect(provenanceText({ quote: 'x', date: '2021-01-15' }, 'en')).to.equal('Source text: “x” (2021-01-15)');
    expect(provenanceText({ source: '连网', date: '2021-01-15' }, 'zh-CN')).to.equal('');
    expect(provenanceText({ quote: '  \n ' }, 'en')).to.equal('');
    expect(citation({ source: ' 连网 ' }, 'zh-CN')).to.equal('连网');
  });

  it('squashes white space and clips long quotes at a character boundary', () => {
    expect(provenanceText({ quote: '盘活低产\n  低效土地' }, 'zh-CN')).to.equal('原文：“盘活低产 低效土地”');
    expect(provenanceText({ quote: '盘活低产低效土地1000亩以上' }, 'zh-CN', { maxLength: 5 })).to.equal('原文：“盘活低产…”');
    expect(provenanceText({ quote: '😀😀😀😀' }, 'en', { maxLength: 3 })).to.equal('Source text: “😀😀…”');
  });

  it('gives the parts for a disclosure, and finds a record’s quote', () => {
    expect(provenanceParts(input, 'zh-CN')).to.deep.equal({ prefix: '原文', quote: '“工业投资增长12%”', cite: '（连网，2021-01-15）' });
    expect(provenanceParts({ quote: '' }, 'en')).to.equal(null);
    expect(quoteOf({ quote: 'a' })).to.equal('a');
    expect(quoteOf({ sentence: 'b' })).to.equal('b');
    expect(quoteOf({ quote: 3 })).to.equal('');
    expect(quoteOf(null)).to.equal('');
  });
});
