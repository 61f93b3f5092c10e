import { isChineseNumeral } from '../text/chinese-numeral.js';
import { lineListOf } from '../text/line-table.js';
import { foldCharCode } from '../text/fold.js';
import { addUnit, createUnitSet, hasUnit } from '../text/unit-set.js';
import type { Line } from '../text/split-lines.js';
import type { Cell, Grid, GridRecognizer, TextRegion } from './grid.js';

/** Units that stay with the number before them (`73802895.90元`). */
const UNITS = ['(万元)', '万元', '元', '件', '个', '项', '条'];
/** Fewest label-then-number joins that make a line a glued table… */
const MIN_JOINS = 3;
/** …or fewest header words, with at least one join. */
const MIN_WORDS = 3;

/**
 * The scan below runs over every character of every line no other
 * recognizer took (prose included), so it reads UTF-16 codes, never
 * one-character strings: `t[i]` of a Chinese character allocates a string.
 * A position past either end reads as NaN, which no test below accepts.
 */
const OPEN = 0x28; // (  after folding （
const CLOSE = 0x29; // ) after folding ）
const DOT = 0x2e;
const DUN = 0x3001; // 、
const PLUS = 0x2b;
const MINUS = 0x2d;
const SPACE = 0x20;

/** An ASCII or full-width digit anywhere (one character class: no backtracking). */
const ANY_DIGIT = /[0-9０-９]/;

/** ASCII and full-width digits — not 〇, which folding maps to 0 for matching words only. */
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const isCjk = (c: number): boolean => c >= 0x3400;
/** The folded code at `i`, or NaN past either end. */
const foldAt = (t: string, i: number): number => {
  const c = t.charCodeAt(i);
  return c === c ? foldCharCode(c) : c;
};

/**
 * Where an enumerator starts a new label inside a run of text: `一、`,
 * `（一）`, or a digit and `.`/`、` before a Chinese character. `第（一）项`
 * is not one, nor `一、` at the very start of the line (nothing to cut).
 */
function enumeratorAt(t: string, i: number): number {
  const c = foldAt(t, i);
  if (c === OPEN && isChineseNumeral(t.charCodeAt(i + 1)) && foldAt(t, i + 2) === CLOSE) return t.charCodeAt(i - 1) === 0x7b2c /* 第 */ ? 0 : 3;
  if (isChineseNumeral(c) && t.charCodeAt(i + 1) === DUN && i > 0 && !isChineseNumeral(t.charCodeAt(i - 1))) return 2;
  if (isDigit(t.charCodeAt(i)) && (foldAt(t, i + 1) === DOT || t.charCodeAt(i + 1) === DUN) && isCjk(t.charCodeAt(i + 2))) return 2;
  return 0;
}

/** Every recognizer {@link createGluedRecognizer} made (for {@link isGluedRecognizer}). */
const gluedRecognizers = new WeakSet<GridRecognizer>();

/**
 * Whether a recognizer is one {@link createGluedRecognizer} made: its grids
 * are always `glued`, which the grid assignment never takes in a prose
 * section, so there it need not run at all.
 */
export function isGluedRecognizer(recognizer: GridRecognizer): boolean {
  return gluedRecognizers.has(recognizer);
}

/**
 * Builds a recognizer for tables whose cells were run together — a crawler's
 * `textContent` of a table: `规章000行政规范性文件6233440第二十条第（五）项…`.
 * The line is cut into cells: every digit run (with its sign, decimals and a
 * unit written after it) is a cell; text is cut before each enumerator and
 * around the header `words` given (the template's column labels), longest
 * first. Splitting a digit run into values is left to the template mapper,
 * which knows the arithmetic.
 */
