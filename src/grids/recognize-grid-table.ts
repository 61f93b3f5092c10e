import type { Line } from '../text/split-lines.js';
import { cellOf, type Cell, type Grid, type TextRegion } from './grid.js';

/** Rows we read at most before giving up on finding the closing border. */
const MAX_ROWS = 2000;
/** Columns a border must have to be a table's. */
const MIN_COLUMNS = 2;

/**
 * How many columns a grid-table border has — `+------+----+`, `+======+`,
 * `+:----:+` — or 0 when the line is not a border. A plain scan, no regex.
 */
function borderColumns(line: Line): number {
  const t = line.text.trimEnd();
  if (t.length < 3 || t[0] !== '+' || t[t.length - 1] !== '+') return 0;
  let columns = 0;
  let run = 0;
  for (let i = 1; i < t.length; i++) {
    const c = t[i];
    if (c === '+') {
      if (run === 0) return 0;
      columns++;
      run = 0;
    } else if (c === '-' || c === '=' || c === ':') run++;
    else return 0;
  }
  return columns;
}

/**
 * The pieces of a content line `| a | b |` between its pipes, or null when
 * the line is not one of `columns` cells (a `|` inside a cell's text, or
 * another kind of line): the table is then left to the other recognizers.
 */
function contentPieces(text: string, line: Line, columns: number): { from: number; to: number }[] | null {
  const t = line.text.trimEnd();
  if (t[0] !== '|' || t[t.length - 1] !== '|') return null;
  const pieces: { from: number; to: number }[] = [];
  let from = line.start + 1;
  for (let k = 1; k < t.length; k++) {
    if (t.charCodeAt(k) !== 0x7c) continue;
    pieces.push({ from, to: line.start + k });
    from = line.start + k + 1;
    if (pieces.length > columns) return null;
  }
  return pieces.length === columns ? pieces : null;
}

/** One cell being gathered over the lines of its row: the trimmed pieces, in order. */
type Pieces = Cell[];

/**
 * A cell's text from its pieces, one a line: pandoc wraps a cell's text at
 * the column width — between characters, inside a number too (`[2` / `76]`
 * is 276) — so the pieces join with nothing between them. Offsets: from the
 * first piece's start to the last piece's end.
 */
function joinPieces(pieces: Pieces, at: number): Cell {
  const filled = pieces.filter((p) => p.text !== '');
  if (filled.length === 0) return { text: '', start: at, end: at, exactRow: true };
  const text = filled.map((p) => p.text).join('');
  return unwrapSpan(text, filled, { text, start: (filled[0] as Cell).start, end: (filled[filled.length - 1] as Cell).end });
}

/**
 * pandoc's Markdown writer keeps a Word run's style as a bracketed span,
 * `[959]{style="font-size:10.5pt;font-family:宋体"}`, wrapped over the lines
 * of the cell like any text: the cell is the text inside the brackets, its
 * offsets those of the first and last character inside them.
 */
function unwrapSpan(text: string, pieces: Pieces, cell: Cell): Cell {
  const exact = { ...cell, exactRow: true as const };
  if (text.length < 4 || text[0] !== '[' || text[text.length - 1] !== '}') return exact;
  const close = text.lastIndexOf(']{');
  if (close < 1 || text.indexOf('}', close + 2) !== text.length - 1) return exact;
  const inner = text.slice(1, close).trim();
  if (inner === '') return { text: '', start: cell.start, end: cell.start, exactRow: true };
  // Source offsets of the first and last inner characters, through the pieces.
  const offsetOf = (k: number): number => {
    let base = 0;
    for (const p of pieces) {
      if (k < base + p.text.length) return p.start + (k - base);
      base += p.text.length;
    }
    return cell.end;
  };
  const lead = text.indexOf(inner[0] as string, 1);
  return { text: inner, start: offsetOf(lead), end: offsetOf(lead + inner.length - 1) + 1, exactRow: true };
}

/**
 * Reads a pandoc grid table (`-t markdown` or `-t plain` writes one when a
 * table has column widths — a CMS editor's `<colgroup>` — or cells of
 * several blocks):
 *
 * ```text
 *   +-----------------------+-----+-------+
 *   | [行政规范性文件]{     | [   | [2    |
 *   | style="font-size:10.5 | 38] | 76]{… |
 *   +-----------------------+-----+-------+
 * ```
 *
 * Borders of `+` and dashes (`=` under a header) set rows apart; between
 * them, each line holds one piece of every cell between its pipes. A cell's
 * pieces join with nothing between them — pandoc wraps inside words and
 * numbers alike — and a bracketed span around the text is unwrapped. Every
 * row is exact: its cells are its columns, a blank cell is a blank value.
 * Leading blank cells — cells a rowspan label covers — give no cells.
 *
 * Returns null — and leaves the lines to other recognizers — for anything
 * else: no border, a content line with more or fewer cells than the border
 * has columns, a border of another width, no closing border. Linear in the
 * characters of the table.
 *
 * @example
 * ```ts
 * import { recognizeGridTable, splitLines } from 'xxgk-report';
 * const text = ['+------+----+', '| 行政 | 20 |', '| 许可 | 9  |', '+------+----+'].join('\n');
 * const grid = recognizeGridTable({ text, lines: splitLines(text), startLine: 0, endLine: 4 });
 * grid?.rows[0]?.map((c) => c.text); // ['行政许可', '209']
 * ```
 */
export function recognizeGridTable(region: TextRegion): Grid | null {
  const { lines, text } = region;
  const first = lines[region.startLine];
  if (!first || first.text[0] !== '+') return null;
  const columns = borderColumns(first);
  if (columns < MIN_COLUMNS) return null;
  const rows: Cell[][] = [];
  let open: Pieces[] | null = null;
  for (let i = region.startLine + 1; i < region.endLine && rows.length <= MAX_ROWS; i++) {
    const line = lines[i] as Line;
    if (line.text[0] === '+') {
      if (borderColumns(line) !== columns || open === null) return null;
      rows.push(rowOf(open, line.start));
      open = null;
      const next = lines[i + 1];
      if (i + 1 >= region.endLine || !next || next.text[0] !== '|') return { layout: 'grid-table', rows, startLine: region.startLine, endLine: i + 1 };
      continue;
    }
    const pieces = contentPieces(text, line, columns);
    if (!pieces) return null;
    open ??= pieces.map(() => []);
    pieces.forEach((p, k) => (open as Pieces[])[k]?.push(cellOf(text, p.from, p.to)));
  }
  return null;
}

/** A row's cells from its gathered pieces, without the leading blank cells a rowspan label covers. */
function rowOf(cells: readonly Pieces[], at: number): Cell[] {
  const row = cells.map((pieces) => joinPieces(pieces, pieces[0]?.start ?? at));
  let lead = 0;
  while (lead < row.length && (row[lead] as Cell).text === '') lead++;
  return row.slice(lead);
}
