/**
 * The export seam: everything a chart needs for its "Export" menu and `toSvg` comes through this
 * one module (the menu and its styles, the static drawing). Nothing else in the base imports
 * core/export or core/static, so a loader can turn this import into a lazy one.
 */
export { exportMenuStyles, renderExportMenu, type ExportMenuHost } from '../export/menu.js';
export { drawSvg, type SvgSource } from './static-svg.js';
