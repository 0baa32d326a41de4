/** Which of the four inputs a problem came from; shown to the editor with its position. */
export type DataInput = 'table' | 'json' | 'src' | 'data' | 'columns';

export interface DataErrorDetails {
  input: DataInput;
  /** 1-based line in the JSON/CSV text. */
  line?: number;
  /** 1-based column in the JSON text. */
  column?: number;
  /** 1-based data row (not counting the header). */
  row?: number;
  /** A network failure that may pass (timeout, no connection, 5xx): the widget offers a retry. */
  transient?: boolean;
}

/**
 * A problem with the data, worded for the editor who wrote it, in both languages: the widget
 * shows it in the reader's (`text(locale)`), the console gets the English `message`.
 */
export class DataError extends Error {
  readonly details: DataErrorDetails;
  private readonly zh: string;
  constructor(message: string, details: DataErrorDetails, zh?: string) {
    super(message);
    this.name = 'DataError';
    this.details = details;
    this.zh = zh ?? message;
  }

  text(locale: 'zh-CN' | 'en'): string {
    return locale === 'zh-CN' ? this.zh : this.message;
  }
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
