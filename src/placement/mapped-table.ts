import type { Diagnostic, DiagnosticCode, Severity } from '../model/diagnostic.js';
import type { DiagnosticPath } from '../model/report-path.js';
import type { CellSource, Count } from '../model/report.js';
import type { Cell } from '../grids/grid.js';
import { hasDigit, parseCellValue } from '../grids/parse-cell-value.js';
import { isFoldedSpace, labelKey } from '../text/fold.js';
import { splitEnumerator } from '../templates/label.js';
import type { LineIndex } from '../text/line-index.js';
import { splitGluedDigits, type GluedSearchBudget, type SumConstraint } from './split-glued-digits.js';
import { joinSplitRuns, type RunJoin } from './join-split-runs.js';
import type { HeaderUnit } from './header-unit.js';

/**
 * What a table mapper produces: values by model path, where they came from,
 * and what it could not place. Plain data; the parser merges these.
 */
export interface MappedValues {
  /** Value by full model path, e.g. `applications.total.total`. */
  readonly values: Map<string, Count>;
  /** Source cell by full model path. */
  readonly sources: Map<string, CellSource>;
  /** Diagnostics, in input order. */
  readonly diagnostics: Diagnostic[];
}

/** A fresh, empty {@link MappedValues}. */
export function emptyMapped(): MappedValues {
  return { values: new Map(), sources: new Map(), diagnostics: [] };
}

/** Builds a diagnostic at a cell or span. */
export function makeDiagnostic(
  index: LineIndex,
  code: DiagnosticCode,
  severity: Severity,
  at: { start: number; end: number },
  message: string,
  messageEn: string,
  extra: { path?: string; raw?: string } = {},
): Diagnostic {
  // Paths are built from template keys as strings; the schema test checks
  // that every path a diagnostic carries is a DiagnosticPath.
  return { code, severity, message, messageEn, span: index.spanOf(at.start, at.end), ...(extra as { path?: DiagnosticPath; raw?: string }) };
}

/** How a value is read: a count (件) or an amount of money (万元). */
export type ValueKind = 'count' | 'money';

const COUNT_UNITS = new Set(['件', '件次', '人次', '个', '项', '条', '次', '家', '宗', '笔']);

/**
 * Reads one value cell into `out` at `path`: the number, or null with a
 * diagnostic (blank, unreadable, unit it cannot convert). Money in 元 is
 * converted to 万元 and said so — whether the cell says 元 or its column's
 * header does (`采购总金额（元）`). A cell whose unit contradicts its header's
 * is null with `cell-unit-conflict`: either could be the mistake. Returns
 * the value it stored.
 */
