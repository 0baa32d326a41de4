/**
 * A tiny SVG tree for the static channels (WeChat, RSS, email, PNG export): widgets describe
 * their final state as plain nodes with presentation attributes, and `serializeSvg` writes the
 * markup. No template engine and no DOM, so the same code runs in Node and in the page; every
 * text and attribute value is escaped here, so no string from data can become markup.
 */
import { documentText } from '../escape.js';

export type SvgAttrValue = string | number | null | undefined | false;
export type SvgAttrs = Record<string, SvgAttrValue>;
export interface SvgNode {
  tag: string;
  attrs: SvgAttrs;
  children: SvgChild[];
}
export type SvgChild = SvgNode | string;
type ChildInput = SvgChild | null | undefined | false | readonly ChildInput[];

/** Builds a node; null/false children are dropped and arrays flattened, as in a template. */
export function s(tag: string, attrs: SvgAttrs = {}, ...children: ChildInput[]): SvgNode {
  const out: SvgChild[] = [];
  const add = (c: ChildInput): void => {
    if (c === null || c === undefined || c === false) return;
    if (typeof c === 'string' || !Array.isArray(c)) out.push(c as SvgChild);
    else (c as readonly ChildInput[]).forEach(add);
  };
  children.forEach(add);
  return { tag, attrs, children: out };
}

/** What a widget's static drawing returns: its body, and the height the body takes. */
export interface SvgBody {
  node: SvgNode;
  height: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped, and without what XML 1.0 forbids (controls, NUL, noncharacters, lone surrogates: core/escape.ts). */
export function escapeXml(text: string): string {
  return documentText(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Numbers to at most two decimals: coordinates finer than 1/100 px only cost characters. */
export function num(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

const NAME = /^[a-zA-Z][a-zA-Z0-9:_-]*$/;

/** The markup; attributes in the order given, text escaped, no whitespace added. */
export function serializeSvg(node: SvgNode): string {
  if (!NAME.test(node.tag)) throw new Error(`serializeSvg: bad element name "${node.tag}"`);
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!NAME.test(name) || /^on/i.test(name)) throw new Error(`serializeSvg: attribute "${name}" is not allowed`);
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  if (node.children.length === 0) return `${out}/>`;
  out += '>';
  for (const c of node.children) out += typeof c === 'string' ? escapeXml(c) : serializeSvg(c);
  return `${out}</${node.tag}>`;
}
