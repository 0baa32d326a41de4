/**
 * Splits text into sentences and clauses in one pass, keeping offsets into the original.
 * A figure's quote is its clause; label inheritance stays inside its sentence.
 */

export interface Clause {
  /** Offsets of the clause in the text, whitespace trimmed (end exclusive). */
  start: number;
  end: number;
  /** Index of the sentence the clause belongs to. */
  sentence: number;
}

/** Ends a sentence: full stops, semicolons (the report's own list separator), line breaks. */
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n', '\r', '…']);
/** Ends a clause within a sentence. */
const CLAUSE_END = new Set(['，', '：']);
const SPACE = /\s/;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Full-width digits count as digits: "１，２３４" keeps its ASCII-style separator only if ASCII. */
function isAnyDigit(c: string | undefined): boolean {
  return isDigit(c) || (c !== undefined && c >= '０' && c <= '９');
}

/**
 * ASCII "," and ":" end a clause only when they do not sit between digits (1,234 and 9:30 are
 * numbers; a comma in "GDP, CPI" is punctuation).
 */
function endsClause(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  // Full-width text sometimes groups thousands with a full-width comma ("１２，０００人"): a
  // comma between digits followed by exactly three digits is a separator, not a break.
  if (c === '，' && isAnyDigit(text[i - 1]) && isAnyDigit(text[i + 1]) && isAnyDigit(text[i + 2])
    && isAnyDigit(text[i + 3]) && !isAnyDigit(text[i + 4])) return false;
  if (CLAUSE_END.has(c)) return true;
  if (c === ',' || c === ':') return !(isAnyDigit(text[i - 1]) && isAnyDigit(text[i + 1]));
  return false;
}

/**
 * An ASCII full stop ends a sentence unless it is a decimal point (4.1, .5) or an abbreviation
 * inside a sentence: "U.S. dollars", "Jan. 6", "236,000-sq.-ft." — a letter, a hyphen, or a
 * space and then a lower-case letter or a digit follow it.
 */
function endsWithPeriod(text: string, i: number): boolean {
  const next = text[i + 1];
  if (isAnyDigit(next) || (next !== undefined && /[A-Za-z-]/.test(next))) return false;
  return !(next === ' ' && /[a-z0-9]/.test(text[i + 2] ?? ''));
}

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && SPACE.test(text[a] ?? '')) a++;
    while (b > a && SPACE.test(text[b - 1] ?? '')) b--;
    if (b > a) clauses.push({ start: a, end: b, sentence });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    // An ASCII full stop ends a sentence unless it is a decimal point (4.1, .5).
    if (SENTENCE_END.has(c) || (c === '.' && endsWithPeriod(text, i))) {
      push(from, i);
      from = i + 1;
      sentence++;
    } else if (endsClause(text, i)) {
      push(from, i);
      from = i + 1;
    }
  }
  push(from, text.length);
  return clauses;
}
