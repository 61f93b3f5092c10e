import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { hasDigit, isDigitRun, parseCellValue } from './parse-cell-value.js';
import { cellOf, isBlankLine, splitTrailingValues, type Cell, type Grid, type TextRegion } from './grid.js';
import { append } from '../model/append.js';
import { isPageFooter } from './page-footer.js';
import { lineFacts, type LineFactsSpec } from './line-facts.js';

/** Longest single-cell line we take as a table fragment (a wrapped label, a rowspan label's character). */
const MAX_FRAGMENT = 24;
/** How far we look for a row of several cells before deciding a run of lines is no table. */
const LOOKAHEAD = 40;


/**
 * Splits a line into cells at runs of two or more spaces, tabs and form
 * feeds; then splits a cell made only of numbers separated by single spaces
 * (`72 64`, tight columns) into one cell per number.
 */
export function splitSpacedCells(text: string, line: Line): Cell[] {
  const cells: Cell[] = [];
  const t = line.text;
  let from = -1;
  let spaces = 0;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : -1;
    const isSpace = c === 0x20 || c === 0x3000 || c === 0xa0;
    const isBreak = c === 0x09 || c === 0x0c || c === -1;
    if (isSpace) {
      spaces++;
      continue;
    }
    if (from >= 0 && (isBreak || spaces >= 2)) {
      pushCell(from, i - (isBreak ? 0 : spaces));
      from = -1;
    }
    spaces = 0;
    if (!isBreak && from < 0) from = i;
  }
  return cells;

  function pushCell(s: number, e: number): void {
    const cell = cellOf(text, line.start + s, line.start + e);
    // Numbers one space apart in one cell (`12 3 0`) are cells each; a cell with no space is one.
    const parts = cell.text.indexOf(' ') < 0 ? [] : cell.text.split(' ');
    if (parts.length > 1 && parts.every((p) => p !== '' && parseCellValue(p).kind !== 'text')) {
      let offset = cell.start;
      for (const p of parts) {
        const at = text.indexOf(p, offset);
        cells.push({ text: p, start: at, end: at + p.length });
        offset = at + p.length;
      }
      return;
    }
    if (cell.text !== '') append(cells, splitTrailingValues(cell, (p) => parseCellValue(p).kind === 'number'));
  }
}

/** A single-cell line short enough to be part of a table, not prose. */
function isFragment(cells: readonly Cell[]): boolean {
  return cells.length === 1 && isFragmentText((cells[0] as Cell).text);
}

/** The text of such a line: short, and no sentence end. */
function isFragmentText(t: string): boolean {
  return t.length <= MAX_FRAGMENT && !t.endsWith('。') && !t.endsWith('；');
}

/** Any character a cell is split or trimmed at (tab, form feed, spaces, BOM: all are \s). */
const HAS_WHITE_SPACE = /\s/;

/** Two tabs, or a tab after some text: a row whose cells tabs set apart (blank ones included). */
function isTabRow(t: string): boolean {
  const first = t.indexOf('\t');
  if (first < 0) return false;
  return t.slice(0, first).trim() !== '' || t.indexOf('\t', first + 1) >= 0;
}

/**
 * Reads tables laid out with spaces, as `pdftotext -layout` prints them:
 * columns aligned by runs of spaces, labels wrapped over several lines above
 * and below their number line, rowspan labels written one character per
 * line, blank lines, form feeds and page footers inside the table:
 *
 * ```text
 *   （二）部分公开（区分处理的，只计这一情
 * >                    447   7   0   0   0   0   454
 *   形，不计其他情形）
 * ```
 *
 * Cells come out in reading order; the template mapper anchors them by label.
 * The grid needs a row of several cells within its first lines, or it is not
 * a table; it ends at a line of prose.
 *
 * @example
 * ```ts
 * import { recognizeSpaceAlignedGrid, splitLines } from 'xxgk-report';
 * const text = [
 *   '（二）部分公开（区分处理的，只计这一情',
 *   '                   447   7   0   0   0   0   454',
 *   '形，不计其他情形）',
 * ].join('\n');
 * const lines = splitLines(text);
 * const grid = recognizeSpaceAlignedGrid({ text, lines, startLine: 0, endLine: lines.length });
 * grid?.layout; // 'space-aligned'
 * grid?.rows.map((row) => row.map((c) => c.text));
 * // [['（二）部分公开（区分处理的，只计这一情'], ['447', '7', '0', '0', '0', '0', '454'], ['形，不计其他情形）']]
 * ```
 */
