import { foldForMatch } from '../text/fold.js';
import {
  APPLICATION_CONTEXT,
  APPROXIMATE_AFTER,
  COUNT_UNITS,
  MONEY_UNIT,
  measureFamily,
  narrativeWords,
  type ApplicantKind,
  type DocumentRow,
  type NarrativeMeasure,
  type NarrativeWord,
} from './narrative-words.js';

/** A quantity stated in the body text and what it counts. */
export interface NarrativeQuantity {
  /** What it counts. */
  readonly measure: NarrativeMeasure;
  /** The applicant column it is about, or null for all applicants. */
  readonly applicant: ApplicantKind | null;
  /** For 制发/废止/现行有效: 规章 or 行政规范性文件. */
  readonly document: DocumentRow | null;
  /** The number as stated. */
  readonly value: number;
  /** The number as written, e.g. `1,354`, `12.50`. */
  readonly raw: string;
  /** Its unit as written: 件, 件次, 万元… */
  readonly unit: string;
  /** Offset of the number in the text. */
  readonly start: number;
  /** Offset just past the unit. */
  readonly end: number;
  /** Offset of the sentence's first non-blank character. */
  readonly sentenceStart: number;
  /** Offset just past the sentence's last non-blank character. */
  readonly sentenceEnd: number;
}

/** Options of {@link extractNarrativeQuantities}. */
export interface ExtractNarrativeOptions {
  /** The report year: a sentence that names another year (2020年… in a 2021 report) is about that year, and skipped. */
  readonly year?: number | null;
  /** Ranges of the text to leave out (tables), as offsets into it. */
  readonly exclude?: readonly { readonly start: number; readonly end: number }[];
}

/** Longest sentence we read; longer runs without a full stop are not prose. */
const MAX_SENTENCE = 2000;

/** 。 ! ? ; LF CR (the folded text's sentence ends). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x0a || code === 0x0d;
}

/** , : ( ) [ ] " (the folded text's clause ends). */
function isClauseEnd(code: number): boolean {
  return code === 0x2c || code === 0x3a || code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x22;
}

/** The marked words by their first UTF-16 unit, each list in {@link narrativeWords}' order. */
const wordsByFirstUnit: ReadonlyMap<number, readonly { readonly word: NarrativeWord; readonly index: number }[]> = (() => {
  const map = new Map<number, { word: NarrativeWord; index: number }[]>();
  narrativeWords.forEach((word, index) => {
    if (word.word === '') return;
    const first = word.word.charCodeAt(0);
    const list = map.get(first);
    if (list) list.push({ word, index });
    else map.set(first, [{ word, index }]);
  });
  return map;
})();
const AFTER_UNIT_APPROXIMATE = ['以上', '左右', '多'];

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly word: NarrativeWord;
}

/** What the clause being read has named so far (each set made when its first word comes: most clauses name nothing). */
interface Clause {
  measures: Set<NarrativeMeasure> | null;
  applicants: Set<ApplicantKind> | null;
  documents: Set<DocumentRow> | null;
  blocked: boolean;
}

const newClause = (): Clause => ({ measures: null, applicants: null, documents: null, blocked: false });

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isDigitCode = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isAsciiLetter = (ch: string | undefined): boolean => ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));

/**
 * Finds the quantities in body text that name one table value: 受理…申请
 * 56件, 上年结转3件, 办结55件, 结转下年度4件, 行政复议2件, 行政诉讼1件,
 * 行政规范性文件制发12件/废止3件/现行有效40件, 行政事业性收费12.5万元.
 *
 * Conservative by design: a number is kept only when its clause (the text
 * since the last comma, colon, bracket or number) names what it counts, or
 * names an applicant or document kind while an earlier clause of the same
 * sentence named the count (其中自然人20件). A clause naming two counts, two
 * applicant kinds or two document kinds is ambiguous and skipped; so are
 * relative or approximate numbers (较上年增加, 约, 2000余件, 3万件), numbers
 * about letters, calls or proposals, 受理/办结 in a sentence that does not
 * mention 申请, and sentences about another year.
 *
 * One pass over the text to cut sentences; per sentence, one `indexOf` scan
 * per marked word and one pass over its characters. No regex.
 */
