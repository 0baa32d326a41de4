// Strict, type-aware linting for TypeScript + Lit: lit templates, web-component hygiene, and
// lit-a11y for accessibility in templates.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import arrows from './eslint.arrows.js';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-demo/**', 'dist-docs/**', 'storybook-static/**', 'node_modules/**', 'shots/**', 'custom-elements.json', 'coverage/**',
      // Typed consumer projects: each is type-checked by its own compiler (tsc, vue-tsc, svelte-check)
      // against the built package in test/e2e/package.e2e.mjs; before a build their imports cannot resolve.
      'test/consumers/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    plugins: { lit, wc, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      ...litA11y.configs.recommended.rules,
      'lit/no-invalid-html': 'error',
      'lit/no-value-attribute': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/binding-positions': 'error',
      'lit/no-duplicate-template-bindings': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-private-properties': 'off',
      // Elements are registered through core/define.ts (guarded), not customElements.define.
      'wc/tag-name-matches-class': 'off',
      'wc/guard-define-call': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Strings are split by code point on purpose (CJK labels); grapheme clusters do not matter there.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
  // The allowed import arrows between src/ parts (docs/ARCHITECTURE.md).
  ...arrows,
  {
    // Build scripts and configs: plain JavaScript for Node, linted without type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false, project: null }, globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // semantic-dom-diff types every chai equal() as a Promise, so the general rule would flag
      // every assertion; the async assertions are checked by name instead: a forgotten await
      // on accessible() would pass silently.
      '@typescript-eslint/no-floating-promises': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExpressionStatement > CallExpression[callee.property.name=/^(accessible|isAccessible|isNotAccessible|equalSnapshot)$/]',
          message: 'Await async chai assertions (accessible(), …): unawaited, they cannot fail.',
        },
      ],
    },
  },
);
