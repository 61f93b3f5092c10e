import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { cellOf, type Cell, type Grid, type TextRegion } from './grid.js';

/** Rows we read at most before giving up on finding the closing border. */
const MAX_ROWS = 2000;
/** Columns a border must have to be a table's. */
const MIN_COLUMNS = 2;

/**
 * The text widths of a grid-table border's columns — `+------+----+`,
 * `+======+`, `+:----:+` — or null when the line is not a border. A column's
 * text is its dashes less the space pandoc pads each side with. A plain scan,
 * no regex.
 */
function borderWidths(line: Line): number[] | null {
  const t = line.text.trimEnd();
  if (t.length < 3 || t[0] !== '+' || t[t.length - 1] !== '+') return null;
  const widths: number[] = [];
  let run = 0;
  for (let i = 1; i < t.length; i++) {
    const c = t[i];
    if (c === '+') {
      if (run === 0) return null;
      widths.push(run - 2);
      run = 0;
    } else if (c === '-' || c === '=' || c === ':') run++;
    else return null;
  }
  return widths;
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

/** Characters a number is written with: where a wrap falls between two of them, it cut a number (`2648.` / `75`, `[2` / `76]`). */
const NUMBER_CHARS = '0123456789.,+-';

/**
 * A cell's text from its pieces, one a line: pandoc wraps a cell's text at
 * the column width, between any two characters, so the pieces join with
 * nothing between them (`[信息内容]{` / `style="…"}`) and a bracketed span
 * around the text is unwrapped (`[959]{style="font-size:10.5pt;font-family:宋体"}`
 * is 959).
 *
 * A number the wrap cut inside a bracketed span (`[2` / `76]{…}`) is one
 * number when the cut is pandoc's hard wrap of a word too long for its
 * column: the cell's text is then the digits joined (`276`), `start`/`end`
 * run from the first digit to the last, across the lines between, and
 * `pieces` says where each run of digits is — the joined text is no one
 * substring of the input. pandoc cuts such a word into pieces that fill the
 * column (`[2` / `76]` in a column 3 wide), so a piece of the number after
 * the first that falls short of the width shows a wrap at a space, which
 * pandoc drops (`12 345` is `[12` / `3` / `45]`). The span's brackets frame
 * the cell's text: a line lost or repeated inside it breaks the frame or the
 * number. Bare digits (`-t plain`: `1` / `187`) have no frame — `1` alone,
 * its second line lost, looks like a cell of its own — so they are never
 * joined. Those cells, and one whose joined text is not one plain number,
 * read with ` / ` at the cuts — no number, so null with a diagnostic on its path.
 *
 * In a column as narrow as the number, a wrap at a space looks the same as a
 * hard wrap (`2 76` is `[2` / `76]` too): a template cell holds one count, so
 * the digits are taken as one. A cell whose digits begin below a blank first
 * line reads `/ 187`: pandoc starts every cell on its row's first line.
 */
function joinPieces(pieces: Pieces, at: number, width: number): Cell {
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
  const framed = text.length >= 4 && text[0] === '[' && text[text.length - 1] === '}' && close >= 1 && text.indexOf('}', close + 2) === text.length - 1;
  if (framed) {
    from = 1;
    to = close;
  }
  while (from < to && isSpace(text[from] as string)) from++;
  while (to > from && isSpace(text[to - 1] as string)) to--;
  if (from === to) return { text: '', start: source[0] as number, end: source[0] as number, exactRow: true };
  const start = source[from] as number;
  const end = (source[to - 1] as number) + 1;
  const cuts = begins.filter((b) => b > from && b < to && NUMBER_CHARS.includes(text[b - 1] as string) && NUMBER_CHARS.includes(text[b] as string));
  const inner = text.slice(from, to);
  // pandoc sets a cell's text at the top of its row: digits that begin below
  // a blank first line are what is left of a cell that lost its start
  // (`1` / `187` with the 1 gone), not a number of their own.
  if ((pieces[0] as Cell).text === '' && hasDigit(inner)) return { text: `/ ${inner}`, start, end, exactRow: true };
  if (cuts.length === 0) return { text: inner, start, end, exactRow: true };
  const hardWrapped = filled.every((p, k) => (begins[k] as number) <= from || (begins[k] as number) >= to || displayWidth(p.text) === width);
  if (framed && hardWrapped && isPlainNumber(inner)) {
    const runs = filled.flatMap((p, k) => {
      const a = Math.max(begins[k] as number, from);
      const b = Math.min((begins[k] as number) + p.text.length, to);
      return a < b ? [{ start: source[a] as number, end: (source[b - 1] as number) + 1 }] : [];
    });
    return { text: inner, start, end, exactRow: true, pieces: runs };
  }
  let marked = '';
  let k = from;
  for (const b of cuts) {
    marked += `${text.slice(k, b)} / `;
    k = b;
  }
  marked += text.slice(k, to);
  return { text: marked, start, end, exactRow: true };
}

/** One plain number: a sign, digits, at most one decimal point between digits (no grouping commas, no unit). */
function isPlainNumber(t: string): boolean {
  let i = t[0] === '+' || t[0] === '-' ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; i < t.length; i++) {
    const c = t[i] as string;
    if (DIGITS.includes(c)) digits++;
    else if (c === '.' && !point && digits > 0 && i + 1 < t.length) point = true;
    else return false;
  }
  return digits > 0;
}

