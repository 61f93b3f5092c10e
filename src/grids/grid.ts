import type { GridLayout } from '../model/report.js';
import type { Line } from '../text/split-lines.js';

/**
 * One cell of a recognized grid: its text as written (trimmed) and where.
 *
 * @example
 * ```ts
 * import { recognizeTsvGrid, splitLines, type Cell } from 'xxgk-report';
 * const text = '规章\t1\t0\t3\n行政规范性文件\t209\t927\t1632';
 * const lines = splitLines(text);
 * const cell: Cell | undefined = recognizeTsvGrid({ text, lines, startLine: 0, endLine: lines.length })?.rows[1]?.[1];
 * cell;                              // { text: '209', start: 17, end: 20 }
 * text.slice(cell?.start, cell?.end); // '209'
 * ```
 */
export interface Cell {
  /** The cell's text as written, trimmed; may span lines. */
  readonly text: string;
  /** Offset of the first character of the trimmed text (empty cells: where the cell is). */
  readonly start: number;
  /** Offset just past the trimmed text. */
  readonly end: number;
  /**
   * Set by recognizers of layouts that lose cell separators (a crawler's
   * `textContent`): this cell's digits may be several values run together,
   * which the template mapper may split — only where the arithmetic allows
   * exactly one split.
   */
  readonly mayJoinValues?: true;
  /**
   * Set by recognizers of one-cell-per-line layouts (a crawler's one DOM text
   * node per line) on a line that is a bare digit run: it may be one run of
   * a number the editor split over several `<span>`s (`1` / `62` for 162).
   */
  readonly mayJoinRuns?: true;
  /**
   * Set on a value joined from several runs: by the template mapper on runs
   * it joined (see `mayJoinRuns`), and by the grid-table recognizer on a
   * number pandoc wrapped inside its cell (`[2` / `76]`). Where each run is
   * in the text: `text` is the runs joined (`276`, no one substring of the
   * text), and `start`/`end` cover them all, with what lies between.
   */
  readonly pieces?: readonly { readonly start: number; readonly end: number }[];
  /**
   * Set by recognizers that know their rows list every cell of a table row,
   * blanks included (rows rendered from an HTML `<tr>`): a blank among the
   * values is then a blank value, not a cell shifted by a rowspan.
   */
  readonly exactRow?: true;
}

/**
 * A table read from text: rows of cells, with where it starts and ends.
 *
 * @example
 * ```ts
 * import { recognizeTsvGrid, splitLines, type Grid } from 'xxgk-report';
 * const text = '说明\n规章\t1\t0\t3\n行政规范性文件\t209\t927\t1632';
 * const lines = splitLines(text);
 * const grid: Grid | null = recognizeTsvGrid({ text, lines, startLine: 1, endLine: lines.length });
 * grid?.layout;         // 'tsv'
 * grid?.startLine;      // 1
 * grid?.endLine;        // 3
 * grid?.rows[0]?.length; // 4
 * ```
 */
export interface Grid {
  /** Which layout the grid was read as. */
  readonly layout: GridLayout;
  /** Rows of cells in reading order. Rows may be ragged: cells are not aligned to columns. */
  readonly rows: readonly (readonly Cell[])[];
  /** Index of the first line the grid takes. */
  readonly startLine: number;
  /** Index just past the last line the grid takes. */
  readonly endLine: number;
}

/**
 * The text a recognizer looks at: the whole input and its lines, and a line
 * range it may claim from. A recognizer must start its grid at `startLine`.
 *
 * @example
 * ```ts
 * import { recognizeTsvGrid, splitLines, type TextRegion } from 'xxgk-report';
 * const text = '三、收到和处理政府信息公开申请情况\n（七）总计\t\t989\t8\t0\t0\t351\t2\t1350';
 * const lines = splitLines(text);
 * const region: TextRegion = { text, lines, startLine: 1, endLine: lines.length };
 * recognizeTsvGrid(region)?.rows[0]?.map((c) => c.text); // ['（七）总计', '', '989', '8', '0', '0', '351', '2', '1350']
 * recognizeTsvGrid({ ...region, startLine: 0 });         // null   the heading line opens no grid
 * ```
 */
export interface TextRegion {
  /** The whole input. */
  readonly text: string;
  /** All lines of the input. */
  readonly lines: readonly Line[];
  /** First line the grid must start at. */
  readonly startLine: number;
  /** Line index the grid may not reach (end of the section). */
  readonly endLine: number;
}

/**
 * A table-grid recognizer: a pure function that reads a grid starting at
 * `region.startLine`, or returns null at once when that line does not open
 * one of its grids. It must take at least one line and work in time linear
 * in the lines it takes.
 *
 * @example
 * ```ts
 * import { createParser, defaultRecognizers, parseReport, type Cell, type GridRecognizer } from 'xxgk-report';
 * // Rows written `规章;1;0;3`: a line with a `;` opens the grid, the first line without one ends it.
 * const recognizeSemicolonGrid: GridRecognizer = ({ lines, startLine, endLine }) => {
 *   const rows: Cell[][] = [];
 *   let i = startLine;
 *   for (; i < endLine; i++) {
 *     const line = lines[i];
 *     if (!line?.text.includes(';')) break;
 *     const row: Cell[] = [];
 *     let start = line.start;
 *     for (const part of line.text.split(';')) {
 *       row.push({ text: part, start, end: start + part.length });
 *       start += part.length + 1;
 *     }
 *     rows.push(row);
 *   }
 *   return rows.length > 0 ? { layout: 'semicolon', rows, startLine, endLine: i } : null;
 * };
 * const parse = createParser({ recognizers: [recognizeSemicolonGrid, ...defaultRecognizers] });
 * // text: examples/reports/000_892e5d3b650a9da1.txt, its tabs made semicolons:
 * const semicolons = text.replaceAll('\t', ';');
 * parse(semicolons).applications.newReceived.total;       // 1320
 * parseReport(semicolons).applications.newReceived.total; // null
 * ```
 */