export function readValue(out: MappedValues, index: LineIndex, cell: Cell, path: string, kind: ValueKind, header: HeaderUnit | null = null): Count {
  const parsed = parseCellValue(cell.text);
  // Two literal shapes rather than a spread: one object per cell, not three.
  const span = index.spanOf(cell.start, cell.end);
  out.sources.set(path, cell.pieces ? { raw: cell.text, span, pieces: cell.pieces.map((p) => index.spanOf(p.start, p.end)) } : { raw: cell.text, span });
  let value: Count = null;
  switch (parsed.kind) {
    case 'blank':
      out.diagnostics.push(makeDiagnostic(index, 'cell-blank', 'info', cell, `单元格为空，按空值（null）处理，不按0处理：${path}`, `Blank cell read as null, not 0: ${path}`, { path }));
      break;
    case 'placeholder':
      break;
    case 'text':
      out.diagnostics.push(makeDiagnostic(index, 'cell-unreadable', 'error', cell, `无法读取的数值“${cell.text}”：${path}`, `Unreadable value "${cell.text}": ${path}`, { path, raw: cell.text }));
      break;
    case 'number': {
      value = parsed.value;
      const cellMoney = parsed.unit === '元' || parsed.unit === '万元' ? parsed.unit : null;
      if (kind === 'money' && header !== null && (header === 'conflict' || (cellMoney !== null && cellMoney !== header))) {
        value = null;
        const said = header === 'conflict' ? '表头所注单位前后不一' : `表头单位为“${header}”，单元格写作“${cell.text}”`;
        const saidEn = header === 'conflict' ? 'the header states two different units' : `the header states ${header}, the cell ${cell.text}`;
        out.diagnostics.push(makeDiagnostic(index, 'cell-unit-conflict', 'error', cell, `金额单位不一致（${said}），无法确定数值，按空值处理：${path}`, `Units disagree (${saidEn}); value read as null: ${path}`, { path, raw: cell.text }));
        break;
      }
      if (kind === 'money' && header === '元' && parsed.unit === null) {
        value = Number((parsed.value / 10000).toFixed(10));
        out.diagnostics.push(makeDiagnostic(index, 'cell-unit', 'info', cell, `表头注明金额单位为“元”，已换算为万元：${cell.text} → ${value}`, `The header states amounts in 元; converted to 万元: ${cell.text} → ${value}`, { path, raw: cell.text }));
      } else if (parsed.unit !== null) {
        if (kind === 'money' && parsed.unit === '元') {
          value = Number((parsed.value / 10000).toFixed(10));
          out.diagnostics.push(makeDiagnostic(index, 'cell-unit', 'info', cell, `金额以“元”填写，已换算为万元：${cell.text} → ${value}`, `Amount written in 元, converted to 万元: ${cell.text} → ${value}`, { path, raw: cell.text }));
        } else if (kind === 'money' ? parsed.unit !== '万元' : !COUNT_UNITS.has(parsed.unit)) {
          value = null;
          out.diagnostics.push(makeDiagnostic(index, 'cell-unreadable', 'error', cell, `单位“${parsed.unit}”与该栏不符：${cell.text}（${path}）`, `Unit "${parsed.unit}" does not fit this column: ${cell.text} (${path})`, { path, raw: cell.text }));
        }
      }
      if (parsed.note !== null && value !== null) {
        out.diagnostics.push(makeDiagnostic(index, 'cell-note', 'info', cell, `单元格含附注，取其数值${value}，附注：${parsed.note}`, `Cell has a note; read ${value}, note: ${parsed.note}`, { path, raw: cell.text }));
      }
      break;
    }
  }
  out.values.set(path, value);
  return value;
}

/** Longest text with digits that we still take for a (bad) value rather than a label. */
const MAX_VALUE_TEXT = 12;

/**
 * True for a cell that stands where a value stands: a number, a placeholder,
 * a blank — or short text with a digit and no enumerator (`约5`, `5件左右`),
 * which is an unreadable value, not a row label. Keeping such a cell among
 * the values keeps the row's count right, so the other values are still read.
 */
export function isValueLike(text: string): boolean {
  const kind = parseCellValue(text).kind;
  if (kind !== 'text') return true;
  return isValueLikeKey(labelKey(text));
}

/** {@link isValueLike} for a text cell, from its label key (for a caller that has it already). */
export function isValueLikeKey(key: string): boolean {
  return key.length <= MAX_VALUE_TEXT && hasDigit(key) && splitEnumerator(key).enumerator === '';
}

/**
 * True for a cell with nothing in it: what {@link parseCellValue} calls
 * blank, a key with nothing left once white space is taken out — so every
 * unit is white space as folding sees it. Told at the first unit that is
 * not (a digit, mostly): the mappers ask this of every value cell several
 * times, and the full reading would fold and copy it each time.
 */
