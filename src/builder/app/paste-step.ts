/**
 * Step 1: the pasted text, what was read from it (format, delimiter, header row, transpose,
 * decimal mark) as controls the editor can change, the questions to answer, and the table.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.js';
import type { InputKind, ParseOptions, Question } from '../index.js';
import { FileError, readFile, type OpenedFile } from '../files.js';
import { EXAMPLES, type ExampleId } from './examples.js';
import { pick, strings } from './i18n.js';
import { BuilderStep } from './step.js';
import { actionEvent, announceEvent, type BuilderState, type Derived } from './state.js';
import { renderIssues, renderTable } from './table-view.js';

const KINDS: InputKind[] = ['tsv', 'csv', 'semicolon', 'json', 'paragraph'];

/**
 * @tagname djb-paste
 * @summary Builder step 1: paste, detect, answer, check the table.
 * @fires djb-action - The text, a reading option or an answer changed.
 */
export class DjbPaste extends BuilderStep {
  /** The workbook last opened (kept here, never in the project: its text is). */
  @state() private file: { handle: File; opened: OpenedFile } | null = null;
  @state() private fileMessage = '';
  @state() private fileError = '';

  /** Reads a file in the page and puts its text in as if pasted; a workbook's sheet can be chosen. */
  private async open(file: File | undefined, sheet?: string): Promise<void> {
    if (!file) return;
    const s = strings(this.ui);
    try {
      const opened = await readFile(file, sheet);
      this.file = opened.sheets.length > 0 ? { handle: file, opened } : null;
      this.fileError = '';
      this.fileMessage = s.fileRead(file.name, opened.sheets.length > 0 ? s.fileSheet(opened.sheet, opened.sheets.length) : s.fileEncoding(opened.encoding));
      this.dispatchEvent(actionEvent({ type: 'open-text', text: opened.text, options: opened.kind ? { kind: opened.kind } : {} }));
      this.dispatchEvent(announceEvent(this.fileMessage));
    } catch (e) {
      const zh = this.ui !== 'en';
      this.fileError = e instanceof FileError ? (zh ? e.zh : e.message) : e instanceof Error ? e.message : String(e);
      this.fileMessage = '';
      this.dispatchEvent(announceEvent(`${s.fileBad}${this.fileError}`));
    }
  }

