// The generated half of the docs: each widget's attributes, properties, methods, events, slots,
// CSS parts and custom properties, and the designers' table of every token, all read from
// custom-elements.json (the manifest the build writes from the sources' JSDoc), so the docs
// cannot say something the code does not.
import { Marked } from 'marked';

const inline = new Marked();
const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Manifest descriptions are our own JSDoc, written in Markdown: rendered inline, never as blocks. */
const md = (s) =>
  inline.parseInline(
    String(s ?? '')
      .replace(/\s*\n\s*/g, ' ')
      // A tag named in prose ("the <caption> of a table") is text, not markup: escaped outside `code`.
      .split(/(`[^`]*`)/)
      .map((part, i) => (i % 2 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
      .join(''),
  );
const code = (s) => (s ? `<code>${esc(s)}</code>` : '');

const T = {
  'zh-CN': {
    reference: '参考（由 custom-elements.json 生成）', attributes: '属性（HTML attribute）', properties: '属性（JavaScript property）',
    methods: '方法', events: '事件', slots: '插槽', parts: 'CSS 部件（::part）', cssProps: 'CSS 自定义属性',
    name: '名称', type: '类型', default: '默认值', description: '说明', attribute: '对应 attribute', detail: 'detail 类型',
    none: '无', usedBy: '使用的组件', generated: '说明文字取自源码注释（英文）。',
  },
  en: {
    reference: 'Reference (generated from custom-elements.json)', attributes: 'Attributes', properties: 'Properties',
    methods: 'Methods', events: 'Events', slots: 'Slots', parts: 'CSS parts (::part)', cssProps: 'CSS custom properties',
    name: 'Name', type: 'Type', default: 'Default', description: 'Description', attribute: 'Attribute', detail: 'Detail type',
    none: 'None', usedBy: 'Used by', generated: 'Descriptions come from the source comments.',
  },
};

/** Every custom element of the manifest, by tag. */
export function declarations(manifest) {
  const byTag = new Map();
  for (const m of manifest.modules ?? []) for (const d of m.declarations ?? []) if (d.customElement && d.tagName) byTag.set(d.tagName, d);
  return byTag;
}

const publicMembers = (d, kind) => (d.members ?? []).filter((m) => m.kind === kind && !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_'));

function table(id, caption, heads, rows, lang) {
  const body = rows.length
    ? rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${heads.length}">${T[lang].none}</td></tr>`;
  return `<h3 id="${id}">${caption}</h3>\n<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${id}"><table data-ref="${id}">\n<thead><tr>${heads.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

/** The reference section of one widget's page, in `lang`. */
export function widgetReference(d, lang) {
  const t = T[lang];
  const attrs = (d.attributes ?? []).map((a) => [code(a.name), code(a.type?.text), code(a.default), md(a.description)]);
  const props = publicMembers(d, 'field').map((p) => [code(p.name), code(p.type?.text), code((d.attributes ?? []).find((a) => a.fieldName === p.name)?.name), md(p.description)]);
  const methods = publicMembers(d, 'method').map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), code(m.return?.type?.text), md(m.description)]);
  const events = (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), md(e.description)]);
  const slots = (d.slots ?? []).map((s) => [code(s.name || '(default)'), md(s.description)]);
  const parts = (d.cssParts ?? []).map((p) => [code(p.name), md(p.description)]);
  const cssProps = (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), md(p.description)]);
  return [
    `<section class="reference" data-tag="${esc(d.tagName)}"><h2 id="reference">${t.reference}</h2>`,
    `<p>${md(d.description || d.summary)}</p><p class="note">${t.generated}</p>`,
    table('attributes', t.attributes, [t.name, t.type, t.default, t.description], attrs, lang),
    table('properties', t.properties, [t.name, t.type, t.attribute, t.description], props, lang),
    table('methods', t.methods, [t.name, t.type, t.description], methods, lang),
    table('events', t.events, [t.name, t.detail, t.description], events, lang),
    table('slots', t.slots, [t.name, t.description], slots, lang),
    table('parts', t.parts, [t.name, t.description], parts, lang),
    table('css-properties', t.cssProps, [t.name, t.default, t.description], cssProps, lang),
    '</section>',
  ].join('\n');
}

/** Every `--dj-*` custom property of every widget, once, with the widgets that read it. */
export function allTokens(manifest, defaults = {}) {
  const tokens = new Map();
  for (const d of declarations(manifest).values()) {
    for (const p of d.cssProperties ?? []) {
      const t = tokens.get(p.name) ?? { name: p.name, description: p.description, default: p.default, tags: [] };
      t.tags.push(d.tagName);
      tokens.set(p.name, t);
    }
  }
  // The palette is documented once as --dj-palette-0 "… --dj-palette-1 … --dj-palette-6 the next
  // ones": every one of the seven gets its own row, so a designer sees each name to set.
  const p0 = tokens.get('--dj-palette-0');
  if (p0) {
    for (let i = 1; i <= 6; i++) {
      const name = `--dj-palette-${i}`;
      if (!tokens.has(name)) tokens.set(name, { name, default: defaults[name], description: `Colour of series, line or category ${i + 1} (after \`--dj-palette-${i - 1}\`).`, tags: p0.tags });
    }
  }
  for (const t of tokens.values()) t.default ??= defaults[t.name];
  return [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** The designers' token table, in `lang`. */
export function tokensTable(manifest, lang, defaults) {
  const t = T[lang];
  const rows = allTokens(manifest, defaults).map((k) => [code(k.name), code(k.default), md(k.description), k.tags.map((g) => code(g)).join(' ')]);
  return table('all-tokens', `${t.cssProps} (${rows.length})`, [t.name, t.default, t.description, t.usedBy], rows, lang);
}
