/**
 * Guarded registration. News pages end up with two copies of a script (a CMS template and an
 * embed, or an old and a new version): the second copy must leave the page working, so it
 * registers nothing and says once, naming both versions, that it stood aside.
 */
import { VERSION } from './version.js';

const KEY = Symbol.for('dj-widgets');

interface Registry {
  version: string;
  warned: Set<string>;
}

function registry(): Registry {
  const g = globalThis as typeof globalThis & { [KEY]?: Registry };
  g[KEY] ??= { version: VERSION, warned: new Set() };
  return g[KEY];
}

/** The version that registered first on this page. */
export function registeredVersion(): string {
  return registry().version;
}

/**
 * Defines `tag` unless it is defined already. A clash with another copy logs one warning per
 * copy (not one per tag) and keeps the first definition: elements already on the page keep
 * working, and two classes can never fight over one tag.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const reg = registry();
  const otherVersion = (existing as { version?: string }).version ?? reg.version;
  const key = `${otherVersion}|${VERSION}`;
  if (reg.warned.has(key)) return;
  reg.warned.add(key);
  console.warn(
    otherVersion === VERSION
      ? `dj-widgets ${VERSION} was loaded twice on this page; the second copy is ignored.`
      : `dj-widgets ${VERSION} was loaded on a page that already has dj-widgets ${otherVersion}; keeping ${otherVersion}, ignoring ${VERSION}.`,
  );
}
