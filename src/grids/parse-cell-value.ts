import { foldCharCode, isFoldedSpace, labelKey } from '../text/fold.js';

/**
 * What a value cell holds.
 *
 * @example
 * ```ts
 * import { parseCellValue, type CellValue } from 'xxgk-report';
 * const valueOf = (v: CellValue): number | null => (v.kind === 'number' ? v.value : null);
 * ['1,320', '+11', '-', '', '无', '12件'].map((t) => valueOf(parseCellValue(t))); // [1320, 11, null, null, null, 12]
 * ```
 */
export type CellValue =
  /** Nothing: the value is null. */
  | { readonly kind: 'blank' }
  /** A placeholder for nothing (`-`, `/`, `—`, `无`): the value is null. */
  | { readonly kind: 'placeholder' }
  /** A number, with the unit and note written beside it. */
  | { readonly kind: 'number'; readonly value: number; readonly unit: string | null; readonly note: string | null }
  /** Anything else: not a number we can read. */
  | { readonly kind: 'text' };

const PLACEHOLDERS = new Set([
  '-', '--', '---', '/', '\\', '无', '空', '暂无', '——', '－', '_', 'N/A', 'n/a', '×', 'x',
  // as pandoc's Markdown writer escapes them
  '\\-', '\\-\\-', '\\_', '\\/',
]);

/** What a placeholder's key starts with: besides digits and signs, the only starts a value cell can have. */
const PLACEHOLDER_STARTS = /* @__PURE__ */ new Set([...PLACEHOLDERS].map((p) => p.charCodeAt(0)));

/**
 * Whether a cell whose first unit that is not white space folds to `code`
 * can be anything but text: a digit, a sign, or the start of a placeholder.
 * Labels and sentences start with none of them, and the parsers call this
 * on every line and cell, so they are told at their first character instead
 * of after a scan and a folded copy of the whole text.
 */
function mayStartValue(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || PLACEHOLDER_STARTS.has(code);
}

// The kinds without data, one frozen object each: no allocation per cell.
const BLANK: CellValue = Object.freeze({ kind: 'blank' });
const PLACEHOLDER: CellValue = Object.freeze({ kind: 'placeholder' });
const TEXT: CellValue = Object.freeze({ kind: 'text' });

/** Below this, a plain count's value object is made once and shared (most cells of a report are small counts). */
const SHARED_BELOW = 1024;
// Filled up front with undefined, so the array stays dense: written out of
// order from empty, V8 would make it a dictionary and every lookup a hash.
const sharedNumbers: (CellValue | undefined)[] = /* @__PURE__ */ new Array<CellValue | undefined>(SHARED_BELOW).fill(undefined);

/**
 * The value of a run of 1–15 ASCII digits and nothing else, or -1. Exact:
 * 15 digits stay below 2^53.
 */
function asciiDigitsValue(text: string): number {
  if (text.length === 0 || text.length > MAX_DIGITS) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    value = value * 10 + (c - 0x30);
  }
  return value;
}

/** A plain count's value: shared frozen objects for small counts, no allocation per cell. */
function plainNumber(value: number): CellValue {
  if (value >= SHARED_BELOW) return { kind: 'number', value, unit: null, note: null };
  return (sharedNumbers[value] ??= Object.freeze({ kind: 'number', value, unit: null, note: null }));
}

/** Units a count or money cell may carry. */
const UNITS = ['(万元)', '万元', '元', '件次', '人次', '件', '个', '项', '条', '次', '家', '宗', '笔'];

/** Digits beyond this are not exact in a JavaScript number: we refuse them. */
const MAX_DIGITS = 15;

/**
 * Reads a value cell: `1,320` → 1320, `+11` → 11, `61175.6871`,
 * `25829.67 (万元)` (unit kept), `22（其中修订16件）` (note kept). Full-width
 * digits are folded first; spaces around the number and between it and its
 * unit are ignored, but digits on both sides of a space make the cell
 * unreadable (two values in one cell). A plain scanner, no regex; refuses
 * more than 15 digits rather than rounding.
 *
 * @example
 * ```ts
 * import { parseCellValue } from 'xxgk-report';
 * parseCellValue('1,320');              // { kind: 'number', value: 1320, unit: null, note: null }
 * parseCellValue('２５８２９.６７（万元）'); // { kind: 'number', value: 25829.67, unit: '万元', note: null }
 * parseCellValue('22（其中修订16件）');   // { kind: 'number', value: 22, unit: null, note: '(其中修订16件)' }
 * parseCellValue('-');                  // { kind: 'placeholder' }
 * parseCellValue('38 21');              // { kind: 'text' }   two values in one cell
 * ```
 */