export function recognizeSpaceAlignedGrid(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first || isBlankLine(first)) return null;
  // Whether a row of several cells with a number comes within the lookahead,
  // before a line that ends the grid: from the lines' codes, each line
  // classified once however many start lines look at it.
  const facts = lineFacts(lines, SPACED_FACTS);
  const firstKind = facts.kindOf(region.startLine);
  if (firstKind === FOOTER) {
    const firstCells = splitSpacedCells(text, first);
    if (firstCells.length < 2 && !isFragment(firstCells)) return null;
  } else if (firstKind !== TABLE_ROW && firstKind !== CELLS && firstKind !== FRAGMENT) {
    return null;
  }
  const decisive = facts.nextDecisive(region.startLine);
  if (decisive >= region.endLine || decisive - region.startLine >= LOOKAHEAD || facts.kindOf(decisive) !== TABLE_ROW) return null;
  const rows: Cell[][] = [];
  const rowLines: Line[] = [];
  let endLine = region.startLine;
  let sawTableRow = false;
  for (let i = region.startLine; i < region.endLine; i++) {
    const line = lines.get(i) as Line;
    if (!sawTableRow && i - region.startLine >= LOOKAHEAD) return null;
    const kind = facts.kindOf(i);
    if (kind === BLANK || kind === FOOTER) continue;
    // A tab-separated row is the TSV recognizer's: read by spaces, its blank cells would vanish.
    if (kind === TAB_ROW || kind === OTHER) break;
    if (kind === TABLE_ROW) sawTableRow = true;
    const cells = splitSpacedCells(text, line);
    rows.push(cells);
    rowLines.push(line);
    endLine = i + 1;
  }
  if (sawTableRow) gatherWrappedNumbers(rows, rowLines);
  return sawTableRow ? { layout: 'space-aligned', rows, startLine: region.startLine, endLine } : null;
}

// What a line is to this recognizer (codes of SPACED_FACTS).
const BLANK = 1;
const FOOTER = 2;
/** A tab-separated row: the TSV recognizer's; it ends the grid. */
const TAB_ROW = 3;
/** Two or more cells, one a number: the row that makes a run of lines a table. */
const TABLE_ROW = 4;
/** Two or more cells, none a number. */
const CELLS = 5;
/** One short cell: a wrapped label's piece. */
const FRAGMENT = 6;
/** Anything else (prose): it ends the grid. */
const OTHER = 7;

/** A line's code, from its text alone, in the order the grid's loop tests it. */
export function classifySpaced(line: Line): number {
  if (isBlankLine(line)) return BLANK;
  if (isPageFooter(line.text)) return FOOTER;
  if (isTabRow(line.text)) return TAB_ROW;
  // No white space inside: one cell, the line as it is (what splitSpacedCells
  // would give after making it); most lines of prose are told so.
  if (!HAS_WHITE_SPACE.test(line.text)) return isFragmentText(line.text) ? FRAGMENT : OTHER;
  // The line's cells as if it stood alone: their texts are the same.
  const cells = splitSpacedCells(line.text, { index: line.index, start: 0, end: line.text.length, text: line.text });
  if (cells.length >= 2) return cells.some((c) => parseCellValue(c.text).kind === 'number') ? TABLE_ROW : CELLS;
  return isFragment(cells) ? FRAGMENT : OTHER;
}

