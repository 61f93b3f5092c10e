import type { Cell } from '../grids/grid.js';
import { hasDigit, parseCellValue } from '../grids/parse-cell-value.js';
import { labelKey } from '../text/fold.js';
import type { LineIndex } from '../text/line-index.js';
import { MAX_LABEL_KEY_LENGTH, matchLabelKey, splitEnumerator } from '../templates/label.js';
import { GLUED_TABLE_BUDGET, type GluedSearchBudget } from './split-glued-digits.js';
import { aloneOnLine } from './one-value-a-line.js';
import { emptyMapped, isBlankCell, isValueLikeKey, makeDiagnostic, quoteCells, readValue, resolveRowCells, rowCellsDiagnostic, spanOfCells, type MappedValues } from './mapped-table.js';
import {
  proactiveColumns,
  proactiveFrameLabels,
  proactiveRows,
  type ProactiveColumnKey,
  type ProactiveLayout,
  type ProactiveRowKey,
} from '../templates/proactive-table.js';
import { append } from '../model/append.js';
import { combineUnits, headerUnit, type HeaderUnit } from './header-unit.js';
import { readWrappedHeader } from './read-wrapped-header.js';
import { template2019 } from '../templates/template-2019.js';
import { template2021 } from '../templates/template-2021.js';

/** One row of table 2 as read: its value cells by column, before the template is known. */
export interface ReadProactiveRow {
  /** The row. */
  readonly row: ProactiveRowKey;
  /** The row label's cell. */
  readonly label: Cell;
  /** Value cells by column key (null key: a column whose header we do not know). */
  readonly cells: readonly { readonly column: ProactiveColumnKey | null; readonly cell: Cell; readonly unit?: HeaderUnit | null }[];
}

/** Table 2 as read, with the column keys seen (for template detection). */
export interface ReadProactive {
  /** Rows in reading order. */
  readonly rows: readonly ReadProactiveRow[];
  /** Every column key seen in a header. */
  readonly columnsSeen: ReadonlySet<ProactiveColumnKey>;
  /** Problems found while reading. */
  readonly diagnostics: MappedValues['diagnostics'];
}

/** Where the scanner is in a 第二十条 block. */
type State = 'beforeHeader' | 'inHeader' | 'inRow';

/**
 * Rows that follow another row in their block in either template (规章 →
 * 行政规范性文件; 2019: 行政许可 → 其他对外管理服务事项; 行政处罚 → 行政强制):
 * values printed between a header and their label need not be theirs.
 */
const SECOND_IN_BLOCK: ReadonlySet<ProactiveRowKey> = new Set<ProactiveRowKey>(['normativeDocuments', 'otherServices', 'enforcement']);

/**
 * Reads table 2: blocks of 第二十条第（X）项, a header row that starts with
 * 信息内容 and names the columns, and rows. Each row's value cells are
 * aligned to its block's columns. Template-neutral: which template the
 * columns belong to is decided afterwards, from `columnsSeen`.
 */
