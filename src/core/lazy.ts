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
 * no second file. Keep each loader an arrow returning an `import()` of a literal './…js' path.
 */

/** The export menu's controller, its keyboard handling and styles (about 2 KiB gzip). */
export const exportMenu = (): Promise<typeof import('./export/menu.js')> => import('./export/menu.js');

/** The export actions: the static drawing, the PNG encoder, the file names (when a menu item is chosen). */
export const exportActions = (): Promise<typeof import('./export/actions.js')> => import('./export/actions.js');

/** The CSV writer behind "Download CSV" and the file-name rule. */
export const csvExport = (): Promise<typeof import('./data/export.js')> => import('./data/export.js');

/** Fetching `src` (CSV, TSV, JSON), with @lit/task. */
export const remoteData = (): Promise<typeof import('./data/remote.js')> => import('./data/remote.js');