const DIGITS = '0123456789';

function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (DIGITS.includes(t[i] as string)) return true;
  return false;
}

/** Columns a piece takes as pandoc counts them: CJK and full-width characters two, others one. */
function displayWidth(t: string): number {
  let w = 0;
  for (let i = 0; i < t.length; i++) w += isWide(t.charCodeAt(i)) ? 2 : 1;
  return w;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
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
 * bracketed span around the text is unwrapped. A number pandoc hard-wrapped
 * inside a span (pieces that fill the column: `[2` / `76]{…}`) is one number,
 * with `pieces` saying where its digits are; one wrapped at a space (a piece
 * short of the width), bare digits (`-t plain`: `20` / `9`, no span to frame
 * them) or wrapped text that is not one plain number is kept apart (`20 / 9`:
 * no number, so a null value with a diagnostic). A border sets rows apart: no
 * number is joined across one. Every
 * row is exact: its cells are its columns, a blank cell is a blank value.
 * Leading blank cells — cells a rowspan label covers — give no cells.
 *
 * Returns null — and leaves the lines to other recognizers — for anything
 * else: no border, a content line with more or fewer cells than the border
 * has columns, a border of another column count, no closing border. Linear in the
 * characters of the table.
 *
 * @example
 * ```ts
 * import { recognizeGridTable, splitLines } from 'xxgk-report';
 * const text = ['+------+----+-----+', '| 行政 | 20 | [2  |', '| 许可 | 9  | 76] |', '|      |    | {s} |', '+------+----+-----+'].join('\n');
 * const grid = recognizeGridTable({ text, lines: splitLines(text), startLine: 0, endLine: 5 });
 * grid?.rows[0]?.map((c) => c.text); // ['行政许可', '20 / 9', '276']
 * grid?.rows[0]?.[2]?.pieces;         // [{ start: 33, end: 34 }, { start: 50, end: 52 }]
 * ```
 */
export function recognizeGridTable(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first || first.text[0] !== '+') return null;
  const widths = borderWidths(first);
  if (!widths || widths.length < MIN_COLUMNS) return null;
  const columns = widths.length;
  const rows: Cell[][] = [];
  let open: Pieces[] | null = null;
  for (let i = region.startLine + 1; i < region.endLine && rows.length <= MAX_ROWS; i++) {
    const line = lines.get(i) as Line;
    if (line.text[0] === '+') {
      const border = borderWidths(line);
      if (border?.length !== columns || open === null) return null;
      rows.push(rowOf(open, widths, line.start));
      open = null;
      const next = lines.get(i + 1);
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
function rowOf(cells: readonly Pieces[], widths: readonly number[], at: number): Cell[] {
  const row = cells.map((pieces, k) => joinPieces(pieces, pieces[0]?.start ?? at, widths[k] as number));
  let lead = 0;
  while (lead < row.length && (row[lead] as Cell).text === '') lead++;
  return row.slice(lead);
}
