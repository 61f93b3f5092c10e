import { foldCharCode } from '../text/fold.js';
import type { Line } from '../text/split-lines.js';
import type { Cell, Grid, GridRecognizer, TextRegion } from './grid.js';

/** Units that stay with the number before them (`73802895.90元`). */
const UNITS = ['(万元)', '万元', '元', '件', '个', '项', '条'];
const CHINESE_NUMERALS = '一二三四五六七八九十';
/** Fewest label-then-number joins that make a line a glued table… */
const MIN_JOINS = 3;
/** …or fewest header words, with at least one join. */
const MIN_WORDS = 3;

/** ASCII and full-width digits — not 〇, which folding maps to 0 for matching words only. */
const isDigit = (c: string | undefined): boolean => c !== undefined && ((c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
const isCjk = (c: string | undefined): boolean => c !== undefined && c.charCodeAt(0) >= 0x3400;
const fold = (c: string | undefined): string => (c === undefined ? '' : String.fromCharCode(foldCharCode(c.charCodeAt(0))));

/**
 * Where an enumerator starts a new label inside a run of text: `一、`,
 * `（一）`, or a digit and `.`/`、` before a Chinese character. `第（一）项`
 * is not one.
 */
function enumeratorAt(t: string, i: number): number {
  const c = fold(t[i]);
  if (c === '(' && CHINESE_NUMERALS.includes(t[i + 1] ?? '') && fold(t[i + 2]) === ')') return t[i - 1] === '第' ? 0 : 3;
  if (CHINESE_NUMERALS.includes(c) && t[i + 1] === '、' && !CHINESE_NUMERALS.includes(t[i - 1] ?? '')) return 2;
  if (isDigit(t[i]) && (fold(t[i + 1]) === '.' || t[i + 1] === '、') && isCjk(t[i + 2])) return 2;
  return 0;
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
  const byFirst = new Map<string, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (w.length < 2) continue;
    byFirst.set(w[0] as string, [...(byFirst.get(w[0] as string) ?? []), w]);
  }
  const wordAt = (t: string, i: number): number => {
    for (const w of byFirst.get(t[i] as string) ?? []) if (t.startsWith(w, i)) return w.length;
    return 0;
  };

  return function recognizeGluedGrid(region: TextRegion): Grid | null {
    const line = region.lines[region.startLine] as Line | undefined;
    if (!line || line.text.includes('\t') || line.text.includes('|')) return null;
    const t = line.text;
    let joins = 0;
    // A label then a number, touching or one space apart (…尚未审结总计 0 1 1 0 2…).
    for (let i = 1; i < t.length && joins < MIN_JOINS; i++) {
      if (isDigit(t[i]) && (isCjk(t[i - 1]) || (t[i - 1] === ' ' && isCjk(t[i - 2])))) joins++;
    }
    if (joins === 0) return null;
    let words = 0;

    const cells: Cell[] = [];
    let textFrom = -1;
    const endText = (to: number): void => {
      if (textFrom < 0) return;
      let s = textFrom;
      let e = to;
      while (s < e && t[s] === ' ') s++;
      while (e > s && t[e - 1] === ' ') e--;
      if (e > s) cells.push({ text: t.slice(s, e), start: line.start + s, end: line.start + e });
      textFrom = -1;
    };
    let depth = 0; // inside （…）: digits there are part of the text (保留4位小数)
    let i = 0;
    while (i < t.length) {
      const c = fold(t[i]);
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      const enumLen = depth === 0 || c === '(' ? enumeratorAt(t, i) : 0;
      if (enumLen > 0) {
        endText(i);
        textFrom = i;
        if (c === '(') depth--; // the enumerator's own bracket closes at once
        i += enumLen;
        continue;
      }
      // In run-together cells a sign before digits starts the next value (35-15 is 35 | -15).
      const signed = (c === '+' || c === '-') && isDigit(t[i + 1]);
      if (depth === 0 && (isDigit(t[i]) || signed)) {
        endText(i);
        let j = signed ? i + 1 : i;
        while (j < t.length && isDigit(t[j])) j++;
        if (t[j] === '.' && isDigit(t[j + 1])) {
          j++;
          while (j < t.length && isDigit(t[j])) j++;
        }
        // A digit then 、/. before a Chinese character starts the next label: leave it.
        if (j - i > 1 && enumeratorAt(t, j - 1) === 2 && !t.slice(i, j).includes('.')) j--;
        let k = j;
        while (t[k] === ' ') k++;
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
}