export function readProactive(cells: readonly Cell[], index: LineIndex): ReadProactive {
  const diagnostics: MappedValues['diagnostics'] = [];
  const rows: ReadProactiveRow[] = [];
  const columnsSeen = new Set<ProactiveColumnKey>();
  /** One search budget for all glued rows of the table. */
  const budget: GluedSearchBudget = { remaining: GLUED_TABLE_BUDGET };
  let columns: (ProactiveColumnKey | null)[] = [];
  /** The money unit each column's header states (（单位：元）), parallel to `columns`. */
  let units: (HeaderUnit | null)[] = [];
  /** The line each column's header cell stands on (-1: not known), parallel to `columns`. */
  let columnLines: number[] = [];
  /** A unit stated in a cell of its own inside the header: （单位：元）. */
  let blockUnit: HeaderUnit | null = null;
  /** The text cells of the header being read, for a header wrapped over lines. */
  let headerCells: Cell[] = [];
  /** Text cells just before the header's 信息内容, since the block's 第二十条 line: the top of a wrapped header, perhaps. */
  let headerAbove: Cell[] = [];
  let state: State = 'beforeHeader';
  let rowKey: ProactiveRowKey | null = null;
  let rowLabel: Cell | null = null;
  let pending: Cell[] = [];
  /** Text cells since the last frame or row that were no label we know. */
  let unreadHeaderCells = 0;
  /** Whether a row had more bare digit lines than columns: numbers split over lines. */
  let runsSplit = false;
  /** Whether a row of bare digit lines had fewer lines than columns: blanks that left no line, or equal lines stored once. */
  let linesLost = false;
  /** Rows read as one bare digit line per value, warned of when `runsSplit` or `linesLost`. */
  const digitLineRows: { row: ProactiveRowKey; label: Cell; values: readonly Cell[] }[] = [];

  // Indexed (a for-of allocates per cell until optimized); each cell's value
  // kind and key read once (isValueLike would read both again).
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at] as Cell;
    const key = labelKey(cell.text);
    const kind = parseCellValue(cell.text).kind;
    if (kind !== 'text' || (state === 'inRow' && isValueLikeKey(key))) {
      if (state === 'inRow' || key !== '') pending.push(cell);
      continue;
    }
    const core = key.length > MAX_LABEL_KEY_LENGTH ? '' : splitEnumerator(key).core;
    const frame = core ? matchLabelKey(core, proactiveFrameLabels) : undefined;
    const column = core && !frame ? matchLabelKey(core, proactiveColumns) : undefined;
    const row = core && !frame && !column ? matchLabelKey(core, proactiveRows) : undefined;
    if (state === 'inHeader' && !column && !frame && !row && core.startsWith('(')) {
      blockUnit = combineUnits(blockUnit, headerUnit(core)); // （单位：万元）
      headerCells.push(cell);
      continue;
    }
    if (!row && !(frame?.key === 'article')) headerCells.push(cell);
    if (state === 'inRow' && column && columns.length === 0 && pending.every(isBlankCell)) {
      // pdftotext without -layout prints a one-row block's label before its
      // header: 信息内容 / 行政许可 / 本年处理决定数量 / 9487. The header goes on.
      addColumn(column.key, headerUnit(core), cell);
      continue;
    }
    // …or the values before the label: 信息内容 / 本年收费金额 / 7545 / 行政事业性收费.
    // Values right after a header whose every column is named, before the
    // block's first row label, can be that row's only — and only when the
    // row is a block's first in the template: before 行政强制 they may be
    // 行政处罚's, whose label the converter lost. Any text between
    // (a label broken over lines: 规 / 章) makes an unnamed column, and then
    // they are not taken.
    const before = row && !SECOND_IN_BLOCK.has(row.key) && state === 'inHeader' && columns.length > 0 && !columns.includes(null) && pending.length === columns.length && !pending.some(isBlankCell) ? pending : null;
    if (before) pending = [];
    if (state === 'inHeader' && !frame && !row) {
      // pdftotext -layout sets tight header cells one space apart: 本年制发件数 本年废止件数 现行有效件数.
      const named = columnsSpacedApart(cell.text);
      if (named) {
        for (const c of named) addColumn(c.key, null, cell);
        continue;
      }
    }
    if (state === 'inHeader' && (column || (!frame && !row))) {
      // 信息内容 | 本年制发件数 | …: a column label; an unknown one keeps its place.
      addColumn(column ? column.key : null, column ? headerUnit(core) : null, cell);
      continue;
    }
    const firstOfBlock = state !== 'inRow' && headerCells.length > 0;
    // Numbers between a block's header and its first row label that could not
    // be taken as that row's (a stray line among them) are most likely its own.
    flush(state === 'inHeader' && row ? row.key : undefined);
    if (frame?.key === 'contentHeader') {
      // Words of the header printed above 信息内容 (a header wrapped over
      // lines: 本年新 / 信息内容 对外公开总数量 / 制作数量): kept for readWrapped.
      headerAbove = state === 'beforeHeader' ? headerCells.slice(0, -1) : [];
      state = 'inHeader';
      columns = [];
      units = [];
      columnLines = [];
      blockUnit = null;
      headerCells = [cell];
    } else if (frame) {
      state = 'beforeHeader';
      headerCells = [];
      headerAbove = [];
    } else if (row) {
      if (firstOfBlock && (columns.length === 0 || columns.includes(null) || orderInDoubt())) readWrapped(row.key);
      headerCells = [];
      headerAbove = [];
      if (hasDigit(core)) unplaced([cell], cell.text); // numbers inside a label cell
      state = 'inRow';
      rowKey = row.key;
      rowLabel = cell;
      if (before) {
        pending = before;
        diagnostics.push(makeDiagnostic(index, 'row-detached', 'info', spanOfCells(before, cell), `表二“${cell.text}”的数值印在表头与该行标签之间，按该行读取：${quoteCells(before)}`, `Table 2 row "${cell.text}": its values stand between the header and its label; read as that row's: ${quoteCells(before)}`, { path: `proactive.${row.key}`, raw: quoteCells(before) }));
      }
    } else if (column) {
      // A header row without a readable 信息内容: cells we could not read
      // before it (a truncated 信息内…, 本年制…) keep their places as unknown
      // columns, so that values are never shifted onto the wrong column.
      state = 'inHeader';
      headerAbove = [];
      columns = [...new Array<null>(unreadHeaderCells).fill(null), column.key];
      units = [...new Array<null>(unreadHeaderCells).fill(null), headerUnit(core)];
      columnLines = [...new Array<number>(unreadHeaderCells).fill(-1), lineOf(cell)];
      blockUnit = null;
      columnsSeen.add(column.key);
    } else {
      state = 'beforeHeader';
      if (hasDigit(cell.text)) unplaced([cell], cell.text);
      else unreadHeaderCells++;
    }
    if (frame || row) unreadHeaderCells = 0;
  }
  flush();
  // Numbers split over digit lines in this table: any row read from digit lines
  // may hold a split number beside a blank that left no line, and nothing checks it.
  if (runsSplit) {
    for (const { row, label, values } of digitLineRows) {
      const quoted = quoteCells(values);
      diagnostics.push(makeDiagnostic(index, 'row-runs-unchecked', 'warning', spanOfCells(values, label), `表二“${label.text}”的数值逐行书写，而本表另有数字被拆在几行；表二无勾稽关系可核对，本行数值可能错位：${quoted}`, `Table 2 row "${label.text}": its values come one digit line each, and numbers of this table are split over lines; table 2 has no sums to check, so they may stand in the wrong columns: ${quoted}`, { path: `proactive.${row}`, raw: quoted }));
    }
  } else if (linesLost) {
    // Lines lost in another row: this row's count may be right only because
    // a line lost here met a line gained (a stray number moved in by the
    // converter), and table 2 has no sums to tell. A row of placeholders
    // (`-`) reads null anyway.
    for (const { row, label, values } of digitLineRows) {
      if (!values.some((c) => parseCellValue(c.text).kind === 'number')) continue;
      const quoted = quoteCells(values);
      diagnostics.push(makeDiagnostic(index, 'row-unchecked', 'warning', spanOfCells(values, label), `表二“${label.text}”：本表其他行有缺行（空白单元格未留行，或相同数值只存一行）；本行各数逐行书写，只按行数读取，表二无勾稽关系可核对，数值可能错位：${quoted}`, `Table 2 row "${label.text}": other rows of this table lost lines (blank cells that left none, equal values stored once); this row's values, one digit line each, are read by their count alone and table 2 has no sums to check them: ${quoted}`, { path: `proactive.${row}`, raw: quoted }));
    }
  }
  return { rows, columnsSeen, diagnostics };

  /**
   * A header whose cells are no column labels we know (`信息内容 本年新制`,
   * `作数量`…) may be one wrapped over lines: its words joined down each
   * column spell the columns of the row that follows, in one template or
   * the other. Only a reading that just one column list allows is taken.
   */
  function readWrapped(row: ProactiveRowKey): void {
    const layouts: readonly ProactiveLayout[] = [template2019.proactive, template2021.proactive];
    const candidates = layouts.map((l) => l[row]).filter((c): c is readonly ProactiveColumnKey[] => c !== undefined);
    // With the words printed above 信息内容 first (they may be the header's top line), then without.
    const read = (headerAbove.length > 0 ? readWrappedHeader(wordsByLine([...headerAbove, ...headerCells]), candidates) : null) ?? readWrappedHeader(wordsByLine(headerCells), candidates);
    if (!read) {
      // No column list spells it: where the order of its columns is in
      // doubt, no value is placed by it.
      if (orderInDoubt()) {
        columns = columns.map(() => null);
        const header = headerCells.map((c) => c.text).join(' ');
        diagnostics.push(makeDiagnostic(index, 'column-unexpected', 'warning', spanOfCells(headerCells, headerCells[0] as Cell), `表二表头分在几行，拼不出模板的栏目，各栏次序不明，其下数值均未采用：${header}`, `A table-2 header over several lines spells no template's columns: their order is unknown, and no value under it is used: ${header}`, { path: `proactive.${row}`, raw: header }));
      }
      return;
    }
    columns = [...read.columns];
    units = [...read.units];
    columnLines = [];
    for (const c of read.columns) columnsSeen.add(c);
  }

  /** A column of the header being read, from a cell on a line (its order among the columns is the order read). */
  function addColumn(key: ProactiveColumnKey | null, unit: HeaderUnit | null, cell: Cell): void {
    columns.push(key);
    units.push(unit);
    columnLines.push(lineOf(cell));
    if (key !== null) columnsSeen.add(key);
  }

  function lineOf(cell: Cell): number {
    return index.positionAt(cell.start).line;
  }

  /**
   * Whether the columns, read cell by cell in reading order, may not be in
   * their order across the table: they came from several lines, one of
   * them holding more than one. A column labelled on a lower line was read
   * after columns that stand to its right (信息内容 对外公开总数量 /
   * 制作数量 公开数量). One column a line (one cell per line) or one line
   * is their order as printed.
   */
  function orderInDoubt(): boolean {
    const perLine = new Map<number, number>();
    for (const line of columnLines) if (line >= 0) perLine.set(line, (perLine.get(line) ?? 0) + 1);
    return perLine.size > 1 && [...perLine.values()].some((n) => n > 1);
  }

  /** The words of header cells, line by line in reading order. */
  function wordsByLine(header: readonly Cell[]): string[][] {
    const byLine = new Map<number, string[]>();
    for (const c of header) {
      const line = lineOf(c);
      const words = byLine.get(line) ?? [];
      for (const w of c.text.split(/\s+/)) if (w !== '') words.push(w);
      byLine.set(line, words);
    }
    return [...byLine.values()];
  }

  /** Ends the row being read; numbers read outside a row are unplaced, on `upcoming`'s path when given. */
  function flush(upcoming?: ProactiveRowKey): void {
    const values = pending;
    pending = [];
    const filled = values.filter((c) => !isBlankCell(c));
    if (state !== 'inRow' || !rowKey || !rowLabel) {
      if (filled.length > 0) unplaced(filled, '表二', upcoming);
      return;
    }
    const row = rowKey;
    const label = rowLabel;
    rowKey = null;
    rowLabel = null;
    state = 'beforeHeader';
    if (filled.length === 0) {
      rows.push({ row, label, cells: columns.map((column) => ({ column, cell: { text: '', start: label.end, end: label.end } })) });
      return;
    }
    // Fewer values than columns is ambiguous (a glued 6233440 under three
    // columns, a blank dropped by the converter): only certain alignments.
    // Under a header with a column we could not name, the count of columns is
    // itself uncertain: never split glued digits to fit it.
    // A column named twice in one header (a page's repeated header run into
    // the block's own: 上一年项目数量 … 上一年项目数量) says the header was
    // misread: neither place is known, so values under it are not placed.
    const times = new Map<ProactiveColumnKey, number>();
    for (const c of columns) if (c !== null) times.set(c, (times.get(c) ?? 0) + 1);
    const named = columns.map((c) => (c !== null && times.get(c) === 1 ? c : null));
    const resolved = resolveRowCells(values, named.length, [], !named.includes(null), budget);
    const note = rowCellsDiagnostic(index, resolved, values, label, { table: '表二', tableEn: 'Table 2 row', path: `proactive.${row}`, n: columns.length });
    if (note) diagnostics.push(note);
    if (filled.length > columns.length && filled.some((c) => c.mayJoinRuns === true)) runsSplit = true;
    const alone = aloneOnLine(index, label, filled);
    if (resolved.kind === 'mismatch' && filled.length < columns.length && filled.some(alone)) linesLost = true;
    if (resolved.kind !== 'aligned' && resolved.kind !== 'split' && resolved.kind !== 'joined') {
      rows.push({ row, label, cells: [] });
      return;
    }
    const aligned = resolved.cells;
    if (resolved.kind === 'aligned' && aligned.some(alone)) digitLineRows.push({ row, label, values: aligned });
    rows.push({ row, label, cells: aligned.map((cell, k) => ({ column: named[k] ?? null, cell, unit: named[k] === 'amount' ? combineUnits(units[k] ?? null, blockUnit) : null })) });
  }

  function unplaced(values: readonly Cell[], where: string, upcoming?: ProactiveRowKey): void {
    // Numbers cut off from their label (a stray line between them) most
    // likely belong to the row read just before, whose values then read
    // blank (or, after a block's header, to the row that comes next): the
    // warning goes on that row's path, so it is not silent there.
    // A row read just before with no value at all (its label, then a page's
    // repeated header, then these numbers) has as good a claim: both paths.
    const last = rows[rows.length - 1];
    const lastEmpty = last !== undefined && last.cells.every(({ cell }) => isBlankCell(cell));
    // …and a row whose label the numbers' own text names (a row of a table
    // the grid stage could not read, left as one cell: `| 规范性文件 | 13 | 0 | 55 |`).
    const named = values.map((c) => namedRow(c.text));
    const near = [...new Set([...(lastEmpty || !upcoming ? [last?.row] : []), upcoming, ...named])].filter((r): r is ProactiveRowKey => r !== undefined);
    const message = `表二中“${where}”处的数值无法对应到模板的行列，未采用：${quoteCells(values)}`;
    const messageEn = `Numbers in table 2 at "${where}" match no template row or column and were not used: ${quoteCells(values)}`;
    const at = spanOfCells(values, values[0] as Cell);
    if (near.length === 0) diagnostics.push(makeDiagnostic(index, 'unplaced-number', 'warning', at, message, messageEn, { raw: quoteCells(values) }));
    for (const row of near) diagnostics.push(makeDiagnostic(index, 'unplaced-number', 'warning', at, message, messageEn, { path: `proactive.${row}`, raw: quoteCells(values) }));
  }
}

