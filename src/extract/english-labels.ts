/**
 * The label of an English figure: the noun phrase that names what is measured, in whole words.
 * Before the figure, the verb, auxiliaries, time phrases and owners ("China's") are dropped
 * ("China's exports in March rose 30.6%" → "exports"); a figure used as a modifier names the
 * noun after it ("a $6.35 billion surplus" → "surplus"). Reads a bounded window of words.
 */
import { EN_BOUND_WORDS, EN_CHANGE_WORDS } from '../core/format/vocabulary.js';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sep\\.?|sept\\.?|oct\\.?|nov\\.?|dec\\.?';
/** Words dropped from the end of the text before a figure, however many there are. */
const SKIP = new Set([
  ...EN_CHANGE_WORDS.map(([w]) => w), ...EN_BOUND_WORDS.flatMap(([w]) => w.split(' ')),
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'by', 'of', 'to', 'at', 'in', 'on', 'for', 'last', 'this', 'next',
  'year', 'month', 'quarter', 'week', 'half', 'first', 'second', 'third', 'fourth', 'year-on-year', 'year-over-year',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'can', 'also', 'further', 'still', 'only', 'cumulative', 'minimum', 'maximum', 'total', 'totaled', 'totalled',
  'reached', 'hit', 'stood', 'came', 'went', 'edged', 'ticked', 'posted', 'reported', 'recorded', 'saw', 'maintained',
  'invest', 'spend', 'hire', 'employ', 'create', 'generate', 'occupy', 'build', 'add', 'expected', 'estimated',
  'forecast', 'predicted', 'surpassed', 'exceeded', 'topped', 'revised', 'included', 'contributed', 'amounted',
  'weakened', 'strengthened', 'quickened', 'accelerated', 'slowed', 'moderated', 'picked', 'came', 'stayed', 'remained',
  'compared', 'with', 'versus', 'vs', 'terms', 'dollar', 'period', 'same', 'previous', 'earlier', 'ago', 'from',
  // "to reach 15.9 trillion yuan", "remained stable at 5%", "in the first three quarters".
  'reach', 'reaching', 'reaches', 'stable', 'steady', 'unchanged', 'flat', 'quarters', 'months', 'weeks', 'years',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
]);
/** Period tokens that are never part of a name: "China's Q1 retail sales" → "retail sales". */
const PERIOD_TOKEN = /^(?:Q[1-4]|H[12]|[1-4]Q|FY\d{2,4})$/;
/** Participles that open a clause of their own: "surpassing analyst estimates of $55.5 billion". */
const PARTICIPLE = 'surpassing|exceeding|beating|missing|reaching|reflecting|putting|sending|bringing|taking|making|following|including|compared|according';
/** A label never ends in an adjective: "economic growth" keeps its noun even though growth is a change word. */
const ADJECTIVE_END = /^(?:[a-z-]*(?:ic|al|ary|ive|ous)|average|annual|overall|two-year|year-end)$/i;
/** Change nouns that name a figure on their own after an article: "the decline was 3%". */
export const CHANGE_NOUN = /^(?:growth|increase|decline|drop|rise|gain|fall|decrease|contraction|slide|jump|reading)$/i;
/** Modifiers that grade a change rather than name it: "significant growth of 15%" → "growth". */
const GRADE = /^(?:[a-z]+(?:ant|ent|ive|ous|ful|ble)|strong|slight|sharp|modest|steady|solid|big|small|huge|robust|weak|slower|faster|further|double-digit)$/i;
/** "the FactSet consensus of 27% growth", "analyst estimates of $55.5 billion": the expectation names the figure. */
const EXPECTATION_OF = /(?:^|\s)((?:[A-Z][\w&-]*\s+)*(?:(?!(?:own|the|a|an|its|their|his|her|of|and|or)\b|[a-z]+ing\b)[a-z][a-z-]*\s+)?(?:forecast|forecasts|consensus|estimate|estimates|expectations|projection|projections|target))\s+of\s*$/;
/** After the figure: "12.6 percent for the service sector" names what the figure is about. */
const FOR_AFTER = /^ for (?:the )?((?!(?:first|second|third|fourth|full|whole|year|month|quarter|week|period|time|same|previous|next|last|this|that|all)\b)[a-z][a-z-]*(?: (?!(?:in|of|and|or|to|from|at|on|by|compared)\b)[a-z][a-z-]*){0,3})(?=[,.;:)]|\s+(?:and|while|but)\b|$)/;
/** After "a 26% increase": the thing that increased, "in revenue for Azure and other cloud services". */
// "in the consumer price index" names it too; "in the first quarter", "in the same period" are times.
const CHANGE_IN_AFTER = new RegExp(`^ (?:increase|rise|growth|decline|drop|fall|gain|decrease|jump|surge) in (?:the (?!(?:first|second|third|fourth|last|past|previous|same|next|year|month|quarter|half|week|period)\\b))?(?!(?:${MONTHS}|\\d{4}|the|Q[1-4])\\b)((?:[A-Za-z][\\w’'-]*)(?: (?!(?:in|to|from|by|at|on|compared|than|year-on-year|year-over-year|during|over)\\b)[A-Za-z][\\w’'-]*){0,6})`, 'i');
/** "investment from the private sector accounted for 62 percent": the share's subject is before the verb. */
const SHARE_VERB = /\s+(?:accounted|accounting|accounts|account|made|making|makes)\s+(?:for|up)\b.*$/i;
/** Where a noun phrase read backwards stops. */
const STOP = new RegExp(`^(?:and|or|but|while|as|after|before|since|because|that|which|who|whom|where|when|if|than|with|from|by|in|on|at|for|to|of|said|says|showed|shows|is|was|were|are|be|been|has|have|had|will|would|could|should|may|might|can|it|they|this|these|those|forecast|expects|expecting|${PARTICIPLE}|[a-z]+ed|—|–|-|--)$`, 'i');
/** Inside a noun phrase read backwards, "of" and "in" join two nouns: "total output of summer grain". */
const JOINS = new Set(['of', 'in', 'for']);
/** Time phrases anywhere in the window: "in March", "in June and July", "in 2017", "last year". */
const TIME_PHRASE = new RegExp(`\\s(?:in|during|since|through|for)\\s+(?:${MONTHS}|\\d{4}|the (?:first|second|third|fourth) (?:half|quarter))(?:\\s+(?:and|to)\\s+(?:${MONTHS}))?(?:,?\\s+\\d{4})?(?=\\s|$)|\\s(?:last|this) (?:year|month|quarter|week)\\b`, 'gi');
/** "a slide of 0.9%", "job growth of about 158,000": the change noun names the figure. */
const CHANGE_OF = /(?:^|\s)((?:(?!(?:from|to|a|an|the|of|in)\b)[a-z-]+ )?(?:growth|increase|decline|drop|slide|rise|fall|contraction|gain|decrease)) of\s*$/i;
/** "for a total investment by Facebook of $1.5 billion": the owner between the measure and "of". */
const BY_OWNER = /\s+by\s+[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*)?(?=\s+of\s*$)/;
/** After a sum of money: "$2.1 billion in revenues", "$12 billion of economic growth". */
const IN_OF_AFTER = /^ (?:of|in) ((?!(?:the|a|an|its|their|this|that|total)\b)[a-z][a-z-]*(?: (?!(?:the|in|of|for|to|and|or|at|on|by|from|with|under)\b)[a-z][a-z-]*){0,2})(?=[\s,.;:)]|$)/;
const TIME = new RegExp(`^(?:${MONTHS}|\\d{4}|\\d{1,2},?)$`, 'i');
/** A modifier slot before the figure: "a $20 million facility", "the government's 6.5 percent growth target". */
const DETERMINER = /(?:\b(?:a|an|the|its|their|his|her|this|that)|['’]s)(?: (?:new|planned|proposed|expected))? $/i;
/**
 * Words in -ed that are adjectives in a noun phrase, not verbs: "fixed assets". "designated": NBS
 * writes 规模以上 "industrial enterprises above designated size" in every English release; read as
 * a verb, the label was "size".
 */
const ADJECTIVES_ED = /^(?:fixed|listed|limited|skilled|registered|insured|unemployed|combined|owned|designated)$/i;
/** Nouns after a figure used as a modifier, until a verb, a preposition or punctuation. */
const NOT_NOUN = '(?![a-z]+ed\\b)(?!(?:per|in|of|to|for|by|at|on|and|or|from|with|will|would|was|is|were|are|has|had|have|that|which|compared|expected|economists|the|a|an|last|this|next|previous|year-on-year|year-over-year)\\b)[a-z][a-z-]*';
const NOUNS_AFTER = new RegExp(`^ (${NOT_NOUN}(?: ${NOT_NOUN}){0,3})(?=[\\s,.;:)]|$)`);
/** "1.18 trillion yuan generated by the primary sector": the sector after the figure. */
const BY_SECTOR = /^ (?:generated |produced )?by the ((?:[a-z]+ ){0,2}(?:sector|industry|industries))\b/i;
const MAX_WORDS = 7;
const CONTEXT = 800;
/** A wire dateline before the first sentence: "BEIJING--", "WASHINGTON (Reuters) --". */
const DATELINE = /^\s*[A-Z][A-Z .,]+(?:\s*\([^)]*\))?\s*(?:--|—|–)\s*/;
/** Where, not what: "industrial output in China" → "industrial output". */
const PLACE_AFTER = /\s+(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w.]*\s?)+$/;

