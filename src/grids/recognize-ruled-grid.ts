import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { cellOf, isBlankLine, type Cell, type Grid, type TextRegion } from './grid.js';
import { unwrapSpan } from './unwrap-span.js';

/** A column of a ruled table: where its dashes run, in display columns. */
interface Column {
  readonly start: number;
  readonly end: number;
}

/** Columns a ruler must have to be a table's (one is a horizontal rule). */
const MIN_COLUMNS = 2;
/** Rows we read at most before giving up on finding the closing ruler. */
const MAX_ROWS = 2000;

/**
 * The columns of a pandoc ruler line — `  ------ ---- -------`: runs of
 * dashes set apart by one space — or null. A plain scan, no regex.
 */
function rulerColumns(line: Line): Column[] | null {
  const t = line.text;
  const columns: Column[] = [];
  let i = 0;
  while (i < t.length && t[i] === ' ') i++;
  if (i === t.length) return null;
  while (i < t.length) {
    const start = i;
    while (i < t.length && t[i] === '-') i++;
    if (i - start < 2) return null;
    columns.push({ start, end: i });
    if (i === t.length) break;
    if (t[i] !== ' ') return null;
    i++;
    if (i === t.length || t[i] === ' ') {
      // Trailing spaces end the ruler; spaces inside it are one only.
      while (i < t.length && t[i] === ' ') i++;
      if (i !== t.length) return null;
    }
  }
  return columns.length >= MIN_COLUMNS ? columns : null;
}

/** A line of dashes (and spaces) only: a ruler, segmented or not, closes the table. */
function isRuleLine(line: Line): boolean {
  const t = line.text;
  let dashes = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '-') dashes++;
    else if (t[i] !== ' ') return false;
  }
  return dashes >= 2;
}

/**
 * Display width of a character as pandoc lays tables out: East Asian wide
 * and full-width characters take two columns, others one.
 */
function widthOf(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd800 && code <= 0xdbff) // a surrogate pair (CJK extensions): its high half counts two, its low half none
    ? 2
    : code >= 0xdc00 && code <= 0xdfff
      ? 0
      : 1;
}

/**
 * One row of a ruled table: each run of non-space text goes to the column
 * its first character stands in; the text of a column is its runs as
 * written. Null when a run crosses into the next column — then the columns
 * do not tell the cells, and another recognizer should read the line.
 */
function rowCells(text: string, line: Line, columns: readonly Column[]): Cell[] | null {
  const spans: { from: number; to: number }[] = columns.map(() => ({ from: -1, to: -1 }));
  let col = 0;
  let k = 0;
  let i = line.start;
  while (i < line.end) {
    const code = text.charCodeAt(i);
    // Spaces (and a no-break space, a blank cell written out) separate runs.
    if (code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x0c || code === 0x0d) {
      col += code === 0x09 ? 8 - (col % 8) : 1;
      i++;
      continue;
    }
    while (k + 1 < columns.length && (columns[k + 1] as Column).start <= col) k++;
    const owner = k;
    const from = i;
    while (i < line.end) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0c || c === 0x0d) break;
      col += widthOf(c);
      i++;
    }
    // A run that reaches past the next column's start belongs to no one column.
    const next = columns[owner + 1];
    if (next && col > next.start) return null;
    const span = spans[owner] as { from: number; to: number };
    if (span.from < 0) span.from = from;
    span.to = i;
  }
  // Leading blank columns are the cells a rowspan label covers: no cells.
  const first = spans.findIndex((s) => s.from >= 0);
  if (first < 0) return [];
  // A blank cell sits where the text before it ends: offsets stay in reading order.
  let at = line.start;
  return spans.slice(first).map((s) => {
    if (s.from < 0) return { text: '', start: at, end: at, exactRow: true as const };
    at = s.to;
    return { ...unwrapSpan(text, cellOf(text, s.from, s.to)), exactRow: true as const };
  });
}

/**
 * Reads a table pandoc writes with `-t markdown` or `-t plain` when its cells
 * fit one line (a simple table): a ruler of dash runs — one run per column —
 * above the rows, or under a header line, and the same ruler closing it.
 * A blank cell is only spaces there, so the other recognizers lose it; here
 * each run of text goes to the column its first character stands in (East
 * Asian characters count two columns, as pandoc counts them), blank columns
 * are blank cells, and every row is exact: its cells are its columns.
 * Leading blank columns — cells a rowspan label covers — give no cells.
 *
 * Returns null — and leaves the lines to other recognizers — for anything
 * else: no ruler, a row whose text crosses from one column into the next, a
 * blank line before the closing ruler (a multiline table), no closing ruler.
 *
 * @example
 * ```ts
 * import { recognizeRuledGrid, splitLines } from 'xxgk-report';
 * const text = [
 *   '  ---------- ------ ------ ------',
 *   '  规章       22            235',
 *   '  ---------- ------ ------ ------',
 * ].join('\n');
 * const grid = recognizeRuledGrid({ text, lines: splitLines(text), startLine: 0, endLine: 3 });
 * grid?.rows[0]?.map((c) => c.text); // ['规章', '22', '', '235']
 * ```
 */
export function recognizeRuledGrid(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first) return null;
  // The ruler opens the table, or stands under its one header line.
  let at = region.startLine;
  let columns = rulerColumns(first);
  let header: Line | null = null;
  if (!columns) {
    const next = lines.get(at + 1);
    if (!next || at + 1 >= region.endLine || isBlankLine(first)) return null;
    columns = rulerColumns(next);
    if (!columns) return null;
    header = first;
    at++;
  }
  const rows: Cell[][] = [];
  if (header) {
    const cells = rowCells(text, header, columns);
    if (!cells) return null;
    rows.push(cells);
  }
  for (let i = at + 1; i < region.endLine && i - at <= MAX_ROWS; i++) {
    const line = lines.get(i) as Line;
    if (isRuleLine(line)) {
      if (rows.length === (header ? 1 : 0)) return null;
      return { layout: 'ruled', rows, startLine: region.startLine, endLine: i + 1 };
    }
    if (isBlankLine(line)) {
      // A header-ruled simple table ends at a blank line; a table opened by a ruler is closed by one.
      if (header && rows.length > 1) return { layout: 'ruled', rows, startLine: region.startLine, endLine: i };
      return null;
    }
    const cells = rowCells(text, line, columns);
    if (!cells) return null;
    rows.push(cells);
  }
  return null;
}
