/**
 * The editors' builder, pure logic (no DOM, no network): pasted text → a checked table or the
 * figures of a paragraph, widget suggestions, project files, contrast checks and publish code.
 * Not part of the library bundle (src/index.ts does not import it); the builder page does.
 *
 * Changes to the API first agreed, and why:
 * - ParseOptions.year and Question id 'year': a quarter or month range without a year (一季度,
 *   1-6月) takes it from its row, the column above or the caption; when none gives one the editor
 *   is asked (never a silent guess), and the answer goes in `year`.
 * - BuilderTable.caption / .footer: a title line above a pasted table and source/note lines below
 *   it are kept apart (and "单位：亿元" above it sets the unit of bare numbers).
 * - FigureRow.upper / .target / .direction (optional): without them 下降3% would reach the targets
 *   board as a rise, and a range or a progress figure would lose half its meaning.
 * - project.ts adds projectData(p) and widgetAttributes(p): the exact data and attributes every
 *   publish channel writes, so the live preview can set the very same ones; WIDGET_TAGS,
 *   WIDGET_ATTRIBUTES, ProjectError (message English, .zh Chinese, .text(locale)).
 * - publish.ts PublishOptions.height (frame height for iframe/AMP) and .listenerUrl (default:
 *   dj-embed-resize.js next to scriptUrl). The iframe link follows src/embed/params.ts exactly:
 *   ?widget=<name without dj->&<attribute>=…#data=<base64url JSON> (#text= for dj-figures).
 * - Describe.decimals is written as an attribute only once the element observes `decimals`
 *   (no widget does yet), so no channel carries an attribute that does nothing.
 * - Every failure a project or publish call reports is a ProjectError in both languages.
 */
export * from './parse.js';
export * from './dates.js';
export * from './figures.js';
export * from './suggest.js';
export * from './project.js';
export * from './contrast.js';
export * from './publish.js';
export { readNumber, decimalEvidence } from './numbers.js';
