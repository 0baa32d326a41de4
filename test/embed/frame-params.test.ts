/** The embed page's link reading (src/embed/params.ts): pure functions, exact expectations. */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';
import {
  attributeAllowList,
  dataFragment,
  decodeBase64Url,
  EmbedError,
  encodeBase64Url,
  pickAttributes,
  readEmbedParams,
  safeDataUrl,
} from '../../src/embed/params.js';

function thrown(fn: () => unknown): EmbedError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EmbedError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('embed link: readEmbedParams', () => {
  it('reads the editor’s colours as custom properties, and only colours', () => {
    const r = readEmbedParams('?accent=%23c00&palette-2=red&palette-3=rgb(1,%202,%203)&palette-4=url(x)', '#palette-5=%23123456');
    expect(r.colors).to.deep.equal([['--dj-accent', '#c00'], ['--dj-palette-3', 'rgb(1, 2, 3)'], ['--dj-palette-5', '#123456']]);
    expect(r.params).to.deep.equal([]);
  });

  it('splits the page’s parameters from the widget’s, fragment over query', () => {
    const r = readEmbedParams('?widget=bar-chart&heading=Query&notes=n&lang=en&frame=chart-1', '#heading=Hash&data=abc');
    expect(r.widget).to.equal('bar-chart');
    expect(r.data).to.equal('abc');
    expect(r.lang).to.equal('en');
    expect(r.frame).to.equal('chart-1');
    expect(r.dataId).to.equal(null);
    expect(r.text).to.equal(null);
    // The fragment's heading wins and moves to the fragment's place.
    expect(r.params).to.deep.equal([
      ['notes', 'n'],
      ['heading', 'Hash'],
    ]);
  });

  it('takes pym’s childId as the frame id and drops pym’s other parameters', () => {
    const r = readEmbedParams('?id=haizhou-2021/targets&initialWidth=600&childId=pym-1&parentTitle=T&parentUrl=https%3A%2F%2Fa.b%2F&source=x', '');
    expect(r.frame).to.equal('pym-1');
    expect(r.dataId).to.equal('haizhou-2021/targets');
    expect(r.params).to.deep.equal([['source', 'x']]);
    expect(readEmbedParams('?frame=own&childId=pym-1', '').frame).to.equal('own');
  });

  it('refuses malformed frame ids and languages rather than passing them on', () => {
    expect(readEmbedParams('?frame=a b', '').frame).to.equal('');
    expect(readEmbedParams(`?frame=${'x'.repeat(101)}`, '').frame).to.equal('');
    expect(readEmbedParams('?frame=chart_2.a:b-c', '').frame).to.equal('chart_2.a:b-c');
    expect(readEmbedParams('?lang=zh-Hans-CN', '').lang).to.equal('zh-Hans-CN');
    expect(readEmbedParams('?lang=en"><x', '').lang).to.equal(null);
    expect(readEmbedParams('?lang=', '').lang).to.equal(null);
  });

  it('treats empty values of page parameters as absent', () => {
    const r = readEmbedParams('?widget=&id=%20', '#data=');
    expect([r.widget, r.dataId, r.data]).to.deep.equal([null, null, null]);
  });
});

