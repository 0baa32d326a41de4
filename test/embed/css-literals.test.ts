/**
 * The browser builds squeeze Lit `css` templates (scripts/css-literals.mjs). Every style sheet the
 * widgets ship must parse to the same rules before and after: the browser's CSSOM serialises
 * each rule in one normal form, so equal rule texts mean the squeezing removed only what CSS ignores.
 */
import { expect } from '@open-wc/testing';
import { minifyCssLiterals } from '../../scripts/css-literals.mjs';

// Every module of the browser builds with a css`…` template (the builder is built separately).
const MODULES = [
  'src/core/palette.ts',
  'src/core/export/button-styles.ts',
  'src/core/export/menu.ts',
  'src/core/styles.ts',
  'src/widgets/project-tracker/project-tracker.styles.ts',
  'src/widgets/waffle/waffle.styles.ts',
  'src/widgets/targets/targets.styles.ts',
  'src/widgets/figures/figures.styles.ts',
  'src/widgets/timeline/timeline.styles.ts',
  'src/widgets/bar-chart/bar-chart.styles.ts',
  'src/widgets/line-chart/line-chart.styles.ts',
  'src/widgets/big-number/big-number.styles.ts',
];

/** Each css`…` template's text as the browser would get it, `${…}` standing in as `0`. */
function sheets(code: string): string[] {
  return [...code.matchAll(/\bcss`((?:\\[^]|\$\{[^}]*\}|[^`\\])*)`/g)].map((m) => m[1]!.replace(/\$\{[^}]*\}/g, '0').replace(/\\([^])/g, '$1'));
}

function rules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return Array.from(sheet.cssRules, (r) => r.cssText);
}

describe('css templates squeezed for the browser builds', () => {
  for (const file of MODULES) {
    it(`${file}: the same rules, fewer bytes`, async () => {
      const code = await (await fetch(`/${file}`, { headers: { accept: 'text/plain' } })).text();
      const before = sheets(code);
      expect(before.length, `${file} has a css template`).to.be.greaterThan(0);
      const squeezed = minifyCssLiterals(code);
      expect(squeezed).to.be.a('string');
      const after = sheets(squeezed!);
      expect(after.length).to.equal(before.length);
      before.forEach((text, i) => {
        const want = rules(text);
        expect(want.length, `${file} template ${i} parses to rules`).to.be.greaterThan(0);
        expect(rules(after[i]!)).to.deep.equal(want);
        expect(after[i]!.length).to.be.at.most(text.length);
      });
      expect(squeezed!.length).to.be.lessThan(code.length);
    });
  }

  it('keeps quoted strings and what is not a css template as written', () => {
    const code = "const a = css`\n  .x::before {\n    content: '  a\\n  b  ';\n  }\n  /* why */\n  :host([theme='dark']) .y {\n    color: red;\n  }\n`;\nconst b = html`\n  <p>\n    keep\n  </p>`;";
    const out = minifyCssLiterals(code)!;
    expect(out).to.equal(".x::before{content: '  a\\n  b  ';}:host([theme='dark']) .y{color: red;}".replace(/^/, 'const a = css`') + "`;\nconst b = html`\n  <p>\n    keep\n  </p>`;");
    expect(minifyCssLiterals('const s = `no css here`;')).to.equal(null);
    // A line break between selectors is a descendant combinator: it stays a space.
    const nested = minifyCssLiterals('css`\n  .a\n    .b {\n    margin: 0\n      4px;\n  }\n`')!;
    expect(nested).to.equal('css`.a .b{margin: 0 4px;}`');
    expect(rules(nested.slice(4, -1))).to.deep.equal(['.a .b { margin: 0px 4px; }']);
  });
});
