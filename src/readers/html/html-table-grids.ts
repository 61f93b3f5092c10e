import { renderHtml, type TableObserver } from './html-to-text.js';
import type { HtmlAttribute } from './tokenize-html.js';

/**
 * One cell of an HTML table, placed in the table's grid by its spans.
 *
 * @example
 * ```ts
 * import { htmlTableGrids, type HtmlTableCell } from 'xxgk-report/html';
 * const html = '<table><tr><th colspan="2">申请人情况</th></tr><tr><td>自然人</td><td>12</td></tr></table>';
 * const cells: readonly HtmlTableCell[] = htmlTableGrids(html)[0]?.cells ?? [];
 * cells[0];                                  // { row: 0, col: 0, rowspan: 1, colspan: 2, text: '申请人情况', header: true, start: 11, end: 37 }
 * cells[2];                                  // { row: 1, col: 1, rowspan: 1, colspan: 1, text: '12', header: false, start: 58, end: 69 }
 * html.slice(cells[2]?.start, cells[2]?.end); // '<td>12</td>'
 * ```
 */
export interface HtmlTableCell {
  /** 0-based row of the cell's top-left slot. */
  readonly row: number;
  /** 0-based column of the cell's top-left slot (its index in its row when the table was not expanded). */
  readonly col: number;
  /** Rows the cell covers: its `rowspan`, cut at the table's last row; `rowspan="0"` runs to it. */
  readonly rowspan: number;
  /** Columns the cell covers: its `colspan` (1 to 1000, as in HTML). */
  readonly colspan: number;
  /** The cell's text as `htmlToText` writes it: references decoded, white space collapsed, trimmed. */
  readonly text: string;
  /** True for `<th>`. */
  readonly header: boolean;
  /** Offset in the HTML of the cell's `<td` (or of the stray text that implied the cell). */
  readonly start: number;
  /** Offset in the HTML just past its `</td>`, or where the cell was implicitly closed. */
  readonly end: number;
}

/**
 * An HTML table as a rectangular grid of slots, each pointing at the cell that covers it.
 *
 * @example
 * ```ts
 * import { htmlTableGrids, type HtmlTableGrid } from 'xxgk-report/html';
 * const grids: HtmlTableGrid[] = htmlTableGrids('<table><tr><td rowspan="2">自然人</td><td>1</td></tr><tr><td>2</td></tr></table>');
 * const table = grids[0];
 * table?.rowCount;    // 2
 * table?.columnCount; // 2
 * table?.slots;       // [[0, 1], [0, 2]]   slot [1][0] is covered by cell 0, the rowspan
 * table?.cells[0]?.text; // '自然人'
 * table?.expanded;    // true
 * ```
 */
export interface HtmlTableGrid {
  /** Offset in the HTML of `<table` (or of the tag that implied the table). */
  readonly start: number;
  /** Offset in the HTML just past `</table>`, or where the table was implicitly closed. */
  readonly end: number;
  /** Nesting depth: 0 for a table that is in no other table's cell. */
  readonly depth: number;
  /** Number of rows (`<tr>`, explicit or implied). */
  readonly rowCount: number;
  /** Number of columns of the expanded grid (0 when not `expanded`). */
  readonly columnCount: number;
  /** The cells in source order. */
  readonly cells: readonly HtmlTableCell[];
  /**
   * `slots[row][col]`: the index in `cells` of the cell covering that slot,
   * or null where no cell does (a short row). Every row has `columnCount`
   * slots. Empty when not `expanded`.
   */
  readonly slots: readonly (readonly (number | null)[])[];
  /**
   * False when placing the cells would take more than `maxSlots` steps or
   * slots (a hostile table): then `slots` is empty and each cell's `col` is
   * its index in its row.
   */
  readonly expanded: boolean;
}

/**
 * Options of {@link htmlTableGrids}.
 *
 * @example
 * ```ts
 * import { htmlTableGrids, type HtmlTableGridsOptions } from 'xxgk-report/html';
 * const html = '<table><tr><td rowspan="2">自然人</td><td>1</td></tr><tr><td>2</td></tr></table>';
 * const options: HtmlTableGridsOptions = { maxSlots: 2 };
 * const table = htmlTableGrids(html, options)[0];
 * table?.expanded;                 // false   the table needs 4 slots
 * table?.slots;                    // []
 * table?.cells.map((c) => c.col);  // [0, 1, 0]   each cell's index in its row
 * ```
 */
