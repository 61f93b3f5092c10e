import type { Line } from '../text/split-lines.js';
import { lineListOf, type LineList } from '../text/line-table.js';
import { cellOf, type Cell } from './grid.js';

/*
 * A GFM pipe table whose cells hold plain text only (no code, emphasis,
 * link or entity marks; backslash escapes and pandoc's `<span …>` tags
 * allowed) reads the same without remark: each
 * row is its line split at its pipes. Reading such tables directly is what
 * lets parseReport beat remark+gfm on Markdown, where remark costs far more
 * per table than the rest of the parse. Any line outside that plain subset
 * (or a header and delimiter row that disagree) sends the whole table back
 * to remark; test/grids/read-plain-gfm-table.test.ts checks the two agree.
 */

/**
 * Characters that may start inline markup, an escape or a link literal in a
 * cell: a table with any of them goes to remark. (Block marks — `>`, `#`,
 * `+`, `=` — matter only at a line's start, which rowStart checks.)
 */
function isMarkupChar(c: number): boolean {
  return (
    c === 0x5c /* \ */ ||
    c === 0x60 /* ` */ ||
    c === 0x2a /* * */ ||
    c === 0x5f /* _ */ ||
    c === 0x7e /* ~ */ ||
    c === 0x5b /* [ */ ||
    c === 0x5d /* ] */ ||
    c === 0x3c /* < */ ||
    c === 0x26 /* & */ ||
    c === 0x40 /* @ */ ||
    c === 0x3a /* : */ ||
    c === 0x0c /* form feed */ ||
    c === 0x0d /* CR */ ||
    c === 0x00 ||
    (c >= 0xd800 && c <= 0xdfff) /* surrogates: remark may replace a lone one */
  );
}

/**
 * `www.` (any case) at `k`: remark-gfm makes it a link literal, whose nodes
 * carry no position (`http://`, `mailto:` and e-mail addresses are caught
 * by their `:` and `@`).
 */
function isWwwAt(t: string, k: number): boolean {
  return (t.charCodeAt(k) | 0x20) === 0x77 && (t.charCodeAt(k + 1) | 0x20) === 0x77 && (t.charCodeAt(k + 2) | 0x20) === 0x77 && t.charCodeAt(k + 3) === 0x2e;
}

/**
 * The end of a `<span>`, `<span name="value" …>` or `</span>` tag at `k`
 * (one space before each attribute, values double-quoted, no pipe or angle
 * bracket in them), or -1: any other markup is remark's to read.
 */
function spanTagEnd(t: string, k: number): number {
  if (t.startsWith('</span>', k)) return k + 7;
  if (!t.startsWith('<span', k)) return -1;
  let i = k + 5;
  for (;;) {
    const c = t.charCodeAt(i);
    if (c === 0x3e /* > */) return i + 1;
    if (c !== 0x20) return -1;
    i++;
    const nameStart = i;
    while (i < t.length && ((t.charCodeAt(i) >= 0x61 && t.charCodeAt(i) <= 0x7a) || t.charCodeAt(i) === 0x2d)) i++;
    if (i === nameStart || t.charCodeAt(i) !== 0x3d || t.charCodeAt(i + 1) !== 0x22) return -1;
    i += 2;
    while (i < t.length && t.charCodeAt(i) !== 0x22) {
      const v = t.charCodeAt(i);
      if (v === 0x7c || v === 0x3c || v === 0x3e || v === 0x0a || v === 0x0d) return -1;
      i++;
    }
    if (i >= t.length) return -1;
    i++; // the closing quote
  }
}

/** ASCII punctuation a backslash escapes, but a pipe (`\|` is a pipe inside a cell: remark's). */
function isEscapable(c: number): boolean {
  return c !== 0x7c && ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e));
}

const isSpaceOrTab = (c: number): boolean => c === 0x20 || c === 0x09;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Where a row's text starts, if the line is a plain table row: at most three
 * leading spaces, then a pipe, or a character that cannot open a block
 * (a list item, a quote, a heading, a fence, HTML) — a dash or digits only
 * when a pipe follows them at once. -1 when it is not.
 */
