// The custom-elements manifest that Storybook's docs tables read (attributes, properties,
// events, slots, CSS parts and custom properties). npm run build and .storybook/main.ts run the analyzer with
// this file before every `storybook dev` / `storybook build`; by hand:
//   npm run analyze (also run by npm run build)
// custom-elements.json is a build output, and so are the framework types and editor data generated
// from it (dist/frameworks/, see below).
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

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
    },
    // The class lives in <name>.ts and its registration in <name>.define.ts (importing the class
    // defines nothing), so the class is looked up by name in the define module's folder.
    packageLinkPhase({ customElementsManifest }) {
      const folder = (p) => p.replace(/[^/]*$/, '');
      for (const [path, pairs] of defined) {
        for (const [tag, name] of pairs) {
          const home = customElementsManifest.modules.find((m) => folder(m.path) === folder(path) && m.declarations?.some((d) => d.kind === 'class' && d.name === name));
          const cls = home?.declarations.find((d) => d.kind === 'class' && d.name === name);
          if (!home || !cls) throw new Error(`custom-elements manifest: ${path} defines <${tag}> with ${name}, but no module beside it declares that class`);
          cls.tagName = tag;
          cls.customElement = true;
          home.exports = [...(home.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name, module: home.path } }];
        }
      }
    },
  };
}

/**
 * The published manifest lists the public elements only: the dj-* widgets with their public
 * members. The builder's own djb-* elements, the tagless DjWidget base class (its members are
 * already inherited into every widget by the analyzer's link phase, which runs before user
 * plugins), controllers and helpers are internal; without this the file was 810 KB.
 */
function publicElementsOnly() {
  const isPublic = (d) => d.customElement === true && typeof d.tagName === 'string' && d.tagName.startsWith('dj-');
  return {
    name: 'dj-public-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules
        .map((mod) => {
          const declarations = (mod.declarations ?? []).filter(isPublic).map((d) => ({
            ...d,
            members: (d.members ?? []).filter((m) => !m.privacy || m.privacy === 'public'),
            // Every widget fires dj-select with core/events.ts's detail. The framework-type
            // generators below read an event's type as its detail type (they write
            // CustomEvent<type>), so name the exported DjSelectDetail here.
            events: d.events?.map((e) => (e.name === 'dj-select' ? { ...e, type: { text: 'DjSelectDetail' } } : e)),
          }));
          const names = new Set(declarations.map((d) => d.name));
          const exports = (mod.exports ?? []).filter((e) => names.has(e.declaration?.name));
          return { ...mod, declarations, exports };
        })
        .filter((mod) => mod.declarations.length > 0);
    },
  };
}

/**
 * The JSX generator writes the element types (CustomElements) but leaves wiring them into a
 * framework's JSX namespace to the user; these one-line modules do it, so an app writes only
 * `import type {} from 'dj-widgets/react'` (or lists it in tsconfig "types"). Vue's generated
 * file wires itself (its keys get renamed below). Runs after the generators.
 */
function jsxNamespaces() {
  const file = (module, ns) =>
    `// Generated by custom-elements-manifest.config.mjs: the dj-* elements in ${module}'s JSX.\n` +
    `import type { CustomElements } from './${ns}.js';\n\n` +
    `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`;
  return {
    name: 'dj-jsx-namespaces',
    async packageLinkPhase() {
      const fs = await import('node:fs');
      fs.mkdirSync(outdir, { recursive: true });
      fs.writeFileSync(`${outdir}/react.d.ts`, file('react', 'jsx-types'));
      fs.writeFileSync(`${outdir}/preact.d.ts`, file('preact', 'jsx-types'));
      fs.writeFileSync(`${outdir}/solid.d.ts`, file('solid-js', 'solid-types'));
      // The Svelte generator types property-only members (data, figures…) as bind:data, but Svelte
      // sets a custom element's properties from plain attributes (data={rows}) whenever the
      // element has that property, and that is how the README shows it: rename those keys.
      const svelteTypes = fs.readFileSync(`${outdir}/svelte-types.d.ts`, 'utf8').replace(/^(\s+)"bind:([A-Za-z]+)"\?:/gm, '$1$2?:');
      fs.writeFileSync(`${outdir}/svelte-types.d.ts`, svelteTypes);
      // The Svelte generator declares svelteHTML inside its module file, where it is not global:
      // no element was typed. Svelte's own elements live in a global svelteHTML namespace.
      fs.writeFileSync(
        `${outdir}/svelte.d.ts`,
        `// Generated by custom-elements-manifest.config.mjs: the dj-* elements in Svelte's templates.\n` +
          `import type { CustomElements } from './svelte-types.js';\n\n` +
          `declare global {\n  namespace svelteHTML {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
      );
      // vue-tsc checks a template's attributes against GlobalComponents after camelising them
      // (as-of → asOf, @dj-select → onDjSelect), but the Vue generator writes the manifest's
      // kebab-case names, so every hyphenated attribute and the event were untypeable. Rename
      // those keys; the types stay the generator's.
      const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      const vue = fs
        .readFileSync(`${outdir}/vue.d.ts`, 'utf8')
        .replace(/^(\s+)"on([a-z][a-z-]*)"\?:/gm, (_, indent, event) => `${indent}${camel(`on-${event}`)}?:`)
        .replace(/^(\s+)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, indent, attr) => `${indent}${camel(attr)}?:`);
      fs.writeFileSync(`${outdir}/vue.d.ts`, vue);
    },
  };
}

/** Generated framework types and editor data live here (shipped in the package, see package.json exports). */
const outdir = 'dist/frameworks';
/** The element classes and DjSelectDetail, all exported by the package root's declarations (relative to outdir). */
const globalTypePath = '../types/index.js';
const quiet = { hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.layout.ts', 'src/extract/**', 'src/data/**'],
  litelement: true,
  // Otherwise the analyzer rewrites package.json's "customElements" field on every run.
  packagejson: false,
  quiet: true,
  plugins: [
    guardedDefine(),
    publicElementsOnly(),
    // Each reads the filtered manifest above (plugins run in this order).
    customElementJsxPlugin({ ...quiet, outdir, fileName: 'jsx-types.d.ts', globalTypePath }),
    customElementVuejsPlugin({ ...quiet, outdir, fileName: 'vue.d.ts', globalTypePath }),
    customElementSolidJsPlugin({ ...quiet, outdir, fileName: 'solid-types.d.ts', globalTypePath }),
    customElementSveltePlugin({ ...quiet, outdir, fileName: 'svelte-types.d.ts', globalTypePath }),
    customElementVsCodePlugin({ ...quiet, outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ ...quiet, outdir, webTypesFileName: 'web-types.json', packageJson: false }),
    jsxNamespaces(),
  ],
};