/**
 * Places table 2 as read into the paths of a template's layout. A value in a
 * row or column the template does not have is quoted in a
 * `column-unexpected` warning, never dropped silently.
 */
export function placeProactive(read: ReadProactive, layout: ProactiveLayout, index: LineIndex): MappedValues {
  const out = emptyMapped();
  append(out.diagnostics, read.diagnostics);
  const seen = new Set<ProactiveRowKey>();
  for (const { row, label, cells } of read.rows) {
    const columns = layout[row];
    for (const { column, cell, unit } of cells) {
      const path = `proactive.${row}.${column ?? '?'}`;
      if (!columns || column === null || !columns.includes(column)) {
        if (!isBlankCell(cell)) {
          // On the row's path: the other values of a row with a column we
          // could not place may be shifted too.
          out.diagnostics.push(makeDiagnostic(index, 'column-unexpected', 'warning', cell, `表二“${label.text}”行的数值“${cell.text}”不在所识别模板的栏目中，未采用`, `Table 2 value "${cell.text}" in row "${label.text}" is in no column of the detected template; not used`, { path: `proactive.${row}`, raw: cell.text }));
        }
        continue;
      }
      if (seen.has(row) && out.values.has(path)) {
        out.diagnostics.push(makeDiagnostic(index, 'row-duplicate', 'info', cell, `表二“${label.text}”行重复出现，采用第一次出现的数值`, `Table 2 row "${label.text}" appears again; the first is used`, { path }));
        continue;
      }
      readValue(out, index, cell, path, column === 'amount' ? 'money' : 'count', unit ?? null);
    }
    seen.add(row);
  }
  const where = read.rows[0]?.label;
  for (const [row, columns] of Object.entries(layout) as [ProactiveRowKey, readonly ProactiveColumnKey[]][]) {
    if (where && !seen.has(row)) {
      out.diagnostics.push(makeDiagnostic(index, 'row-missing', 'warning', where, `表二缺少“${row}”行，该行数值为空`, `Table 2 row "${row}" not found; its values are null`, { path: `proactive.${row}` }));
    }
    for (const column of columns) {
      const path = `proactive.${row}.${column}`;
      if (!out.values.has(path)) out.values.set(path, null);
    }
  }
  return out;
}