export interface HtmlTableGridsOptions {
  /**
   * Most slots (and placement steps) one table may take before it is left
   * unexpanded. Default 1,000,000; the report templates' tables have a few
   * hundred.
   */
  readonly maxSlots?: number;
}

/** HTML's limits on spans. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
const DEFAULT_MAX_SLOTS = 1_000_000;

/** A cell as read, before placement. */
interface CellDraft {
  readonly start: number;
  end: number;
  readonly rowspan: number;
  readonly colspan: number;
  readonly header: boolean;
  readonly pieces: string[];
  hasText: boolean;
  /** A nested table came after some of its text: a space goes before the rest. */
  interrupted: boolean;
}

/** A table as read, before placement. */
interface TableDraft {
  readonly slot: number;
  readonly start: number;
  readonly depth: number;
  readonly rows: CellDraft[][];
  row: CellDraft[] | null;
  cell: CellDraft | null;
}

/**
 * The span-aware reader of HTML tables: every table of the page (nested
 * ones too, in the order they open) as a rectangular grid, with each cell
 * placed by its `rowspan` and `colspan` as a browser places it — so a value
 * can be found by its row and column labels even where `htmlToText`'s
 * tab-separated rows are shifted by spans.
 *
 * Tables, rows and cells are read as `htmlToText` reads them (missing
 * `</td>` and `</tr>` are implied, a stray `<td>` implies a table), and a
 * cell's text is the text the rendition gives it. Rowspans are cut at the
 * table's last row (HTML cuts them at the row group's). Never throws on a
 * string; linear in the input, plus at most `maxSlots` per table.
 *
 * @example
 * ```ts
 * import { htmlTableGrids } from 'xxgk-report/html';
 * const [table] = htmlTableGrids('<table><tr><td rowspan="2">自然人</td><td>1</td></tr><tr><td>2</td></tr></table>');
 * table?.slots;                               // [[0, 1], [0, 2]]
 * table?.cells[2];                            // { row: 1, col: 1, text: '2', … }
 * ```
 */
export function htmlTableGrids(html: string, options: HtmlTableGridsOptions = {}): HtmlTableGrid[] {
  if (typeof html !== 'string') throw new TypeError('htmlTableGrids: expected a string');
  const maxSlots = options.maxSlots ?? DEFAULT_MAX_SLOTS;
  const results: HtmlTableGrid[] = [];
  const open: TableDraft[] = [];
  const current = (): TableDraft | undefined => open[open.length - 1];

  const observer: TableObserver = {
    openTable(start) {
      const outer = current();
      if (outer?.cell) outer.cell.interrupted = true;
      open.push({ slot: results.length, start, depth: open.length, rows: [], row: null, cell: null });
      results.push(EMPTY_TABLE); // keeps the slot, in the order tables open
    },
    closeTable(end) {
      const table = open.pop();
      if (table) results[table.slot] = placeCells(table, end, maxSlots);
    },
    openRow() {
      const table = current();
      if (!table) return;
      table.row = [];
      table.rows.push(table.row);
    },
    closeRow() {
      const table = current();
      if (table) table.row = null;
    },
    openCell(start, attributes, header) {
      const table = current();
      if (!table) return;
      if (!table.row) {
        table.row = [];
        table.rows.push(table.row);
      }
      const cell: CellDraft = {
        start,
        end: start,
        rowspan: spanAttribute(attributes, 'rowspan', 0, MAX_ROWSPAN),
        colspan: spanAttribute(attributes, 'colspan', 1, MAX_COLSPAN),
        header,
        pieces: [],
        hasText: false,
        interrupted: false,
      };
      table.row.push(cell);
      table.cell = cell;
    },
    closeCell(end) {
      const table = current();
      if (table?.cell) {
        table.cell.end = end;
        table.cell = null;
      }
    },
    cellText(text) {
      const cell = current()?.cell;
      if (!cell) return;
      if (cell.interrupted) {
        if (cell.hasText) cell.pieces.push(' ');
        cell.interrupted = false;
      }
      cell.pieces.push(text);
      cell.hasText = true;
    },
  };

  renderHtml(html, observer);
  return results;
}

