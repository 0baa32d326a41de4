/**
 * What a chart loads on first use, not before its marks are drawn (issue #16): the export menu
 * (opened by a few readers), the CSV writer (a click on "Download CSV") and the data fetching a
 * chart needs only when its data comes from `src=` rather than its light-DOM table, JSON or
 * `.data`. In the chunks build each becomes a chunk of its own, fetched by the browser's module
 * loader (no eval, no string-built script URL); the npm ES modules split the same way.
 *
 * Every lazy seam is written here and only here: the classic-script builds (dj-widgets.all.js,
 * dj-<name>.js), one self-contained file each, turn each `() => import('…')` below into a static
 * import handed back as a resolved promise (vite.config.ts, classicManifest) — no lazy wrappers,
 * no second file. Keep each loader an arrow returning an `import()` of a literal './…js' path,
 * wrapped in firstUse() under that same path.
 */

/**
 * Filled in by the chunks build only (vite.config.ts, lazyRetry): each seam's path below → every
 * chunk its chunk imports, transitively. Undefined elsewhere — the npm modules' bundler and the
 * one-file scripts resolve these imports their own way.
 */
declare const __DJ_LAZY__: Readonly<Record<string, readonly string[]>>;
const DEPS: Readonly<Record<string, readonly string[]>> | undefined = typeof __DJ_LAZY__ === 'undefined' ? undefined : __DJ_LAZY__;

/** A chunk this one imports failed earlier in this page: only a reload asks for it again. */
export class StaleChunkError extends Error {
  readonly reload = true;
}

/**
 * A sibling chunk by its name. A specifier relative to this module: all chunks sit in one folder,
 * and the module holding this call is one of them (no import.meta, which the one-file classic
 * builds could not carry). Only the chunks build ever calls it.
 */
const importSpecifier = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ /* webpackIgnore: true */ specifier);
// Built apart from the import(): a bundler that reads `import(\`./${x}\`)` as a glob (esbuild) would
// pull every file beside the npm build's module into the user's bundle.
const importChunk = (name: string): Promise<unknown> => importSpecifier(`./${name}`);

/**
 * A seam that can be retried for real. Browsers that predate whatwg/html#10327 (most readers'
 * today; Chromium asks again from 156) remember a failed module fetch for the page's life, so
 * importing the same URL again fails at once without asking the network: a retry button would
 * never work. After a failure the next call asks for the chunk under a fresh URL
 * (`menu.js?retry=1`), as the loader does for a widget chunk: in the chunks build `load` takes
 * that query (lazyRetry in vite.config.ts rewrites its import() to append it); elsewhere it is
 * ignored. The fresh copy imports its siblings by their plain names, which is right for the ones
 * that loaded (the shared chunk, already running: one Lit, one core) — but a sibling whose own
 * fetch failed stays failed under that name in those browsers, so each is asked for first (which
 * fetches it again where the browser allows), and if one fails the call fails with
 * StaleChunkError (the widget says to reload) instead of the same connection message forever.
 * Concurrent calls share one attempt; a success is kept.
 */
export function firstUse<T>(
  path: string,
  load: (query?: string) => Promise<T>,
  deps: readonly string[] | undefined = DEPS?.[path],
  importOf: (name: string) => Promise<unknown> = importChunk,
): () => Promise<T> {
  let failures = 0;
  let pending: Promise<T> | undefined;
  const again = async (n: number): Promise<T> => {
    if (!deps) return load();
    const stale = (await Promise.all(deps.map((d) => importOf(d).then(() => '', () => d)))).filter(Boolean);
    if (stale.length) throw new StaleChunkError(`${stale.join(', ')} failed earlier; only a reload asks again.`);
    return load(`?retry=${n}`);
  };
  return () =>
    (pending ??= (failures ? again(failures) : load()).catch((e: unknown) => {
      failures++;
      pending = undefined;
      throw e;
    }));
}

/** The export menu's controller, its keyboard handling and styles (about 2 KiB gzip). */
export const exportMenu = firstUse('./export/menu.js', (): Promise<typeof import('./export/menu.js')> => import('./export/menu.js'));

/** The export actions: the static drawing, the PNG encoder, the file names (when a menu item is chosen). */
export const exportActions = firstUse('./export/actions.js', (): Promise<typeof import('./export/actions.js')> => import('./export/actions.js'));

/** The CSV writer behind "Download CSV" and the file-name rule. */
export const csvExport = firstUse('./data/export.js', (): Promise<typeof import('./data/export.js')> => import('./data/export.js'));

/** Fetching `src` (CSV, TSV, JSON), with @lit/task. */
export const remoteData = firstUse('./data/remote.js', (): Promise<typeof import('./data/remote.js')> => import('./data/remote.js'));