/**
 * The table-2 row a cell's words name, once its digits, pipes and spaces are
 * set aside (`| 规范性文件 | 13 | 0 | 55 |` names 行政规范性文件), or undefined.
 */
function namedRow(text: string): ProactiveRowKey | undefined {
  let words = '';
  for (const ch of text) if (!(ch >= '0' && ch <= '9') && ch !== '|' && ch !== '.' && ch.trim() !== '') words += ch;
  const key = labelKey(words);
  if (key === '' || key.length > MAX_LABEL_KEY_LENGTH) return undefined;
  return matchLabelKey(splitEnumerator(key).core, proactiveRows)?.key;
}

/**
 * A header cell that is several column labels set one space apart, each one
 * we know (`本年制发件数 本年废止件数 现行有效件数`): those columns, in order.
 * Null when any part is no column label — a label spaced out character by
 * character stays one cell.
 */
function columnsSpacedApart(text: string): { readonly key: ProactiveColumnKey }[] | null {
  const parts = text.split(' ').filter((p) => p !== '');
  if (parts.length < 2) return null;
  const named: { readonly key: ProactiveColumnKey }[] = [];
  for (const part of parts) {
    const key = labelKey(part);
    const core = key.length > MAX_LABEL_KEY_LENGTH ? '' : splitEnumerator(key).core;
    const column = core ? matchLabelKey(core, proactiveColumns) : undefined;
    if (!column || headerUnit(core) !== null) return null;
    named.push(column);
  }
  return named;
}