export function extractNarrativeQuantities(text: string, options: ExtractNarrativeOptions = {}): NarrativeQuantity[] {
  const folded = foldForMatch(text);
  const exclude = options.exclude ?? [];
  const year = options.year ?? null;
  const found: NarrativeQuantity[] = [];
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    const isEnd = i >= folded.length || isSentenceEnd(folded.charCodeAt(i));
    if (!isEnd && i - start < MAX_SENTENCE) continue;
    let s = start;
    let e = i;
    while (s < e && isBlank(folded.charCodeAt(s))) s++;
    while (e > s && isBlank(folded.charCodeAt(e - 1))) e--;
    // A sentence cut for length goes on from this character.
    start = isEnd ? i + 1 : i;
    if (e - s < 2) continue;
    const sentence = folded.slice(s, e);
    if (sentence.includes('\t') || sentence.includes('|')) continue; // a table row
    if (exclude.some((r) => r.start < e && s < r.end)) continue;
    readSentence(text, folded, s, e, year, found);
  }
  return found;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * The marked words of a sentence, in order; a word inside a longer one is
 * dropped. Each word's occurrences are found as repeated `indexOf` would
 * find them (left to right, a new one only past the end of the last), in
 * one pass over the sentence that tries only the words starting with the
 * character at hand.
 */
function marksOf(sentence: string, offset: number): Mark[] {
  const marks: Mark[] = [];
  // Per word (by its index in narrativeWords), the end of its last occurrence.
  const lastEnd = new Map<number, number>();
  for (let at = 0; at < sentence.length; at++) {
    const candidates = wordsByFirstUnit.get(sentence.charCodeAt(at));
    if (!candidates) continue;
    for (const { word, index } of candidates) {
      if (!sentence.startsWith(word.word, at) || at < (lastEnd.get(index) ?? 0)) continue;
      lastEnd.set(index, at + word.word.length);
      marks.push({ start: offset + at, end: offset + at + word.word.length, word });
    }
  }
  // Found by start; at one start, in narrativeWords' order, as the indexOf loop over the words gave them.
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  let coverEnd = -1;
  for (const m of marks) {
    if (m.end <= coverEnd) continue;
    kept.push(m);
    coverEnd = Math.max(coverEnd, m.end);
  }
  return kept;
}

/**
 * Reads one sentence left to right. State across clauses: the count last
 * named (so that 其中自然人20件 counts what the sentence's verb counts), the
 * document kind last named, and whether the sentence is about another year.
 */
function readSentence(text: string, folded: string, s: number, e: number, year: number | null, out: NarrativeQuantity[]): void {
  const sentence = folded.slice(s, e);
  const marks = marksOf(sentence, s);
  const hasContext = sentence.includes(APPLICATION_CONTEXT);
  let measure: NarrativeMeasure | null = null;
  let document: DocumentRow | 'ambiguous' | null = null;
  let otherYear = false;
  let clause = newClause();
  let m = 0;
  let i = s;
  while (i < e) {
    // Marks starting here join the clause.
    while (m < marks.length && (marks[m] as Mark).start <= i) {
      addMark(clause, (marks[m] as Mark).word);
      m++;
    }
    const code = folded.charCodeAt(i);
    if (isClauseEnd(code)) {
      if (clause.measures || clause.applicants || clause.documents || clause.blocked) clause = newClause();
      i++;
      continue;
    }
    if (!isDigitCode(code)) {
      i++;
      continue;
    }
    const token = readNumber(text, folded, i, e);
    i = token.next;
    const before = folded[token.start - 1];
    if (isAsciiLetter(before) || before === '.' || before === '第') {
      clause = newClause();
      continue;
    }
    if (token.isYear) {
      if (year !== null) otherYear = token.value !== year;
      clause = newClause();
      continue;
    }
    const current = clause;
    clause = newClause();
    if (token.unit === null) continue;

    // Which count the clause names.
    const named = current.measures ? resolveMeasure(current.measures) : null;
    if (named === 'ambiguous' || current.blocked || token.approximate) {
      measure = null;
      continue;
    }
    const documents = current.documents?.size ?? 0;
    const applicants = current.applicants?.size ?? 0;
    if (documents > 1) document = 'ambiguous';
    else if (documents === 1) document = [...(current.documents as Set<DocumentRow>)][0] as DocumentRow;
    if (named !== null) measure = named;
    const mentioned = named !== null || applicants > 0 || documents > 0;
    if (!mentioned || measure === null || applicants > 1 || otherYear) continue;
    const applicant = applicants === 1 ? ([...(current.applicants as Set<ApplicantKind>)][0] as ApplicantKind) : null;

    const family = measureFamily[measure];
    const isMoney = token.unit === MONEY_UNIT;
    if (family === 'fees' ? !isMoney : isMoney) continue;
    if (family === 'applications') {
      if ((measure === 'received' || measure === 'closed') && !hasContext) continue;
    } else if (applicant !== null) continue;
    if (family === 'documents' && (document === null || document === 'ambiguous')) continue;
    out.push({
      measure,
      applicant: family === 'applications' ? applicant : null,
      document: family === 'documents' ? (document as DocumentRow) : null,
      value: token.value,
      raw: text.slice(token.start, token.numberEnd),
      unit: token.unit,
      start: token.start,
      end: token.end,
      sentenceStart: s,
      sentenceEnd: e,
    });
  }
}