export function createGluedRecognizer(words: readonly string[]): GridRecognizer {
  // Keyed by the first UTF-16 code, longest words first.
  const byFirst = new Map<number, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (w.length < 2) continue;
    byFirst.set(w.charCodeAt(0), [...(byFirst.get(w.charCodeAt(0)) ?? []), w]);
  }
  // The units that start a word: most characters start none.
  const starts = createUnitSet();
  for (const code of byFirst.keys()) addUnit(starts, code);
  const wordAt = (t: string, i: number): number => {
    const code = t.charCodeAt(i);
    if (!hasUnit(starts, code)) return 0;
    const candidates = byFirst.get(code);
    if (candidates) for (const w of candidates) if (t.startsWith(w, i)) return w.length;
    return 0;
  };

  const recognizer = function recognizeGluedGrid(region: TextRegion): Grid | null {
    const line = lineListOf(region.lines).get(region.startLine) as Line | undefined;
    if (!line || line.text.includes('\t') || line.text.includes('|')) return null;
    const t = line.text;
    // No digit, no join: most lines of prose are told by the engine's scan.
    if (!ANY_DIGIT.test(t)) return null;
    let joins = 0;
    // A label then a number, touching or one space apart (…尚未审结总计 0 1 1 0 2…).
    for (let i = 1; i < t.length && joins < MIN_JOINS; i++) {
      if (isDigit(t.charCodeAt(i)) && (isCjk(t.charCodeAt(i - 1)) || (t.charCodeAt(i - 1) === SPACE && isCjk(t.charCodeAt(i - 2))))) joins++;
    }
    if (joins === 0) return null;
    let words = 0;

    const cells: Cell[] = [];
    let textFrom = -1;
    const endText = (to: number): void => {
      if (textFrom < 0) return;
      let s = textFrom;
      let e = to;
      while (s < e && t.charCodeAt(s) === SPACE) s++;
      while (e > s && t.charCodeAt(e - 1) === SPACE) e--;
      if (e > s) cells.push({ text: t.slice(s, e), start: line.start + s, end: line.start + e });
      textFrom = -1;
    };
    let depth = 0; // inside （…）: digits there are part of the text (保留4位小数)
    let i = 0;
    while (i < t.length) {
      const c = foldAt(t, i);
      if (c === OPEN) depth++;
      else if (c === CLOSE && depth > 0) depth--;
      // Only a bracket, a numeral or a digit can start an enumerator: most characters ask no further.
      const mayEnumerate = c === OPEN || isChineseNumeral(c) || isDigit(t.charCodeAt(i));
      const enumLen = mayEnumerate && (depth === 0 || c === OPEN) ? enumeratorAt(t, i) : 0;
      if (enumLen > 0) {
        endText(i);
        textFrom = i;
        if (c === OPEN) depth--; // the enumerator's own bracket closes at once
        i += enumLen;
        continue;
      }
      // In run-together cells a sign before digits starts the next value (35-15 is 35 | -15).
      const signed = (c === PLUS || c === MINUS) && isDigit(t.charCodeAt(i + 1));
      if (depth === 0 && (isDigit(t.charCodeAt(i)) || signed)) {
        endText(i);
        let j = signed ? i + 1 : i;
        while (j < t.length && isDigit(t.charCodeAt(j))) j++;
        if (t.charCodeAt(j) === DOT && isDigit(t.charCodeAt(j + 1))) {
          j++;
          while (j < t.length && isDigit(t.charCodeAt(j))) j++;
        }
        // A digit then 、/. before a Chinese character starts the next label: leave it.
        if (j - i > 1 && enumeratorAt(t, j - 1) === 2 && !t.slice(i, j).includes('.')) j--;
        let k = j;
        while (t.charCodeAt(k) === SPACE) k++;
        const rest = t.slice(k, k + 6).replace(/（/g, '(').replace(/）/g, ')');
        const unit = UNITS.find((u) => rest.startsWith(u));
        const end = Math.max(i + 1, unit ? k + unit.length : j); // always move on
        cells.push({ text: t.slice(i, end), start: line.start + i, end: line.start + end, mayJoinValues: true });
        i = end;
        continue;
      }
      const w = depth === 0 ? wordAt(t, i) : 0;
      if (w > 0) {
        words++;
        endText(i);
        cells.push({ text: t.slice(i, i + w), start: line.start + i, end: line.start + i + w });
        i += w;
        continue;
      }
      if (textFrom < 0) textFrom = i;
      i++;
    }
    endText(t.length);
    // Table 4 run together has one join only (…尚未审结总计21317…), but many header words.
    if (joins < MIN_JOINS && words < MIN_WORDS) return null;
    return { layout: 'glued', rows: [cells], startLine: region.startLine, endLine: region.startLine + 1 };
  };
  gluedRecognizers.add(recognizer);
  return recognizer;
}
