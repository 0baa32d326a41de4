// The custom-elements manifest that Storybook's docs tables read (attributes, properties,
// events, slots, CSS parts and custom properties). npm run build and .storybook/main.ts run the analyzer with
// this file before every `storybook dev` / `storybook build`; by hand:
//   npm run analyze (also run by npm run build)
// custom-elements.json is a build output.

/**
 * Our widgets register through core/define.ts (`defineElement('dj-x', DjX)`, a guarded
 * customElements.define), which the analyzer does not recognise: without this plugin no class
 * gets a tagName, and define.ts gets a bogus definition for its variable `tag`.
 */
function guardedDefine() {
  /** module path → [tag, class name] pairs found in it */
  const defined = new Map();
  /** modules calling customElements.define with a non-literal tag (the guard itself) */
  const generic = new Set();
  return {
    name: 'dj-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const [tag, ctor] = node.arguments;
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'defineElement' && tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor)) {
        const list = defined.get(moduleDoc.path) ?? [];
        list.push([tag.text, ctor.text]);
        defined.set(moduleDoc.path, list);
      } else if (ts.isPropertyAccessExpression(callee) && callee.getText() === 'customElements.define' && tag && !ts.isStringLiteral(tag)) {
        generic.add(moduleDoc.path);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      if (generic.has(moduleDoc.path)) {
        moduleDoc.exports = (moduleDoc.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
      }
      for (const [tag, name] of defined.get(moduleDoc.path) ?? []) {
        const cls = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === name);
        if (cls) {
          cls.tagName = tag;
          cls.customElement = true;
        }
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name, module: moduleDoc.path } },
        ];
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.layout.ts', 'src/extract/**', 'src/data/**'],
  litelement: true,
  // Otherwise the analyzer rewrites package.json's "customElements" field on every run.
  packagejson: false,
  quiet: true,
  plugins: [guardedDefine()],
};