/** The lookahead ends at a tab row, a table row or prose; blank lines, footers, cells and fragments pass. */
const SPACED_FACTS: LineFactsSpec = {
  classify: classifySpaced,
  isDecisive: (code) => code === TAB_ROW || code === TABLE_ROW || code === OTHER,
};

/**
 * A count too wide for its narrow cell wraps inside the cell: pdftotext
 * prints its first digits on the line above the row's other numbers and the
 * rest on the line below, in the same column (`330` / `3` beside the row's
 * `195  5  16`). Read in line order, the pieces would shift the row's values
 * one column and give the rows above and below a stray number. Where three
 * lines follow each other with no blank line between, a run of digits on the
 * first and a no longer one on the third overlap in column, and the middle
 * line has numbers but no cell in that column — every number of the first
 * and third lines pairing up so, the third's piece the shorter, all three
 * lines laid out in columns (cells two or more spaces apart) — the pieces leave their
 * lines and become one cell of the middle row, in column order, written
 * `330 / 3`: a value's raw text must be one span of the input, so the count
 * is not joined — it reads as no number, null with a diagnostic on its path,
 * and the row's other numbers keep their columns.
 */
function gatherWrappedNumbers(rows: Cell[][], lines: readonly Line[]): void {
  for (let r = 1; r + 1 < rows.length; r++) {
    const top = lines[r - 1] as Line;
    const mid = lines[r] as Line;
    const bottom = lines[r + 1] as Line;
    if (mid.index !== top.index + 1 || bottom.index !== mid.index + 1) continue;
    const midCells = rows[r] as Cell[];
    if (!midCells.some((c) => isDigitRun(c.text))) continue;
    const topCells = rows[r - 1] as Cell[];
    const bottomCells = rows[r + 1] as Cell[];
    // Columns, not a stream of single-spaced numbers (`-raw`): there, a position says nothing.
    if (!isColumnAligned(topCells) || !isColumnAligned(midCells) || !isColumnAligned(bottomCells)) continue;
    // Every number of the first and third lines must pair up, the third's piece the shorter
    // (the wrap fills the first line): rows stacked with no blank line between never do.
    const topDigits = topCells.filter((c) => isDigitRun(c.text));
    const bottomDigits = bottomCells.filter((c) => isDigitRun(c.text));
    if (topDigits.length === 0 || topDigits.length !== bottomDigits.length) continue;
    const joined: Cell[] = [];
    for (let k = 0; k < topDigits.length; k++) {
      const t = topDigits[k] as Cell;
      const b = bottomDigits[k] as Cell;
      const from = t.start - top.start;
      const to = t.end - top.start;
      if (b.text.length >= t.text.length || !overlaps(from, to, b.start - bottom.start, b.end - bottom.start)) break;
      if (midCells.some((c) => overlaps(from, to, c.start - mid.start, c.end - mid.start))) break;
      joined.push({ text: `${t.text} / ${b.text}`, start: t.start, end: b.end });
    }
    if (joined.length !== topDigits.length) continue;
    const taken = new Set<Cell>([...topDigits, ...bottomDigits]);
    if (joined.length === 0) continue;
    rows[r - 1] = topCells.filter((c) => !taken.has(c));
    rows[r + 1] = bottomCells.filter((c) => !taken.has(c));
    const column = (c: Cell): number => (joined.includes(c) ? c.start - top.start : c.start - mid.start);
    rows[r] = [...midCells, ...joined].sort((a, b) => column(a) - column(b));
  }
}

/** Cells set apart by two or more spaces each: a line laid out in columns. */
function isColumnAligned(cells: readonly Cell[]): boolean {
  for (let k = 1; k < cells.length; k++) if ((cells[k] as Cell).start - (cells[k - 1] as Cell).end < 2) return false;
  return true;
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}