export type GridRecognizer = (region: TextRegion) => Grid | null;

/**
 * Most empty cells in a row that a row keeps. Every row of a template table
 * has a label, so even a whole table run into one line (a page's table as
 * one tab-separated line) never has more than a row's width of empty cells
 * together; a line of nothing but pipes or tabs, megabytes long, has
 * millions, and one object per separator would take a hundred bytes per
 * input byte. Past this many, the run's further empty cells are not kept:
 * whatever follows already stands far beyond any label's reach.
 */
export const MAX_EMPTY_RUN = 256;

/**
 * Adds a cell to a row being read, except an empty cell past a run of
 * {@link MAX_EMPTY_RUN} empty ones; returns how many empty cells the row
 * now ends in (the caller's count, 0 at the row's start).
 */
export function pushRowCell(row: Cell[], cell: Cell, emptyRun: number): number {
  if (cell.text !== '') {
    row.push(cell);
    return 0;
  }
  if (emptyRun < MAX_EMPTY_RUN) row.push(cell);
  return emptyRun + 1;
}

/** A cell for the trimmed part of `text[from, to)`. */
export function cellOf(text: string, from: number, to: number): Cell {
  let s = from;
  let e = to;
  while (s < e && isTrimmable(text.charCodeAt(s))) s++;
  while (e > s && isTrimmable(text.charCodeAt(e - 1))) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

function isTrimmable(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0c ||
    code === 0x3000 ||
    code === 0x00a0 ||
    code === 0xfeff
  );
}

/** True when the line holds nothing but white space. */
export function isBlankLine(line: Line): boolean {
  const t = line.text;
  for (let i = 0; i < t.length; i++) if (!isTrimmable(t.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether text is one token to {@link splitTrailingValues} (no space to split
 * at), which then gives back its cell as it is: a label or a sentence has
 * nothing after it. Told by the engine's scan.
 */
function isOneToken(text: string): boolean {
  return text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0;
}

/** Longest label we split numbers off (the longest template label has 38 characters). */
const MAX_SPLIT_LABEL = 48;

/**
 * Splits numbers written after a label with single spaces off into cells of
 * their own (`一、本年新收政府信息公开申请数量 164 10 0 2 1 177`, as pdftotext
 * without -layout prints a row): the trailing space-separated tokens that are
 * numbers or placeholders each become a cell. `isValue` decides what a number is.
 * Only when what is left is label-sized: a long line ending in a number is
 * prose or cells run together, not a row.
 */
export function splitTrailingValues(cell: Cell, isValue: (token: string) => boolean): Cell[] {
  const t = cell.text;
  const labelEnd = trailingValuesLabelEnd(t, isValue);
  if (labelEnd < 0) return [cell];
  const out: Cell[] = [{ text: t.slice(0, labelEnd), start: cell.start, end: cell.start + labelEnd }];
  // Every token after the label is a value (the scan from the end said so).
  let k = labelEnd;
  for (;;) {
    while (k < t.length && isSplitSpace(t.charCodeAt(k))) k++;
    if (k >= t.length) return out;
    const s = k;
    while (k < t.length && !isSplitSpace(t.charCodeAt(k))) k++;
    out.push({ text: t.slice(s, k), start: cell.start + s, end: cell.start + k });
  }
}

/**
 * Where the label ends when `text` splits into a label and values after it
 * (see {@link splitTrailingValues}), or -1 when it does not: no cell made,
 * for a caller that only asks whether it splits.
 */
export function trailingValuesLabelEnd(t: string, isValue: (token: string) => boolean): number {
  // Read from the end, one token at a time: only the trailing values and the
  // end of the label matter, and a line of prose stops at its last word
  // instead of being cut into tokens whole (every line is asked this).
  if (isOneToken(t)) return -1;
  let e = t.length;
  let values = 0;
  for (;;) {
    while (e > 0 && isSplitSpace(t.charCodeAt(e - 1))) e--;
    if (e === 0) return -1; // no token left (an empty or all-blank cell)
    let s = e;
    while (s > 0 && !isSplitSpace(t.charCodeAt(s - 1))) s--;
    let before = s;
    while (before > 0 && isSplitSpace(t.charCodeAt(before - 1))) before--;
    // The first token is the label whatever it is; any other ends the values when it is none.
    if (before === 0 || !isValue(t.slice(s, e))) return values > 0 && e <= MAX_SPLIT_LABEL ? e : -1;
    values++;
    e = before;
  }
}

/** The spaces {@link splitTrailingValues} splits at. */
function isSplitSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/**
 * A Markdown table delimiter row as cells (`---`, `:---:`): in tables that a
 * PDF-to-Markdown tool shattered, such rows stand inside the body. Never
 * values: they would take a column's place.
 */
export function isDelimiterCells(row: readonly Cell[]): boolean {
  let any = false;
  for (const cell of row) {
    const t = cell.text.trim();
    if (t === '') continue;
    let i = 0;
    if (t[i] === ':') i++;
    const dashes = i;
    while (i < t.length && t[i] === '-') i++;
    if (i - dashes < 3) return false;
    if (t[i] === ':') i++;
    if (i !== t.length) return false;
    any = true;
  }
  return any;
}