export function isBlankCell(cell: Cell): boolean {
  const text = cell.text;
  for (let i = 0; i < text.length; i++) if (!isFoldedSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A non-blank cell that reads as neither a number nor a placeholder. */
function isTextCell(cell: Cell): boolean {
  const kind = parseCellValue(cell.text).kind;
  return kind !== 'blank' && kind !== 'number' && kind !== 'placeholder';
}

/**
 * Aligns the value cells that follow a row label to `n` columns, or returns
 * null when that cannot be done with certainty:
 * - exactly `n` non-blank cells: they are the values, and the blank cells
 *   around and between them are layout (rowspans shift cells in copied
 *   tables);
 * - else exactly `n` cells once leading and trailing blanks are dropped:
 *   blanks between values are blank values (null).
 * - else, for rows a recognizer marked `exactRow` (rendered from HTML), exactly
 *   `n` cells, blanks at the edges included.
 * Anything else — too few values with blanks that could sit in any column,
 * or too many — is ambiguous, and we do not guess. So is a reading that
 * counts a text cell as a value when the cells without it align too: the
 * text may be a stray line (a header repeated after a page break) standing
 * in for a blank value, and both readings have `n` cells — or, one cell per
 * line, where blanks leave no line, any reading that counts a text cell.
 */
export function alignRowCells(cells: readonly Cell[], n: number): Cell[] | null {
  const aligned = alignByRules(cells, n);
  if (aligned === null || !aligned.some(isTextCell)) return aligned;
  // One cell per line (a crawler's text nodes, lynx): a blank cell leaves no
  // line, so a stray text line may stand in for a dropped blank, and the
  // values after it would sit one column off. Only the count says where each
  // value goes there, and the count is what the stray line disturbed.
  if (aligned.some((c) => c.mayJoinRuns === true)) return null;
  return alignByRules(cells.filter((c) => !isTextCell(c)), n) === null ? aligned : null;
}

function alignByRules(cells: readonly Cell[], n: number): Cell[] | null {
  // One cell per line with blank cells written out (LibreOffice's text export: a
  // no-break-space line): every line is a cell, so a blank is a value and the count
  // is exact. A row with more lines than columns has a line too many (a line
  // doubled, a stray line), and dropping its blank would move a value into the
  // blank's column: which line is extra only the count could tell.
  if (cells.length !== n && cells.some(isBlankCell) && cells.every((c) => c.exactRow === true) && cells.some((c) => c.mayJoinRuns === true)) return null;
  const filled = cells.filter((c) => !isBlankCell(c));
  if (filled.length === n) return filled;
  let s = 0;
  let e = cells.length;
  while (s < e && isBlankCell(cells[s] as Cell)) s++;
  while (e > s && isBlankCell(cells[e - 1] as Cell)) e--;
  if (e - s === n) return cells.slice(s, e);
  // Rows known to be exact (from HTML): n cells are n values, blanks included.
  if (cells.length === n && cells.every((c) => c.exactRow === true)) return [...cells];
  return null;
}

/** A short quote of cells for a diagnostic: `12 | 0 | 3`. */
export function quoteCells(cells: readonly Cell[]): string {
  const q = cells.map((c) => c.text || '∅').join(' | ');
  return q.length > 200 ? `${q.slice(0, 200)}…` : q;
}

/** The span covering a list of cells (or an anchor cell when the list is empty). */
export function spanOfCells(cells: readonly Cell[], fallback: Cell): { start: number; end: number } {
  if (cells.length === 0) return fallback;
  return { start: (cells[0] as Cell).start, end: (cells[cells.length - 1] as Cell).end };
}

/** How a row's value cells were matched to its columns. */
export type RowCells =
  /** One cell per column, as written (blank cells are blank values). */
  | { readonly kind: 'aligned'; readonly cells: readonly Cell[] }
  /** Glued digits split the one way the arithmetic allows; cells are parts of the runs. */
  | { readonly kind: 'split'; readonly cells: readonly Cell[] }
  /** Digit runs joined the one way the arithmetic allows; a joined cell lists its `pieces`. */
  | { readonly kind: 'joined'; readonly cells: readonly Cell[] }
  /** Glued digits that split in several ways (listed in `splits` when all were found), none, or too many to try. */
  | { readonly kind: 'glued'; readonly why: 'ambiguous' | 'none' | 'too-many'; readonly count: number; readonly splits: readonly (readonly Cell[])[] }
  /**
   * More bare digit lines than columns (a number split over `<span>` runs, one
   * DOM text node per line) that join in several ways, or cannot be
   * checked: never read.
   */
  | { readonly kind: 'runs'; readonly join: Exclude<RunJoin, { kind: 'none' }> | { readonly kind: 'no-arithmetic' }; readonly joined: readonly string[] }
  /** Too many or too few cells, and not glued digits. */
  | { readonly kind: 'mismatch' };

const DIGIT_RUN = /^[+-]?\d+$/;

/**
 * Matches a row's value cells to `n` columns: {@link alignRowCells} when the
 * cells can be aligned; otherwise, when every cell is a bare digit run that
 * its recognizer marked `mayJoinValues`, with fewer cells than columns, the
 * unique split of the runs that satisfies the given sums (see
 * `splitGluedDigits`). Separate cells are never split: a missing value is
 * missing, not glued.
 */
export function resolveRowCells(
  values: readonly Cell[],
  n: number,
  constraints: readonly SumConstraint[],
  allowSplit = true,
  budget?: GluedSearchBudget,
): RowCells {
  const aligned = alignRowCells(values, n);
  if (aligned) return { kind: 'aligned', cells: aligned };
  if (!allowSplit) return { kind: 'mismatch' };
  const filled = values.filter((c) => !isBlankCell(c));
  // Twice (or k times) as many runs as values is also k rows run on, one
  // value of each in turn: joining them in pairs (10a + b) keeps every row
  // sum, so the arithmetic cannot tell; the row-count rule says so.
  if (filled.length > n && filled.length % n !== 0 && filled.every((c) => c.mayJoinRuns === true)) {
    if (constraints.length === 0) return { kind: 'runs', join: { kind: 'no-arithmetic' }, joined: [] };
    const join = joinSplitRuns(filled.map((c) => c.text), n, constraints, budget);
    // No joining adds up: not runs of split numbers (numbers of rows run on, pdftotext): the row count rule says so.
    if (join.kind === 'none') return { kind: 'mismatch' };
    if (join.kind === 'unique') {
      const cells = join.groups.map((g): Cell => {
        const runs = filled.slice(g.from, g.to);
        if (runs.length === 1) return runs[0] as Cell;
        return { text: runs.map((c) => c.text).join(''), start: (runs[0] as Cell).start, end: (runs[runs.length - 1] as Cell).end, pieces: runs.map((c) => ({ start: c.start, end: c.end })) };
      });
      return { kind: 'joined', cells };
    }
    return { kind: 'runs', join, joined: [] };
  }
  const glued = filled.every((c) => c.mayJoinValues === true && DIGIT_RUN.test(c.text));
  if (filled.length === 0 || filled.length >= n || !glued) return { kind: 'mismatch' };
  const split = splitGluedDigits(filled.map((c) => ({ text: c.text, start: c.start })), n, constraints, budget);
  if (split.kind === 'unique') {
    return { kind: 'split', cells: split.parts.map((p) => ({ text: p.raw, start: p.start, end: p.start + p.raw.length })) };
  }
  if (split.kind === 'ambiguous') {
    const splits = split.splits.map((parts) => parts.map((p) => ({ text: p.raw, start: p.start, end: p.start + p.raw.length })));
    return { kind: 'glued', why: 'ambiguous', count: split.count, splits };
  }
  return { kind: 'glued', why: split.kind, count: 0, splits: [] };
}

/** The diagnostics for a row read by {@link resolveRowCells} other than aligned. */
export function rowCellsDiagnostic(
  index: LineIndex,
  resolved: RowCells,
  values: readonly Cell[],
  label: Cell,
  where: { table: string; tableEn: string; path: string; n: number },
): Diagnostic | null {
  // Most rows are aligned: nothing to say, and nothing to quote.
  if (resolved.kind === 'aligned') return null;
  const filled = values.filter((c) => !isBlankCell(c));
  const quoted = quoteCells(values);
  const at = spanOfCells(values, label);
  switch (resolved.kind) {
    case 'split':
      return makeDiagnostic(index, 'cell-split', 'info', at, `${where.table}“${label.text}”的数字粘连在一起（${quoted}），按模板勾稽关系只有一种拆分：${resolved.cells.map((c) => c.text).join(' | ')}`, `${where.tableEn} "${label.text}": digits run together (${quoted}); the template arithmetic allows one split only: ${resolved.cells.map((c) => c.text).join(' | ')}`, { path: where.path, raw: quoted });
    case 'joined':
      return makeDiagnostic(index, 'cell-joined', 'info', at, `${where.table}“${label.text}”的数字分在多行（${quoted}），按模板勾稽关系只有一种合并：${resolved.cells.map((c) => c.text).join(' | ')}`, `${where.tableEn} "${label.text}": numbers split over lines (${quoted}); the template arithmetic allows one joining only: ${resolved.cells.map((c) => c.text).join(' | ')}`, { path: where.path, raw: quoted });
    case 'glued': {
      const why = resolved.why === 'ambiguous' ? `有${resolved.count}种以上拆分均符合勾稽关系` : resolved.why === 'none' ? '没有符合勾稽关系的拆分' : '可能的拆分过多';
      const whyEn = resolved.why === 'ambiguous' ? `${resolved.count} or more splits fit the arithmetic` : resolved.why === 'none' ? 'no split fits the arithmetic' : 'too many possible splits to try';
      return makeDiagnostic(index, 'cell-glued', 'error', at, `${where.table}“${label.text}”的数字粘连在一起（${quoted}），${why}，无法确定各数值，该行按空值处理`, `${where.tableEn} "${label.text}": digits run together (${quoted}); ${whyEn}; values read as null`, { path: where.path, raw: quoted });
    }
    case 'runs': {
      const join = resolved.join;
      const [why, whyEn] =
        join.kind === 'ambiguous' ? ['合并方式不唯一', 'several joinings add up']
        : join.kind === 'no-arithmetic' ? ['无勾稽关系可核对', 'no sums to check']
        : ['合并方式过多', 'too many joinings'];
      return makeDiagnostic(index, 'row-runs-split', 'error', at, `${where.table}“${label.text}”有${filled.length}行数字，应为${where.n}个；${why}，按空值处理：${quoted}`, `${where.tableEn} "${label.text}": ${filled.length} digit lines for ${where.n} values; ${whyEn}; null: ${quoted}`, { path: where.path, raw: quoted });
    }
    case 'mismatch': {
      // One digit line per value (a crawler's text nodes): a blank <td> leaves no line, and a
      // crawler that stores a run of identical lines once leaves one line for 0 | 0 | 0. A run
      // of zeros stored once reads exactly as blanks dropped, so run lengths are never guessed.
      const short = filled.length > 0 && filled.length < where.n && filled.every((c) => c.mayJoinRuns === true);
      const why = short ? '（或为空白单元格，或为相同数值只存一行）' : '';
      const whyEn = short ? ' (blank cells or equal values stored once)' : '';
      // Every cell on its own line, blanks written out: the count of lines is what is off.
      if (filled.length === where.n && values.length !== where.n) {
        const blanks = values.length - filled.length;
        return makeDiagnostic(index, 'row-value-count', 'error', at, `${where.table}“${label.text}”有${values.length}个单元格（含${blanks}个空白），应为${where.n}个，无法确定哪一个多余，按空值处理：${quoted}`, `${where.tableEn} "${label.text}" has ${values.length} cells (${blanks} blank) where ${where.n} are expected; cannot tell which one is extra, read as null: ${quoted}`, { path: where.path, raw: quoted });
      }
      return makeDiagnostic(index, 'row-value-count', 'error', at, `${where.table}“${label.text}”有${filled.length}个数值，应为${where.n}个，无法确定各数值所属的列${why}，按空值处理：${quoted}`, `${where.tableEn} "${label.text}" has ${filled.length} values where ${where.n} are expected; cannot tell their columns${whyEn}, read as null: ${quoted}`, { path: where.path, raw: quoted });
    }
  }
}
