/**
 * The page's state: the project (what is saved) plus what is being edited and not yet
 * confirmed. Steps never change it themselves: they send an action up (`djb-action`), the app
 * reduces it, and every step re-renders from the one state. So "open project" restores the
 * whole page by replacing one object.
 */
import {
  defaultDescribe,
  figuresFromText,
  parseInput,
  leftOutWidgets,
  suggestWidgets,
  type BuilderTable,
  type Describe,
  type FigureRow,
  type LeftOut,
  type ParseOptions,
  type Project,
  type Question,
  type Suggestion,
} from '../index.js';
import { footerParts } from '../footer.js';
import { projectsFromText } from '../projects.js';
import type { TextFit } from '../feasible.js';
import { widgetEntry } from '../../widgets/manifest.js';

export interface BuilderState {
  project: Project;
  /** Paragraph mode: the figures being edited; `project.figures` holds the confirmed ones. */
  draft: FigureRow[];
  /** The draft differs from what was confirmed. */
  dirty: boolean;
}

export type Action =
  | { type: 'text'; text: string }
  /** A file's text with what its name settles (kind); other options start afresh. */
  | { type: 'open-text'; text: string; options: ParseOptions }
  | { type: 'options'; options: ParseOptions }
  | { type: 'reset-options' }
  | { type: 'answer'; question: Question['id']; value: string }
  | { type: 'draft'; rows: FigureRow[] }
  | { type: 'confirm' }
  | { type: 'widget'; tag: string }
  /** `tag`: the widget shown when they were set; it becomes the project's, so they are kept. */
  | { type: 'attributes'; attributes: Record<string, string>; tag?: string }
  | { type: 'describe'; patch: Partial<Describe> }
  | { type: 'load'; project: Project };

/** The event a step sends up. */
export function actionEvent(action: Action): CustomEvent<Action> {
  return new CustomEvent('djb-action', { detail: action, bubbles: true, composed: true });
}