function rowStart(t: string): number {
  let s = 0;
  while (s < t.length && t.charCodeAt(s) === 0x20) s++;
  if (s > 3 || s >= t.length) return -1;
  const c = t.charCodeAt(s);
  if (c === 0x7c || c > 0x7f || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return s;
  if (c === 0x2d) return t.charCodeAt(s + 1) === 0x7c ? s : -1;
  if (isDigit(c)) {
    let k = s;
    while (k < t.length && isDigit(t.charCodeAt(k))) k++;
    return t.charCodeAt(k) === 0x7c ? s : -1;
  }
  return -1;
}

/**
 * A row's cells as remark-gfm gives them: a cell runs from its opening pipe
 * (or the row's start) to the next pipe; its text is what lies between,
 * without the spaces and tabs around it; a cell with no text is empty at its
 * opening pipe. A leading and a trailing pipe open and close the row.
 * Null when a character outside the plain subset is in the line.
 */
function plainRow(text: string, line: Line): Cell[] | null {
  const t = line.text;
  const s = rowStart(t);
  if (s < 0) return null;
  let e = t.length;
  while (e > s && isSpaceOrTab(t.charCodeAt(e - 1))) e--;
  // Pandoc's `<span style="…">` and `</span>` around a cell's text: remark
  // reads them as inline HTML, which a cell's text leaves out.
  const tags: number[] = []; // [start, end) pairs, in order
  for (let k = s; k < e; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x3c) {
      const end = spanTagEnd(t, k);
      if (end < 0) return null;
      tags.push(k, end);
      k = end - 1;
      continue;
    }
    // `\-` (pandoc's escaped dash) and the like: remark's text keeps the backslash's place.
    if (c === 0x5c && isEscapable(t.charCodeAt(k + 1))) {
      k++;
      continue;
    }
    if (isMarkupChar(c) || isWwwAt(t, k)) return null;
  }
  const cells: Cell[] = [];
  const leading = t.charCodeAt(s) === 0x7c;
  // The row's last pipe closes it when it ends the line (and is not the leading one alone).
  const trailing = e - 1 > s && t.charCodeAt(e - 1) === 0x7c;
  const contentEnd = trailing ? e - 1 : e;
  let open = s; // where the current cell starts (its pipe, or the row's start)
  let from = leading ? s + 1 : s;
  for (let k = from; k <= contentEnd; k++) {
    if (k < contentEnd && t.charCodeAt(k) !== 0x7c) continue;
    pushCell(open, from, k);
    open = k;
    from = k + 1;
  }
  // `|` alone: one empty cell at its pipe.
  if (cells.length === 0) cells.push({ text: '', start: line.start + s, end: line.start + s });
  return cells;

  function pushCell(cellStart: number, a: number, b: number): void {
    let x = a;
    let y = b;
    while (x < y && isSpaceOrTab(t.charCodeAt(x))) x++;
    while (y > x && isSpaceOrTab(t.charCodeAt(y - 1))) y--;
    // The cell's text runs from its first text (not a tag) to its last, as remark's text nodes.
    let first = -1;
    let last = -1;
    let at = x;
    for (let g = 0; g < tags.length; g += 2) {
      const ts = tags[g] as number;
      const te = tags[g + 1] as number;
      if (te <= x || ts >= y) continue;
      if (ts > at) {
        if (first < 0) first = at;
        last = ts;
      }
      at = te;
    }
    if (y > at) {
      if (first < 0) first = at;
      last = y;
    }
    if (first < 0) {
      const where = line.start + cellStart;
      cells.push({ text: '', start: where, end: where });
    } else {
      cells.push(cellOf(text, line.start + first, line.start + last));
    }
  }
}

/** A delimiter row's cell: `---`, `:--`, `--:`, `:-:` between optional spaces and tabs. */
function isDelimiterCell(text: string): boolean {
  let i = 0;
  if (text.charCodeAt(i) === 0x3a) i++;
  const dashes = i;
  while (text.charCodeAt(i) === 0x2d) i++;
  if (i === dashes) return false;
  if (text.charCodeAt(i) === 0x3a) i++;
  return i === text.length;
}

/**
 * The rows of a GFM table at lines `[startLine, endLine)` — the header row
 * first, then the body rows; no row for the delimiter line — read without
 * remark, or null when any line is outside the plain subset or the
 * delimiter row does not match the header (remark then decides).
 */
export function readPlainGfmRows(text: string, given: readonly Line[] | LineList, startLine: number, endLine: number): Cell[][] | null {
  const lines = lineListOf(given);
  const header = plainRow(text, lines.get(startLine) as Line);
  // A header that is one pipe alone is no table row (remark reads a paragraph).
  if (!header || (lines.get(startLine) as Line).text.trim() === '|') return null;
  const delimiterLine = lines.get(startLine + 1) as Line;
  const t = delimiterLine.text;
  if (t.charCodeAt(0) === 0x20 || t.charCodeAt(0) === 0x09) return null;
  // The delimiter row's cells, as plain text between its pipes.
  const parts = t.trim().split('|');
  if (parts[0]?.trim() === '') parts.shift();
  if (parts.length > 0 && parts[parts.length - 1]?.trim() === '') parts.pop();
  if (parts.length !== header.length || !parts.every((p) => isDelimiterCell(p.trim()))) return null;
  const rows: Cell[][] = [header];
  for (let i = startLine + 2; i < endLine; i++) {
    const row = plainRow(text, lines.get(i) as Line);
    if (!row) return null;
    rows.push(row);
  }
  return rows;
}