  private readonly onDrop = (e: DragEvent): void => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    // A dropped file is opened, not its path pasted as text.
    e.preventDefault();
    void this.open(file);
  };

  private readonly onDragOver = (e: DragEvent): void => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private renderFile(): TemplateResult {
    const s = strings(this.ui);
    const f = this.file;
    return html`<div class="row file-row">
        <label class="file-open">${s.openFile}
          <input id="djb-file" type="file" accept=".csv,.tsv,.tab,.txt,.json,.xlsx,.xlsm,.xls,.ods,text/csv,application/json"
            aria-describedby="djb-file-help" @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              void this.open(file);
            }} />
        </label>
        ${f && f.opened.sheets.length > 1
          ? html`<div class="field"><label for="djb-sheet">${s.sheet}</label>
              <select id="djb-sheet" @change=${(e: Event) => void this.open(f.handle, (e.target as HTMLSelectElement).value)}>
                ${f.opened.sheets.map((n) => html`<option value=${n} ?selected=${n === f.opened.sheet}>${n}</option>`)}
              </select></div>`
          : nothing}
      </div>
      <small id="djb-file-help">${s.openFileHelp}</small>
      ${this.fileMessage ? html`<p class="note" id="djb-file-read">${this.fileMessage}</p>` : nothing}
      ${this.fileError ? html`<p class="bad" role="alert">⚠ ${s.fileBad}${this.fileError}</p>` : nothing}`;
  }

  private send(options: ParseOptions): void {
    this.dispatchEvent(actionEvent({ type: 'options', options }));
  }

  private readonly onInput = (e: Event): void => {
    this.dispatchEvent(actionEvent({ type: 'text', text: (e.target as HTMLTextAreaElement).value }));
  };

  private example(id: ExampleId): void {
    this.dispatchEvent(actionEvent({ type: 'reset-options' }));
    this.dispatchEvent(actionEvent({ type: 'text', text: EXAMPLES[id] }));
  }

  protected override render(): TemplateResult | typeof nothing {
    const given = this.given();
    if (!given) return nothing;
    const { st, s } = given;
    const text = st.project.input.text;
    return html`
      <div class="field">
        <label for="djb-input">${s.pasteLabel}</label>
        <small id="djb-input-help">${s.pasteHelp}</small>
        <textarea id="djb-input" rows="8" spellcheck="false" aria-describedby="djb-input-help" .value=${text} @input=${this.onInput}
          @drop=${this.onDrop} @dragover=${this.onDragOver}></textarea>
      </div>
      ${this.renderFile()}
      <div class="examples" role="group" aria-labelledby="djb-examples-l">
        <span id="djb-examples-l">${s.examples}${s.colon}</span>
        <button type="button" @click=${() => this.example('paragraph')}>${s.exampleParagraph}</button>
        <button type="button" @click=${() => this.example('table')}>${s.exampleTable}</button>
        <button type="button" @click=${() => this.example('csv')}>${s.exampleCsv}</button>
      </div>
      ${text.trim() === '' ? html`<p class="blocked">${s.empty}</p>` : this.renderRead()}
    `;
  }

  private renderRead(): TemplateResult {
    const d = this.derived as Derived;
    const st = this.state as BuilderState;
    const s = strings(this.ui);
    const t = d.table;
    const chosen = st.project.input.options;
    const delimited = t.kind === 'tsv' || t.kind === 'csv' || t.kind === 'semicolon';
    const delim = delimited ? s[`delim_${t.kind as 'tsv' | 'csv' | 'semicolon'}`] : s.delim_none;
    const custom = Object.keys(chosen).length > 0;
    return html`
      <fieldset>
        <legend>${s.detected}</legend>
        <div class="row">
          <div class="field">
            <label for="djb-kind">${s.kind}</label>
            <select id="djb-kind" aria-describedby="djb-delim" @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.send({ kind: v === '' ? undefined : (v as InputKind) });
            }}>
              <option value="" ?selected=${chosen.kind === undefined}>${s.kindAuto}${s.paren(s[`kind_${t.kind}`])}</option>
              ${KINDS.map((k) => html`<option value=${k} ?selected=${chosen.kind === k}>${s[`kind_${k}`]}</option>`)}
            </select>
            <small id="djb-delim">${s.delimiter}${s.colon}${delim}</small>
          </div>
          ${delimited ? this.renderGridOptions() : nothing}
          ${t.kind === 'paragraph'
            ? nothing
            : html`<div class="field">
                <label for="djb-decimal">${s.decimal}</label>
                <select id="djb-decimal" @change=${(e: Event) => {
                  this.send({ decimal: (e.target as HTMLSelectElement).value as '.' | ',' });
                }}>
                  <option value="." ?selected=${t.options.decimal === '.'}>${s.decimalDot}</option>
                  <option value="," ?selected=${t.options.decimal === ','}>${s.decimalComma}</option>
                </select>
              </div>`}
          ${custom ? html`<button type="button" @click=${() => this.dispatchEvent(actionEvent({ type: 'reset-options' }))}>${s.resetDetect}</button>` : nothing}
        </div>
      </fieldset>
      ${this.renderQuestions(d.questions)} ${t.kind === 'paragraph' ? this.renderParagraph() : this.renderTableOrEmpty()}
    `;
  }

  /** Header row and transpose: only a grid of delimited text has them. */
  private renderGridOptions(): TemplateResult {
    const s = strings(this.ui);
    const o = (this.derived as Derived).table.options;
    return html`<label class="check"><input id="djb-header" type="checkbox" .checked=${o.header} @change=${(e: Event) => {
        this.send({ header: (e.target as HTMLInputElement).checked });
      }} />${s.header}</label>
      <label class="check"><input id="djb-transpose" type="checkbox" .checked=${o.transpose} @change=${(e: Event) => {
        this.send({ transpose: (e.target as HTMLInputElement).checked });
      }} />${s.transpose}</label>`;
  }

  private renderQuestions(questions: Question[]): TemplateResult | typeof nothing {
    if (questions.length === 0) return nothing;
    const s = strings(this.ui);
    const opts = (this.state as BuilderState).project.input.options;
    return html`<h3>${s.questions}</h3>
      <p class="help">${s.questionsHelp}</p>
      ${questions.map((q) => {
        const answered = opts[q.id] === undefined || opts[q.id] === null ? null : String(opts[q.id]);
        const guess = q.choices.find((c) => c.value === q.chosen);
        return html`<fieldset class="question" id=${`djb-q-${q.id}`}>
          <legend>${pick(this.ui, q)}</legend>
          ${answered === null && guess ? html`<p>${s.guess}${pick(this.ui, guess)}</p>` : nothing}
          <div class="choices">
            ${q.choices.map(
              (c) => html`<label class="check"><input type="radio" name=${`djb-q-${q.id}`} .value=${c.value} .checked=${answered === c.value}
                  @change=${(e: Event) => void this.answer(e, q, c.value)} />${pick(this.ui, c)}</label>`,
            )}
          </div>
        </fieldset>`;
      })}`;
  }

  private async answer(e: Event, q: Question, value: string): Promise<void> {
    const radio = e.target as HTMLInputElement;
    this.dispatchEvent(actionEvent({ type: 'answer', question: q.id, value }));
    await this.closest<LitElement>('djb-app')?.updateComplete;
    await this.updateComplete;
    // An answer that changes how the text is read (its format) may end the question: focus
    // then goes to the format control rather than to the page's start.
    if (!radio.isConnected) this.querySelector<HTMLElement>('#djb-kind')?.focus();
  }

  private renderParagraph(): TemplateResult {
    const st = this.state as BuilderState;
    const s = strings(this.ui);
    return html`<p class="note">${s.paragraphFound(st.draft.length)} <a href="#step-figures">${s.stepFigures}</a></p>`;
  }

  private renderTableOrEmpty(): TemplateResult {
    const t = (this.derived as Derived).table;
    const s = strings(this.ui);
    if (t.rows.length === 0) return html`<p class="blocked">${s.noRows}</p>`;
    const options = (this.state as BuilderState).project.input.options;
    return html`${renderIssues(t, s, this.ui)} ${renderTable(t, s, this.ui, options, (o) => this.send(o))}`;
  }
}

defineElement('djb-paste', DjbPaste);

declare global {
  interface HTMLElementTagNameMap {
    'djb-paste': DjbPaste;
  }
}