function tidyLabel(words: string[], lowerFirst: boolean, text = ''): string {
  // The owner is not the measure: "China's exports" → "exports", "the country's PPI" → "PPI".
  let k = words.length - 1;
  while (k >= 0 && !/['’]s$/.test(words[k] ?? '')) k--;
  const from = k + 1;
  let kept = words.slice(from).filter((w) => !/^year-(?:on|over)-year$/i.test(w) && !PERIOD_TOKEN.test(w));
  // "the first time the figure": the phrase starts after its last determiner.
  const det = kept.reduce((at, w, i) => (/^(?:the|a|an|its|their)$/i.test(w) ? i : at), -1);
  kept = kept.slice(det + 1);
  // A capital that is only there because the sentence starts with it: "Imports were …",
  // "Payroll additions" — but a lone name ("Facebook") keeps its capital.
  const first = kept[0];
  // A lone word is lowered too when the text also writes it in lower case ("Revenue … rose",
  // "revenue expectations"); a name ("Facebook") never is.
  // A name is written with its capital inside sentences too ("by Facebook"); a common noun is not.
  const common = (w: string): boolean => kept.length > 1 || w.endsWith('s') || new RegExp(`(?:^|[^A-Za-z])${w.toLowerCase()}(?![a-z])`).test(text)
    || (text !== '' && !new RegExp(`[a-z,;] ${w}\\b`).test(text));
  if (lowerFirst && from === 0 && det < 0 && first !== undefined && /^[A-Z][a-z]+(?:-[a-z]+)*$/.test(first) && common(first)) {
    kept[0] = first.toLowerCase();
  }
  return kept.join(' ').replace(/\s*\([^()]*\)$/, '').replace(PLACE_AFTER, '').replace(/^[("'“]+|[)"'”,:;]+$/g, '').replace(/\s*\(.*$/, '');
}

/**
 * The label for a figure ending at `figureEnd`, given the text before it (`before`, bound word
 * removed) and the clause end `to`. `atSentenceStart`: `before` begins its sentence.
 */
export function englishLabel(text: string, rawBefore: string, figureEnd: number, to: number, atSentenceStart: boolean, currency: boolean): string {
  const after = text.slice(figureEnd, Math.min(to, figureEnd + 64));
  // Whether a word is a name is read from the text around the figure: a bounded window keeps it linear.
  const context = text.slice(Math.max(0, figureEnd - CONTEXT), figureEnd + CONTEXT);
  const sector = BY_SECTOR.exec(after);
  if (sector) return sector[1] ?? '';
  if (DETERMINER.test(rawBefore)) {
    const changeIn = CHANGE_IN_AFTER.exec(after);
    if (changeIn) return (changeIn[1] ?? '').trim();
    const nouns = NOUNS_AFTER.exec(after);
    if (nouns) return (nouns[1] ?? '').trim();
  }
  const expectation = EXPECTATION_OF.exec(rawBefore);
  if (expectation) return tidyLabel((expectation[1] ?? '').split(/\s+/), false, context);
  const inOf = currency ? IN_OF_AFTER.exec(after) : null;
  if (inOf) return inOf[1] ?? '';
  const label = labelBefore(rawBefore.replace(SHARE_VERB, ''), atSentenceStart, context);
  // "a decline of 4% in revenue": a bare change noun yields to what changed.
  if (CHANGE_NOUN.test(label)) return IN_OF_AFTER.exec(after)?.[1] ?? label;
  if (label !== '') return label;
  // "and 7.3 percent for industry": no subject before, the one after names it.
  const forAfter = FOR_AFTER.exec(after);
  if (forAfter) return forAfter[1] ?? '';
  // "and $19.93 billion surpluses": with no subject before it, a sum names the noun after it.
  return currency ? (NOUNS_AFTER.exec(after)?.[1] ?? '').trim() : '';
}

/** The noun phrase at the end of the text before a figure, its verb and frame dropped. */
function labelBefore(rawBefore: string, atSentenceStart: boolean, text: string): string {
  // Inside an open bracket, only what follows it: "(up 45 percent)".
  const open = rawBefore.lastIndexOf('(');
  let before = open >= 0 && !rawBefore.includes(')', open) ? rawBefore.slice(open + 1) : rawBefore;
  const change = CHANGE_OF.exec(before);
  if (change) {
    const words = (change[1] ?? '').split(' ');
    return tidyLabel(words.length > 1 && GRADE.test(words[0] ?? '') ? words.slice(1) : words, false, text);
  }
  before = ` ${before.replace(DATELINE, '')}`.replace(TIME_PHRASE, '').replace(BY_OWNER, '');
  const words = before.split(/\s+/).filter((w) => w !== '');
  let end = words.length;
  // Drop the verb and its frame: "rose", "were estimated to have contracted", "in March".
  const skippable = (w: string): boolean => SKIP.has(w.toLowerCase()) || TIME.test(w) || PERIOD_TOKEN.test(w) || /^[$(]$/.test(w) || /ly$|-than-/.test(w);
  while (end > 0 && skippable(words[end - 1] ?? '')) end--;
  // "economic growth came in at": an adjective does not end a name; the noun after it stays.
  if (end > 0 && end < words.length && ADJECTIVE_END.test(words[end - 1] ?? '') && /^[a-z]+$/i.test(words[end] ?? '')) end++;
  let start = end;
  for (; start > 0 && end - start < MAX_WORDS && !/[,;:]$/.test(words[start - 1] ?? ''); start--) {
    const w = words[start - 1] ?? '';
    const prev = words[start - 2] ?? '';
    // "the total planned investment": an -ed word after an article is an adjective, not a verb.
    if (!STOP.test(w) || ADJECTIVES_ED.test(w) || (/ed$/i.test(w) && /^(?:the|a|an|its|their|total)$/i.test(prev))) continue;
    // "income of urban households": of/in between two nouns stays in the phrase.
    if (!(JOINS.has(w.toLowerCase()) && start < end && /^[a-z][a-z-]*$/.test(prev) && !STOP.test(prev) && !SKIP.has(prev))) break;
  }
  const label = tidyLabel(words.slice(start, end), atSentenceStart && start === 0, text);
  if (label !== '') return label;
  // "the decline was 3%": a change noun after an article is all there is to name it.
  for (let k = words.length - 1; k > 0; k--) {
    if (CHANGE_NOUN.test(words[k] ?? '') && /^(?:the|a|an)$/i.test(words[k - 1] ?? '')) return (words[k] ?? '').toLowerCase();
  }
  return '';
}

/** Words that open a sentence with a frame, not its subject: "In March, …", "On a … basis, …". */
const FRAME_OPENER = /^(?:in|on|at|for|from|after|before|since|during|following|according|meanwhile|however|but|and|analysts|data)$/i;

/**
 * The subject of the sentence starting at `start`: its opening noun phrase, up to its first verb,
 * comma or clause word ("Industrial production grew steadily, rising 6 percent" → "industrial
 * production"). Empty when the sentence opens with a frame. Reads at most MAX_WORDS words.
 */
export function sentenceSubject(text: string, start: number, end: number): string {
  const words = text.slice(start, Math.min(end, start + 120)).replace(DATELINE, '').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || FRAME_OPENER.test(words[0] ?? '')) return '';
  const out: string[] = [];
  for (const w of words.slice(0, MAX_WORDS + 1)) {
    const bare = w.replace(/[,;:]$/, '');
    if (STOP.test(bare) || SKIP.has(bare.toLowerCase()) || /\d/.test(bare)) break;
    out.push(bare);
    if (bare !== w) break;
  }
  return out.length > MAX_WORDS ? '' : tidyLabel(out, true, text.slice(Math.max(0, start - CONTEXT), start + CONTEXT));
}