export function parseCellValue(text: string): CellValue {
  // Most value cells are a plain run of ASCII digits: read them without the
  // general scanner's folding and copies (same result, see below).
  const plain = asciiDigitsValue(text);
  if (plain >= 0) return plainNumber(plain);
  // Its first character tells most text (same result as the scan below: the
  // key starts with that character folded, and neither a number nor a
  // placeholder starts with anything else).
  let first = 0;
  while (first < text.length && isFoldedSpace(text.charCodeAt(first))) first++;
  if (first < text.length && !mayStartValue(foldCharCode(text.charCodeAt(first)))) return TEXT;
  // A sentence that starts with a digit (2022年，全市…) is told by its length.
  if (tooLongForValue(text, first)) return TEXT;
  return scanCellValue(text);
}

/**
 * Longest key a value can have without a note: a sign, 15 digits, 4
 * thousands commas, a decimal point and the longest unit, `(万元)`. A longer
 * one must end in its note's `)`.
 */
const MAX_VALUE_KEY = 1 + MAX_DIGITS + 4 + 1 + 4;

/**
 * Whether the text's key (its units but white space, folded) is longer than
 * any value's and does not end in a note's bracket: then it is text.
 * Stops counting there, so a paragraph is not scanned whole.
 */
function tooLongForValue(text: string, from: number): boolean {
  let units = 0;
  let i = from;
  for (; i < text.length && units <= MAX_VALUE_KEY; i++) if (!isFoldedSpace(text.charCodeAt(i))) units++;
  if (units <= MAX_VALUE_KEY) return false;
  let last = text.length - 1;
  while (last >= 0 && isFoldedSpace(text.charCodeAt(last))) last--;
  return foldCharCode(text.charCodeAt(last)) !== 0x29; // )
}

/**
 * The general scanner behind {@link parseCellValue}, without its shortcuts
 * (exported for the test that checks the shortcuts give the same results).
 *
 * @internal
 */
export function scanCellValue(text: string): CellValue {
  // Digits on both sides of white space are two values (`38\n21`, `1 2`), never one.
  if (digitsAcrossSpace(text)) return TEXT;
  const key = labelKey(text);
  if (key.length === 0) return BLANK;
  if (PLACEHOLDERS.has(key)) return PLACEHOLDER;
  let i = 0;
  let sign = 1;
  if (key[0] === '+' || key[0] === '-') {
    if (key[0] === '-') sign = -1;
    i = 1;
  }
  let digits = '';
  let groupLen = -1; // digits since the last thousands comma; -1 before any comma
  for (; i < key.length; i++) {
    const ch = key[i] as string;
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      if (groupLen >= 0) groupLen++;
      continue;
    }
    if (ch === ',' && digits.length > 0 && (groupLen === -1 ? digits.length <= 3 : groupLen === 3)) {
      const next = key[i + 1] ?? '';
      if (next >= '0' && next <= '9') {
        groupLen = 0;
        continue;
      }
    }
    break;
  }
  if (digits.length === 0 || (groupLen !== -1 && groupLen !== 3)) return TEXT;
  let fraction = '';
  if (key[i] === '.') {
    let j = i + 1;
    while (j < key.length && (key[j] as string) >= '0' && (key[j] as string) <= '9') j++;
    fraction = key.slice(i + 1, j);
    if (fraction.length === 0) return TEXT;
    i = j;
  }
  if (digits.length + fraction.length > MAX_DIGITS) return TEXT;
  let unit: string | null = null;
  const rest = key.slice(i);
  let afterUnit = rest;
  for (const u of UNITS) {
    if (rest.length > 0 && rest.startsWith(u)) {
      unit = u === '(万元)' ? '万元' : u;
      afterUnit = rest.slice(u.length);
      break;
    }
  }
  let note: string | null = null;
  if (afterUnit.length > 0) {
    // A note in brackets after the number: 22（其中修订16件）.
    if (afterUnit[0] === '(' && afterUnit[afterUnit.length - 1] === ')') note = afterUnit;
    else return TEXT;
  }
  const value = sign * Number(fraction ? `${digits}.${fraction}` : digits);
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value, unit, note };
}

/** True when the text is one or more ASCII digits and nothing else (what `/^\d+$/` accepts). */
export function isDigitRun(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** True when the text holds an ASCII or full-width digit. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

/** True when white space stands between two digits (ASCII or full-width). */
function digitsAcrossSpace(text: string): boolean {
  let sawDigit = false;
  let spaceAfterDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
    if (digit) {
      if (spaceAfterDigit) return true;
      sawDigit = true;
    } else if (isFoldedSpace(c)) {
      if (sawDigit) spaceAfterDigit = true;
    } else {
      sawDigit = false;
      spaceAfterDigit = false;
    }
  }
  return false;
}