function addMark(clause: Clause, word: NarrativeWord): void {
  switch (word.kind) {
    case 'measure':
      (clause.measures ??= new Set()).add(word.measure);
      break;
    case 'applicant':
      (clause.applicants ??= new Set()).add(word.applicant);
      break;
    case 'document':
      (clause.documents ??= new Set()).add(word.document);
      break;
    case 'relative':
    case 'foreign':
      clause.blocked = true;
      break;
    case 'none':
      break;
  }
}

/**
 * One count, or `ambiguous`, or null when the clause names none. A 表四
 * word wins over an application verb (收到行政复议申请2件 counts reviews);
 * two 表四 words, or two other counts, are ambiguous.
 */
function resolveMeasure(measures: ReadonlySet<NarrativeMeasure>): NarrativeMeasure | 'ambiguous' | null {
  if (measures.size === 0) return null;
  const review = [...measures].filter((x) => measureFamily[x] === 'reviewLitigation');
  const chosen = review.length > 0 ? review : [...measures];
  return chosen.length === 1 ? (chosen[0] as NarrativeMeasure) : 'ambiguous';
}

interface NumberToken {
  readonly start: number;
  readonly numberEnd: number;
  readonly end: number;
  readonly next: number;
  readonly value: number;
  readonly unit: string | null;
  readonly isYear: boolean;
  readonly approximate: boolean;
}

/** Reads `1354`, `1,354` (an ASCII comma before three digits), `12.5`, then spaces and a unit. */
function readNumber(text: string, folded: string, at: number, e: number): NumberToken {
  let j = at;
  let digits = '';
  while (j < e) {
    const ch = folded[j];
    if (isDigit(ch)) {
      digits += ch;
      j++;
    } else if (text[j] === ',' && isDigit(folded[j + 1]) && isDigit(folded[j + 2]) && isDigit(folded[j + 3]) && !isDigit(folded[j + 4])) {
      j++;
    } else break;
  }
  let fraction = '';
  if (folded[j] === '.' && isDigit(folded[j + 1])) {
    j++;
    while (j < e && isDigit(folded[j])) fraction += folded[j++];
  }
  const tooLong = digits.length + fraction.length > 15;
  const value = Number(fraction ? `${digits}.${fraction}` : digits);
  const numberEnd = j;
  let k = j;
  while (k < e && k - j < 2 && folded[k] === ' ') k++;
  const isYear = fraction === '' && digits.length === 4 && folded[k] === '年' && value >= 1990 && value <= 2100;
  const isMoney = folded.startsWith(MONEY_UNIT, k);
  const approximate = tooLong || (!isMoney && APPROXIMATE_AFTER.some((w) => folded.startsWith(w, k)));
  let unit: string | null = null;
  if (!isYear && !approximate) unit = isMoney ? MONEY_UNIT : (COUNT_UNITS.find((u) => folded.startsWith(u, k)) ?? null);
  const end = unit === null ? numberEnd : k + unit.length;
  const after = AFTER_UNIT_APPROXIMATE.some((w) => folded.startsWith(w, end));
  return { start: at, numberEnd, end, next: Math.max(end, numberEnd), value, unit, isYear, approximate: approximate || (unit !== null && after) };
}