/** A sentence for the live region. */
export function announceEvent(message: string): CustomEvent<string> {
  return new CustomEvent('djb-announce', { detail: message, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'djb-action': CustomEvent<Action>;
    'djb-announce': CustomEvent<string>;
  }
}

export function emptyProject(): Project {
  return {
    format: 'dj-widgets-project',
    version: 1,
    widget: '',
    input: { text: '', options: {} },
    attributes: {},
    describe: defaultDescribe('zh-CN'),
  };
}

export function initialState(): BuilderState {
  return { project: emptyProject(), draft: [], dirty: false };
}

/** A question's answer (always a string in the radio group) as the option it sets. */
function answerValue(id: Question['id'], value: string): ParseOptions[keyof ParseOptions] {
  if (id === 'header') return value === 'true';
  if (id === 'year') return value === '' ? null : Number(value);
  return value as ParseOptions[keyof ParseOptions];
}

/** New text or new reading options: the figures are read again and must be confirmed again. */
function withInput(state: BuilderState, text: string, options: ParseOptions): BuilderState {
  const table = parseInput(text, options);
  const before = state.project.input;
  // The same paragraph read as a paragraph again (an option that does not touch it): the
  // figures and their edits stay.
  if (table.kind === 'paragraph' && text === before.text && parseInput(before.text, before.options).kind === 'paragraph') {
    return { ...state, project: { ...state.project, input: { text, options } } };
  }
  const draft = table.kind === 'paragraph' ? figuresFromText(text) : [];
  const project: Project = { ...state.project, input: { text, options } };
  delete project.figures;
  // A title line above a pasted table is its title, unless the editor wrote one.
  if (table.caption && !state.project.describe.heading) project.describe = { ...project.describe, heading: table.caption };
  // The notes and source printed under it go under the chart, unless the editor wrote their own.
  const foot = footerParts(table.footer);
  if (foot.notes && !project.describe.notes) project.describe = { ...project.describe, notes: foot.notes };
  if (foot.source && !project.describe.source) project.describe = { ...project.describe, source: foot.source };
  return { project, draft, dirty: draft.length > 0 };
}

export function reduce(state: BuilderState, action: Action): BuilderState {
  const p = state.project;
  switch (action.type) {
    case 'text':
      return withInput(state, action.text, p.input.options);
    case 'open-text':
      return withInput(state, action.text, action.options);
    case 'options':
      return withInput(state, p.input.text, { ...p.input.options, ...action.options });
    case 'reset-options':
      return withInput(state, p.input.text, {});
    case 'answer':
      return withInput(state, p.input.text, { ...p.input.options, [action.question]: answerValue(action.question, action.value) });
    case 'draft':
      return { ...state, draft: action.rows, dirty: true };
    case 'confirm': {
      // Confirming the figures read from the text is the editor's answer to "table or text?".
      const options: ParseOptions = { ...p.input.options, kind: 'paragraph' };
      return { ...state, project: { ...p, input: { ...p.input, options }, figures: state.draft.map((r) => ({ ...r })) }, dirty: false };
    }
    case 'widget':
      // Options of one widget mean nothing to another.
      return action.tag === p.widget ? state : { ...state, project: { ...p, widget: action.tag, attributes: {} } };
    case 'attributes': {
      // An emptied field means "the widget's default": no attribute at all.
      const attributes = Object.fromEntries(Object.entries({ ...p.attributes, ...action.attributes }).filter(([, v]) => v !== ''));
      return { ...state, project: { ...p, widget: p.widget || action.tag || '', attributes } };
    }
    case 'describe':
      return { ...state, project: { ...p, describe: { ...p.describe, ...action.patch } } };
    case 'load': {
      const project = action.project;
      const table = parseInput(project.input.text, project.input.options);
      const draft = project.figures ? project.figures.map((r) => ({ ...r })) : table.kind === 'paragraph' ? figuresFromText(project.input.text) : [];
      return { project, draft, dirty: !project.figures && draft.length > 0 };
    }
  }
}

/** What the steps read from the state; recomputed only when the project's input changes. */
export interface Derived {
  table: BuilderTable;
  /** Every question the text raises, answered or not: an answer keeps its question on screen. */
  questions: Question[];
  /** Questions the editor has not answered yet (drawing waits for them). */
  open: Question[];
  paragraph: boolean;
  /** Data to draw: table rows, or confirmed figures. */
  ready: boolean;
  suggestions: Suggestion[];
  /** Widgets the data seemed to fit that cannot draw it, with why: listed under the suggestions. */
  leftOut: LeftOut[];
  /** The chosen widget, else the best suggestion; '' when nothing fits. */
  widget: string;
  /** What is drawn, published and saved: the project with that widget and its default options. */
  project: Project;
}

/**
 * Options a widget needs to read this table that it would not guess: a line chart takes its
 * first column as x, so a date column further right is named; and what the suggestion was
 * checked with (one unit's series, a waffle's unit-size). The editor's own choices win.
 */
export function defaultAttributes(tag: string, table: BuilderTable, suggestions: readonly Suggestion[] = []): Record<string, string> {
  const out: Record<string, string> = { ...(suggestions.find((s) => s.tag === tag)?.attributes ?? {}) };
  // The manifest's `builder.dateColumn`: bars over time are labelled by their period, not by a
  // notes column beside it; a line's x is the date column, not a text first column.
  const rule = widgetEntry(tag)?.builder.dateColumn;
  const date = table.columns.find((c) => c.type === 'date');
  if (rule && date) {
    const instead = rule.when === 'text-column' ? table.columns.some((c) => c.type === 'text') : table.columns[0]?.type === 'text';
    if (instead) out[rule.attribute] = date.name;
  }
  return out;
}

/**
 * The project as drawn with `tag`. The editor's options belong to the widget they were set on:
 * to `p.widget`, or, before any widget was chosen, to the suggested one being shown — so options
 * set in step 4 reach the preview and the code without choosing a widget first.
 */
export function projectFor(state: BuilderState, table: BuilderTable, tag: string, suggestions: readonly Suggestion[] = []): Project {
  const p = state.project;
  const defaults = table.kind === 'paragraph' ? {} : defaultAttributes(tag, table, suggestions);
  const own = tag === p.widget || p.widget === '';
  return { ...p, widget: tag, attributes: own ? { ...defaults, ...p.attributes } : defaults };
}

/** Options that only answer a question; without them the text asks its questions again. */
const ANSWERS = ['decimal', 'dateOrder', 'year', 'header'] as const;

/**
 * The questions of the text as first pasted, and any the answers raised since. Derived, not
 * remembered, so a project opened from a file shows its answered questions too.
 */
function allQuestions(p: Project, table: BuilderTable): Question[] {
  const asked = Object.fromEntries(Object.entries(p.input.options).filter(([k]) => !(ANSWERS as readonly string[]).includes(k))) as ParseOptions;
  const first = parseInput(p.input.text, asked).questions;
  return [...first, ...table.questions.filter((q) => !first.some((f) => f.id === q.id))];
}

export function derive(state: BuilderState, table: BuilderTable, fit?: TextFit): Derived {
  const p = state.project;
  const questions = allQuestions(p, table);
  const open = questions.filter((q) => p.input.options[q.id] === undefined || (q.id === 'year' && p.input.options.year === null));
  const paragraph = table.kind === 'paragraph' && p.input.text.trim() !== '';
  const included = (p.figures ?? []).filter((f) => f.include);
  // A paragraph is drawn from its confirmed figures; one with no figures at all but projects at
  // their stages ("主体结构已封顶") has nothing to confirm: the stages are what it says.
  const stagesOnly = paragraph && state.draft.length === 0 && projectsFromText(p.input.text).length > 0;
  const ready = open.length === 0 && (paragraph ? included.length > 0 || stagesOnly : table.records.length > 0);
  const suggestions = !ready ? [] : paragraph ? suggestWidgets(included, p.input.text) : suggestWidgets(table, '', fit);
  const leftOut = !ready || paragraph ? [] : leftOutWidgets(table, fit);
  const widget = suggestions.some((s) => s.tag === p.widget) ? p.widget : (suggestions[0]?.tag ?? '');
  return { table, questions, open, paragraph, ready, suggestions, leftOut, widget, project: projectFor(state, table, widget, suggestions) };
}
