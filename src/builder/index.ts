/**
 * The editors' builder, pure logic (no DOM, no network): pasted text → a checked table or the
 * figures of a paragraph, widget suggestions, project files, contrast checks and publish code.
 * Not part of the library bundle (src/index.ts does not import it); the builder page does.
 *
 * - parse.ts, dates.ts, numbers.ts: pasted text and files → a typed table; what cannot be decided
 *   (a decimal mark, a year, a header row) is asked as a Question, never guessed.
 * - figures.ts: a paragraph's figures (the extractor's) as rows the editor confirms.
 * - suggest.ts, feasible.ts: which widgets fit, best first, each checked with the widget's own
 *   reader or layout; the per-widget rules (the check, the Describe options, default attributes,
 *   names, attributes a project may set) come from the manifest's `builder` metadata.
 * - project.ts: the project file (load refuses what it does not know) and projectData /
 *   widgetAttributes, the exact data and attributes every publish channel and the preview use.
 * - publish.ts: script, ES module, iframe and AMP code; the iframe link follows src/embed/params.ts.
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