const EMPTY_TABLE: HtmlTableGrid = { start: 0, end: 0, depth: 0, rowCount: 0, columnCount: 0, cells: [], slots: [], expanded: false };

/**
 * Places the cells row by row, as HTML's table model does: each cell takes
 * the first column of its row not covered by a rowspan from above, and
 * covers `rowspan` × `colspan` slots. Stops at `maxSlots` steps.
 */
function placeCells(table: TableDraft, end: number, maxSlots: number): HtmlTableGrid {
  const rowCount = table.rows.length;
  const texts = table.rows.map((row) => row.map((cell) => cell.pieces.join('')));
  const placed: HtmlTableCell[] = [];
  /** Per column: the first row no longer covered by a cell above. */
  const coveredUntil: number[] = [];
  let columnCount = 0;
  let budget = maxSlots;
  let fits = true;
  place: for (let r = 0; r < rowCount; r++) {
    const row = table.rows[r] as CellDraft[];
    let col = 0;
    for (let k = 0; k < row.length; k++) {
      const cell = row[k] as CellDraft;
      while (col < coveredUntil.length && (coveredUntil[col] as number) > r) {
        col++;
        if (--budget < 0) {
          fits = false;
          break place;
        }
      }
      const rowspan = effectiveRowspan(cell, r, rowCount);
      budget -= rowspan * cell.colspan;
      if (budget < 0) {
        fits = false;
        break place;
      }
      for (let c = col; c < col + cell.colspan; c++) coveredUntil[c] = Math.max(coveredUntil[c] ?? 0, r + rowspan);
      placed.push(cellOf(cell, r, col, rowspan, texts[r]?.[k] ?? ''));
      col += cell.colspan;
      if (col > columnCount) columnCount = col;
    }
  }
  if (!fits || rowCount * columnCount > maxSlots) {
    const cells = table.rows.flatMap((row, r) => row.map((cell, k) => cellOf(cell, r, k, effectiveRowspan(cell, r, rowCount), texts[r]?.[k] ?? '')));
    return { start: table.start, end, depth: table.depth, rowCount, columnCount: 0, cells, slots: [], expanded: false };
  }
  const slots: (number | null)[][] = [];
  for (let r = 0; r < rowCount; r++) slots.push(new Array<number | null>(columnCount).fill(null));
  placed.forEach((cell, index) => {
    for (let r = cell.row; r < cell.row + cell.rowspan; r++) {
      const line = slots[r] as (number | null)[];
      for (let c = cell.col; c < cell.col + cell.colspan; c++) if (line[c] === null) line[c] = index;
    }
  });
  return { start: table.start, end, depth: table.depth, rowCount, columnCount, cells: placed, slots, expanded: true };
}

function effectiveRowspan(cell: CellDraft, row: number, rowCount: number): number {
  const left = rowCount - row;
  return cell.rowspan === 0 ? left : Math.min(cell.rowspan, left);
}

function cellOf(cell: CellDraft, row: number, col: number, rowspan: number, text: string): HtmlTableCell {
  return { row, col, rowspan, colspan: cell.colspan, text, header: cell.header, start: cell.start, end: cell.end };
}

/**
 * Reads `rowspan` or `colspan` by HTML's rules for non-negative integers
 * (leading white space, optional `+`, digits; anything after is ignored).
 * Missing or unreadable: 1. Below `min`: 1. Above `max`: `max`.
 */
function spanAttribute(attributes: readonly HtmlAttribute[], name: string, min: number, max: number): number {
  const attribute = attributes.find((a) => a.name === name);
  if (!attribute) return 1;
  const v = attribute.value;
  let i = 0;
  while (i < v.length && (v.charCodeAt(i) === 0x20 || v.charCodeAt(i) === 0x09 || v.charCodeAt(i) === 0x0a || v.charCodeAt(i) === 0x0c || v.charCodeAt(i) === 0x0d)) i++;
  if (v.charCodeAt(i) === 0x2b /* + */) i++;
  const from = i;
  let value = 0;
  while (i < v.length && v.charCodeAt(i) >= 0x30 && v.charCodeAt(i) <= 0x39) {
    if (value <= max) value = value * 10 + (v.charCodeAt(i) - 0x30);
    i++;
  }
  if (i === from) return 1;
  if (value < min) return 1;
  return Math.min(value, max);
}