describe('embed link: base64url', () => {
  it('round-trips UTF-8 text, CJK and emoji included, without padding', () => {
    const text = '[{"项目":"总投资","数值":"4.1亿元","note":"📈 a/b+c?"}]';
    const encoded = encodeBase64Url(text);
    expect(encoded).to.match(/^[A-Za-z0-9_-]+$/);
    expect(decodeBase64Url(encoded)).to.equal(text);
  });

  it('reads standard base64 too, with a + that URL parsing turned into a space', () => {
    // btoa('>>>?') is 'Pj4+Pw==': the '+' arrives as ' ' after URLSearchParams.
    expect(decodeBase64Url('Pj4 Pw==')).to.equal('>>>?');
    expect(decodeBase64Url('Pj4-Pw')).to.equal('>>>?');
  });

  it('says what is wrong in both languages', () => {
    const bad = thrown(() => decodeBase64Url('abc$', 'data'));
    expect(bad.message).to.equal('The link\'s data is not base64url text (it holds characters or a length base64url cannot have).');
    expect(bad.text('zh-CN')).to.equal('链接中的 data 不是有效的 base64url 编码（含有无效字符或长度不对）。');
    expect(thrown(() => decodeBase64Url('abcde')).message).to.match(/not base64url/);
    // 0xFF 0xFE is no UTF-8.
    const notUtf8 = thrown(() => decodeBase64Url('__4', 'text'));
    expect(notUtf8.message).to.equal("The link's text decodes to bytes that are not UTF-8 text.");
    expect(notUtf8.text('zh-CN')).to.equal('链接中的 text 解码后不是 UTF-8 文本。');
  });

  it('dataFragment is data= plus the JSON, which decodes back to the same value', () => {
    const rows = [{ a: '海州', b: 1.5 }, { a: '连云', b: null }];
    const fragment = dataFragment(rows);
    expect(fragment.startsWith('data=')).to.equal(true);
    const request = readEmbedParams('?widget=bar-chart', `#${fragment}`);
    expect(JSON.parse(decodeBase64Url(request.data!))).to.deep.equal(rows);
  });

  it('handles data larger than one call’s argument limit', () => {
    const big = 'x'.repeat(200_000) + '海';
    expect(decodeBase64Url(encodeBase64Url(big))).to.equal(big);
  });
});

describe('embed link: attribute allow-list', () => {
  it('is what <dj-bar-chart> observes, booleans marked, properties without attributes left out', () => {
    const allowed = attributeAllowList(DjBarChart);
    expect([...allowed.keys()]).to.include.members(['heading', 'subtitle', 'notes', 'source', 'source-url', 'credit', 'src', 'theme', 'orientation', 'no-values', 'width']);
    expect(allowed.get('decimal-comma')).to.equal('boolean');
    expect(allowed.get('no-motion')).to.equal('boolean');
    expect(allowed.get('heading')).to.equal('text');
    expect(allowed.has('data')).to.equal(false);
    expect(allowed.has('showtable')).to.equal(false);
    expect([...allowed.keys()].sort()).to.deep.equal([...(DjBarChart as unknown as { observedAttributes: string[] }).observedAttributes].sort());
  });

  it('never lets handlers, style or identity through, even when an element observes them', () => {
    class Plain extends HTMLElement {
      static observedAttributes = ['onclick', 'ONMOUSEOVER', 'style', 'class', 'id', 'slot', 'color', 'Bad_Name'];
    }
    expect([...attributeAllowList(Plain).entries()]).to.deep.equal([['color', 'text']]);
  });

  it('picks allowed parameters; a boolean written false is left unset', () => {
    const allowed = attributeAllowList(DjBarChart);
    const { attributes, ignored } = pickAttributes(
      [
        ['heading', '<img src=x onerror=alert(1)>'],
        ['onclick', 'alert(1)'],
        ['no-motion', ''],
        ['eager', 'false'],
        ['decimal-comma', '0'],
        ['no-values', 'yes'],
        ['style', 'color:red'],
        ['headng', 'typo'],
      ],
      allowed,
    );
    expect(attributes).to.deep.equal([
      ['heading', '<img src=x onerror=alert(1)>'],
      ['no-motion', ''],
      ['no-values', ''],
    ]);
    expect(ignored).to.deep.equal(['onclick', 'style', 'headng']);
  });
});

describe('embed link: safeDataUrl', () => {
  const base = 'https://news.example/embed/?widget=bar-chart';
  it('resolves http(s) and relative URLs against the page', () => {
    expect(safeDataUrl('https://data.example/a.csv', base)).to.equal('https://data.example/a.csv');
    expect(safeDataUrl('../data/a.json', base)).to.equal('https://news.example/data/a.json');
    expect(safeDataUrl('/data/a.json', base)).to.equal('https://news.example/data/a.json');
  });

  it('refuses every other scheme and unparsable URLs', () => {
    // The one URL policy: `//host` and what browsers normalise into it leave the embed page's origin.
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/csv,a,b', 'file:///etc/passwd', 'blob:https://x/y', 'http://[', '//cdn.example/a.csv', '/\\evil.test/a.csv', '\\\\evil.test/a.csv', '/\t/evil.test/a.csv', 'java\nscript:alert(1)']) {
      expect(safeDataUrl(url, base), url).to.equal(null);
    }
  });
});
