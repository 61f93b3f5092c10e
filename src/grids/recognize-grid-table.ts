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

/** Characters a number ends with before a wrap (`2648.` / `75`) and a digit it goes on with. */
const NUMBER_END = '0123456789.+-';
const DIGITS = '0123456789';

/**
 * A cell's text from its pieces, one a line: pandoc wraps a cell's text at
 * the column width, between any two characters, so the pieces join with
 * nothing between them (`[信息内容]{` / `style="…"}`) and a bracketed span
 * around the text is unwrapped (`[959]{style="font-size:10.5pt;font-family:宋体"}`
 * is 959).
 *
 * A number the wrap cut (`[2` / `76]`) is not joined: a value's raw text must
 * be one span of the input, and these digits are not. Such a cell reads
 * `2 / 76` — no number, so its value is null with a diagnostic on its path.
 */
function joinPieces(pieces: Pieces, at: number): Cell {
  const filled = pieces.filter((p) => p.text !== '');
  if (filled.length === 0) return { text: '', start: at, end: at, exactRow: true };
  // The joined text, the source offset of each of its characters, and where each piece begins in it.
  let text = '';
  const source: number[] = [];
  const begins: number[] = [];
  for (const p of filled) {
    begins.push(text.length);
    text += p.text;
    for (let k = 0; k < p.text.length; k++) source.push(p.start + k);
  }
  let from = 0;
  let to = text.length;
  const close = text.lastIndexOf(']{');
  if (text.length >= 4 && text[0] === '[' && text[text.length - 1] === '}' && close >= 1 && text.indexOf('}', close + 2) === text.length - 1) {
    from = 1;
    to = close;
  }
  while (from < to && isSpace(text[from] as string)) from++;
  while (to > from && isSpace(text[to - 1] as string)) to--;
  if (from === to) return { text: '', start: source[0] as number, end: source[0] as number, exactRow: true };
  const cuts = begins.filter((b) => b > from && b < to && NUMBER_END.includes(text[b - 1] as string) && DIGITS.includes(text[b] as string));
  let inner = text.slice(from, to);
  if (cuts.length > 0) {
    inner = '';
    let k = from;
    for (const b of cuts) {
      inner += `${text.slice(k, b)} / `;
      k = b;
    }
    inner += text.slice(k, to);
  }
  return { text: inner, start: source[from] as number, end: (source[to - 1] as number) + 1, exactRow: true };
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\u00a0' || c === '\u3000';
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
 * pieces join with nothing between them — pandoc wraps inside words — and a
 * bracketed span around the text is unwrapped; a number the wrap cut is kept
 * apart (`2 / 76`: no number, so a null value with a diagnostic). Every
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
 * const text = ['+------+----+----+', '| 行政 | 20 | 12 |', '| 许可 | 9  |    |', '+------+----+----+'].join('\n');
 * const grid = recognizeGridTable({ text, lines: splitLines(text), startLine: 0, endLine: 4 });
 * grid?.rows[0]?.map((c) => c.text); // ['行政许可', '20 / 9', '12']
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
