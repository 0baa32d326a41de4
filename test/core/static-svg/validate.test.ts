import { expect } from '@open-wc/testing';
import { STATIC_SVG_ATTRIBUTES, STATIC_SVG_ELEMENTS, validateStaticSvg } from '../../../src/core/static-svg/validate.js';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const doc = (inner: string, rootAttrs = 'width="100" height="50" viewBox="0 0 100 50"'): string => `<svg ${NS} ${rootAttrs}>${inner}</svg>`;

describe('validateStaticSvg', () => {
  it('passes a drawing made of allowed elements and presentation attributes', () => {
    const svg = doc(
      '<title>T</title><desc>D</desc><rect width="100" height="50" fill="#fff"/>' +
        '<g transform="translate(0,4)" stroke="#ccc" shape-rendering="crispEdges"><line x1="0" x2="10" y1="1" y2="1"/></g>' +
        '<text x="1" y="2" dominant-baseline="central" font-weight="700" paint-order="stroke">海州 &lt;b&gt;</text>' +
        '<path d="M0,0h5" stroke-dasharray="2 2" fill="none"/><circle cx="1" cy="1" r="2" aria-hidden="true"/>',
      'width="100" height="50" viewBox="0 0 100 50" role="img" lang="zh-CN" font-family="system-ui, \'PingFang SC\', sans-serif"',
    );
    expect(validateStaticSvg(svg)).to.deep.equal({ ok: true, problems: [] });
  });

  it('rejects style, class, id, script, foreignObject, images and links', () => {
    const svg = doc(
      '<style>rect{fill:red}</style><rect class="a" id="x" style="fill:red" width="1" height="1"/>' +
        '<script>alert(1)</script><foreignObject width="1" height="1"/><image href="a.png" width="1" height="1"/><a href="https://x.test"><text>t</text></a>',
    );
    const { ok, problems } = validateStaticSvg(svg);
    expect(ok).to.equal(false);
    expect(problems).to.include.members([
      'element <style> is not allowed',
      'attribute class (on <rect>) is not allowed',
      'attribute id (on <rect>) is not allowed',
      'attribute style (on <rect>) is not allowed',
      'element <script> is not allowed',
      'element <foreignObject> is not allowed',
      'element <image> is not allowed',
      'attribute href (on <image>) is not allowed',
      'element <a> is not allowed',
      'attribute href (on <a>) is not allowed',
    ]);
  });

  it('rejects references (WeChat strips ids): defs, pattern, use and url() fills', () => {
    const svg = doc('<defs><pattern width="6" height="6"><rect width="6" height="6"/></pattern></defs><use href="#p"/><rect width="1" height="1" fill="url(#p)"/>');
    const { problems } = validateStaticSvg(svg);
    expect(problems).to.include.members([
      'element <defs> is not allowed',
      'element <pattern> is not allowed',
      'element <use> is not allowed',
      'attribute href (on <use>) is not allowed',
      'fill on <rect> holds a url() reference',
    ]);
  });

  it('rejects CSS a stylesheet engine would have to resolve, in any attribute but aria-*', () => {
    const svg = doc('<rect width="1" height="1" fill="var(--_accent)" stroke="light-dark(#000, #fff)" aria-label="var(x) is a label"/>');
    expect(validateStaticSvg(svg).problems).to.deep.equal(['fill on <rect> holds a CSS variable (var())', 'stroke on <rect> holds light-dark()']);
  });

  it('rejects event attributes and script URLs', () => {
    const svg = doc('<rect width="1" height="1" onclick="alert(1)" fill="javascript:alert(1)"/>');
    expect(validateStaticSvg(svg).problems).to.deep.equal(['attribute onclick (on <rect>) is not allowed', 'fill on <rect> holds a URL scheme']);
  });

  it('reports XML that does not parse', () => {
    const { ok, problems } = validateStaticSvg(`<svg ${NS} width="1" height="1" viewBox="0 0 1 1"><text>a & b</text></svg>`);
    expect(ok).to.equal(false);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^not well-formed XML: /);
  });

  it('rejects a root that is not an SVG <svg>, and one without a size', () => {
    expect(validateStaticSvg('<svg width="1" height="1" viewBox="0 0 1 1"/>').problems).to.include('the root is <svg>, not an <svg> in the SVG namespace');
    expect(validateStaticSvg(`<svg ${NS}/>`).problems).to.deep.equal([
      'the <svg> has no width (the channel would guess a size)',
      'the <svg> has no height (the channel would guess a size)',
      'the <svg> has no viewBox (the channel would guess a size)',
    ]);
  });

  it('rejects DOCTYPEs, entities, CDATA and stylesheet processing instructions', () => {
    const svg = `<?xml-stylesheet href="a.css"?><!DOCTYPE svg [<!ENTITY x "y">]>${doc('<text><![CDATA[a]]></text>')}`;
    const { problems } = validateStaticSvg(svg);
    expect(problems).to.include.members(['a DOCTYPE or entity declaration', 'a CDATA section', 'a processing instruction (e.g. xml-stylesheet)']);
  });

  it('counts characters against the budget', () => {
    const svg = doc(`<text x="0" y="0">${'x'.repeat(200)}</text>`);
    expect(validateStaticSvg(svg, svg.length).ok).to.equal(true);
    expect(validateStaticSvg(svg, svg.length - 1).problems).to.deep.equal([`${svg.length} characters, over the budget of ${svg.length - 1}`]);
    expect(validateStaticSvg(doc(''), undefined).ok).to.equal(true);
  });

  it('catches NaN and Infinity in geometry, and text outside a text element', () => {
    const svg = doc('<rect x="NaN" width="Infinity" height="1"/><g>stray</g>');
    expect(validateStaticSvg(svg).problems).to.deep.equal(['x on <rect> is "NaN"', 'width on <rect> is "Infinity"', 'text directly inside <g>']);
  });

  it('rejects elements from another namespace', () => {
    const svg = doc('<h:div xmlns:h="http://www.w3.org/1999/xhtml">x</h:div>');
    expect(validateStaticSvg(svg).problems).to.include.members(['<h:div> is not in the SVG namespace', 'element <div> is not allowed', 'attribute xmlns:h (on <div>) is not allowed']);
  });

  it('exports lists with no reference machinery in them', () => {
    for (const tag of ['defs', 'pattern', 'use', 'clipPath', 'linearGradient', 'style', 'script', 'foreignObject', 'image', 'a']) expect(STATIC_SVG_ELEMENTS).to.not.include(tag);
    for (const attr of ['id', 'class', 'style', 'href', 'xlink:href']) expect(STATIC_SVG_ATTRIBUTES).to.not.include(attr);
    expect(STATIC_SVG_ELEMENTS).to.include.members(['svg', 'g', 'title', 'desc', 'rect', 'path', 'text', 'tspan']);
  });
});
