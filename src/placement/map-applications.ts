import type { Count } from '../model/report.js';
import type { Cell } from '../grids/grid.js';
import { hasDigit, parseCellValue } from '../grids/parse-cell-value.js';
import { labelKey } from '../text/fold.js';
import type { LineIndex } from '../text/line-index.js';
import {
  applicantColumns,
  applicantHeaderLabels,
  applicationGroups,
  applicationRowPaths,
  applicationRows,
  type ApplicationGroupKey,
  cellPaths,
} from '../templates/applications-table.js';
import { MAX_LABEL_KEY_LENGTH, matchLabelKey, splitEnumerator } from '../templates/label.js';
import { applicantRowConstraints, GLUED_TABLE_BUDGET, type GluedSearchBudget } from './split-glued-digits.js';
import { resolveAmbiguousRows, type AmbiguousRow } from './resolve-ambiguous-rows.js';
import { BALANCE_ROWS, checkColumnRelations } from '../templates/applications-relations.js';
import { fillRowGaps, type FilledGap, type GapEvent } from './fill-row-gaps.js';
import { aloneOnLine } from './one-value-a-line.js';
import { balanceSuspects, findContradictedRows, uncheckedColumns } from './contradicted-rows.js';
import { readingsOfRows, readRowsInSequence, type SequenceReading } from './read-rows-in-sequence.js';
import type { Diagnostic } from '../model/diagnostic.js';
import {
  emptyMapped,
  resolveRowCells,
  rowCellsDiagnostic,
  isBlankCell,
  isValueLikeKey,
  makeDiagnostic,
  quoteCells,
  readValue,
  spanOfCells,
  type MappedValues,
} from './mapped-table.js';
import { append } from '../model/append.js';

/** The result of mapping table 3: values plus how （六） was laid out. */
export interface MappedApplications extends MappedValues {
  /** `undivided` when the table has one （六）其他处理 row. */
  readonly otherHandling: 'divided' | 'undivided';
  /**
   * Whether the table showed how it lays out （六）: a row of it read, or
   * standing blank. When not (its rows lost with their blank cells, say),
   * `otherHandling` is only the mapper's default, no evidence of a template.
   */
  readonly otherHandlingSeen: boolean;
  /** Whether any row of the table was recognized. */
  readonly found: boolean;
}

/** Where the scanner is in table 3. */
type Anchor =
  | { readonly kind: 'row'; readonly path: string; readonly cell: Cell }
  | { readonly kind: 'group'; readonly key: ApplicationGroupKey; readonly cell: Cell }
  | { readonly kind: 'unknown'; readonly cell: Cell }
  | { readonly kind: 'header'; readonly cell: Cell };

/** Combinations of gap readings the column relations choose among at most. */
const MAX_GAP_COMBINATIONS = 256;

/** How many label fragments (lines of one broken label) we join at most. */
const MAX_FRAGMENTS = 3;

/** Longest wrapped tail of a row label we let stand for the label above. */
const MAX_TAIL = 24;

/** Header rows are matched without 其他/总计, which are also row labels. */
const headerRowEntries = applicationRows.filter((r) => !r.exact);
const columnCount = applicantColumns.length;

/** Each row's place in the template, the later of its two layouts' (built once). */
let ROW_RANKS: ReadonlyMap<string, number> | undefined;
function rowRanks(): ReadonlyMap<string, number> {
  if (!ROW_RANKS) {
    const rank = new Map<string, number>();
    for (const layout of ['divided', 'undivided'] as const) applicationRowPaths(layout).forEach((p, k) => rank.set(p, Math.max(rank.get(p) ?? 0, k)));
    ROW_RANKS = rank;
  }
  return ROW_RANKS;
}

/**
 * Maps the cells of table 3, in reading order, to model paths. Rows are
 * anchored by their labels, never by where a cell sits in a line: the cells
 * between one row label and the next are that row's values, aligned to the
 * seven applicant columns by {@link alignRowCells}. A row whose values cannot
 * be aligned is null with a `row-value-count` error that quotes its cells;
 * numbers under no known label are `unplaced-number` warnings.
 */
export function mapApplications(cells: readonly Cell[], index: LineIndex): MappedApplications {
  const out = emptyMapped();
  /** One search budget for all glued rows of the table. */
  const budget: GluedSearchBudget = { remaining: GLUED_TABLE_BUDGET };
  const read = new Map<string, (number | null)[]>();
  const blankRows = new Set<string>();
  const conflicts = new Set<string>();
  let inBody = false;
  let anchor: Anchor | null = null;
  let pending: Cell[] = [];
  /** How many of the pending cells are not blank (kept, not counted again: linear). */
  let pendingFilled = 0;
  /** Whether the last label cell was a header word (自然人 … 其他): bare 其他/总计 after it are header words too. */
  let lastLabelWasHeader = false;
  /** Keys of the label cells just before, that matched nothing; reset by any value. */
  let fragments: string[] = [];
  /** Rows followed by the numbers of several rows (their labels printed elsewhere). */
  const runOns: { rowPath: string; label: Cell; cells: readonly Cell[]; note: Diagnostic }[] = [];
  /** Labelled rows and loose runs of seven, in input order, with the diagnostic each raised: for filling gaps. */
  const events: GapEvent[] = [];
  const eventNotes: (Diagnostic | null)[] = [];
  /** Rows whose cells were all there and all blank: read as blank, not open to numbers found elsewhere. */
  const blankCellRows = new Set<string>();
  /** Rows read from one bare digit line per value (a crawler's text nodes): a failing row sum refuses them (see findContradictedRows). */
  const rowsOfDigitLines = new Set<string>();
  /** Rows read by joining split runs or splitting glued digits: the reading that makes the row sum hold. */
  const rowsChosenBySum = new Set<string>();
  /** Whether a row of bare digit lines came short of the columns (blank cells or equal values stored once). */
  let digitLinesLost = false;
  /** Rows whose glued digits fit their row sum in several ways. */
  const ambiguous: (AmbiguousRow & { note: Diagnostic; label: Cell; values: readonly Cell[] })[] = [];
  /** Row labels in input order, and whether numbers followed each (a bare label: none, not even blank cells). */
  const labelLog: { path: string; label: Cell; bare: boolean }[] = [];

  // Indexed: a for-of allocates per cell until the loop is optimized.
  for (let at = 0; at < cells.length; at++) {
    const cell = cells[at] as Cell;
    // Each cell read once: its value kind, and for text its label key (what
    // isValueLike and isBlankCell would each compute again).
    const kind = parseCellValue(cell.text).kind;
    const key = kind === 'text' ? labelKey(cell.text) : '';
    // A value, a blank or a placeholder; or, in the table's body, a text that reads as one (1.5万).
    if (kind !== 'text' || (inBody && isValueLikeKey(key))) {
      pending.push(cell);
      if (kind !== 'blank') {
        fragments = [];
        pendingFilled++;
      }
      continue;
    }
    let next = classify(key, cell);
    if (next.kind === 'unknown' || next.kind === 'header') {
      // A label broken mid-word over lines (逾期不补 / 正、行政机关…): try it
      // joined to the unmatched fragments just before it.
      const joined = joinFragments(key);
      if (joined) next = { ...joined, cell };
    }
    fragments = next.kind === 'unknown' || next.kind === 'header' ? [...fragments.slice(-(MAX_FRAGMENTS - 1)), key] : [];
    lastLabelWasHeader = next.kind === 'header';
    if (next.kind === 'header' && inBody && anchor?.kind === 'row' && pendingFilled === 0) {
      // A header repeated after a page break between a row's label and its
      // numbers (5.属于三类内部事务信息 / 商业企业 … 其他 / 1 41 1 …): the
      // row's numbers still follow.
      continue;
    }
    if (next.kind === 'unknown' && isLabelTail(key)) {
      // The rest of the label above, wrapped before its numbers
      // (（二）部分公开（区分处理的，只计这一情 / 计其他情形） / 4 0 0 …): keep the anchor.
      continue;
    }
    flush();
    anchor = next;
    if (next.kind === 'row' || next.kind === 'group') inBody = true;
  }
  flush();
  refuseStrayTotal();
  const labelsScrambled = refuseRowsUnderLabelBlocks();

  const divided = ['noCorrection', 'unpaidFee', 'other'].some((k) => read.has(`otherHandling.${k}`) || blankRows.has(`otherHandling.${k}`));
  const undivided = (read.has('otherHandling.total') || blankRows.has('otherHandling.total')) && !divided;
  const layout = undivided ? 'undivided' : 'divided';
  if (!undivided && read.has('otherHandling.total')) {
    // Both layouts at once: keep the divided rows, and say the undivided row was not placed.
    for (const col of applicantColumns) out.values.delete(`applications.otherHandling.total.${col.key}`);
  }
  resolveByColumns(layout);
  placeDetachedRows(layout);
  fillGaps(layout);
  refuseContradictedRows(layout);
  if (out.diagnostics.some((d) => d.severity !== 'info')) {
    // Labels did not give every row: the order of the numbers may (pdftotext without -layout).
    const sequence = readRowsInSequence(cells);
    if (sequence && agreesWithRead(sequence)) return fromSequence(sequence, index);
  }
  warnUncheckedRows(layout);
  warnContradictedBalance((p) => labelsScrambled || rowsOfDigitLines.has(p) || rowsChosenBySum.has(p));
  const found = read.size > 0 || blankRows.size > 0;
  if (found) {
    const where = cells[0] ?? { start: 0, end: 0, text: '' };
    // Numbers not placed: unplaced, in a row of the wrong count, or in a
    // repeated row refused for its conflict (a stray 总计 line takes the
    // numbers of the row under it).
    const numbersLeft = out.diagnostics.some((d) => d.code === 'row-value-count' || d.code === 'row-runs-split' || d.code === 'unplaced-number' || d.code === 'row-conflict');
    // No row of （六） at all: which layout it has is not known, so it is
    // missing as a group, not as the three rows of the layout assumed here.
    let groupMissingSaid = false;
    for (const rowPath of applicationRowPaths(layout)) {
      if (read.has(rowPath) || conflicts.has(rowPath)) continue;
      const full = `applications.${rowPath}`;
      for (const p of cellPaths(rowPath)) out.values.set(p, null);
      if (!divided && !undivided && rowPath.startsWith('otherHandling.')) {
        if (!groupMissingSaid) out.diagnostics.push(makeDiagnostic(index, 'row-missing', 'warning', where, '表三缺少“（六）其他处理”（未见其任何一行，不知其分为三行还是一行），其数值为空', 'Table 3 has no row of （六）其他处理 (none of its rows was seen, so whether it has three rows or one is not known); its values are null', { path: 'applications.otherHandling' }));
        groupMissingSaid = true;
        continue;
      }
      // A missing row of （六）其他处理 leaves the group's layout (divided into
      // three rows, or one undivided row) in doubt, and with it which paths
      // exist: the warning names the group, so it covers the other layout's paths too.
      const warnPath = rowPath.startsWith('otherHandling.') ? 'applications.otherHandling' : full;
      if (blankRows.has(rowPath) && !blankCellRows.has(rowPath) && numbersLeft) {
        // A label with no numbers after it, while numbers stand unplaced elsewhere: its numbers may be those.
        out.diagnostics.push(makeDiagnostic(index, 'row-missing', 'warning', where, `表三“${rowLabel(rowPath)}”行的标签后没有数值，而表中另有无法归位的数值，该行数值为空`, `Table 3 row "${rowLabel(rowPath)}" has no numbers after its label while numbers elsewhere in the table could not be placed; its values are null`, { path: warnPath }));
      } else if (blankRows.has(rowPath)) {
        out.diagnostics.push(makeDiagnostic(index, 'cell-blank', 'info', where, `表三“${rowPath}”行全部为空，按空值处理`, `Table 3 row ${rowPath} is blank; read as null`, { path: full }));
      } else {
        out.diagnostics.push(makeDiagnostic(index, 'row-missing', 'warning', where, `表三缺少“${rowLabel(rowPath)}”行，该行数值为空`, `Table 3 row "${rowLabel(rowPath)}" not found; its values are null`, { path: warnPath }));
      }
    }
  }
  return { values: out.values, sources: out.sources, diagnostics: out.diagnostics, otherHandling: layout, otherHandlingSeen: divided || undivided, found };

  function classify(key: string, cell: Cell): Anchor {
    if (key.length > MAX_LABEL_KEY_LENGTH) return { kind: 'unknown', cell };
    const { enumerator, core } = splitEnumerator(key);
    // A label has no digits but its enumerator: 本年度新收政府信息公开申请3694件，上年结转170件 is prose.
    if (hasDigit(core)) return { kind: 'unknown', cell };
    // Bare 其他 and 总计 right after a header word are header words again (a
    // header repeated after a page break), not the rows 3.其他 and （七）总计.
    const afterHeader = lastLabelWasHeader && pendingFilled === 0;
    const rows = inBody && !(afterHeader && enumerator === '') ? applicationRows : headerRowEntries;
    const row = matchLabelKey(core, rows);
    if (row) return { kind: 'row', path: row.path, cell };
    const group = matchLabelKey(core, applicationGroups);
    if (group) return { kind: 'group', key: group.key, cell };
    if (matchLabelKey(core, applicantColumns) || matchLabelKey(core, applicantHeaderLabels)) return { kind: 'header', cell };
    return inBody ? { kind: 'unknown', cell } : { kind: 'header', cell };
  }

  /** A fragment that can only continue the row label just read: no enumerator, no digits, no values read yet. */
  function isLabelTail(key: string): boolean {
    if (!anchor || anchor.kind !== 'row' || pendingFilled > 0) return false;
    return splitEnumerator(key).enumerator === '' && !hasDigit(key) && key.length <= MAX_TAIL;
  }

  /**
   * pdftotext prints some labels apart from their numbers: the numbers of k
   * rows run on under the row above. They are placed in template order only
   * when the k−1 rows that follow it were not read, each of their labels
   * stands in the table with no numbers, the row above it was read or has
   * no label standing alone, and every run of seven numbers adds up to its
   * 总计.
   */
  function placeDetachedRows(layout: 'divided' | 'undivided'): void {
    const order: readonly string[] = applicationRowPaths(layout);
    for (const run of runOns) {
      const k = run.cells.length / columnCount;
      const at = order.indexOf(run.rowPath);
      const rows = order.slice(at, at + k);
      if (at < 0 || rows.length !== k) continue;
      if (rows.slice(1).some((r) => read.has(r) || !blankRows.has(r))) continue;
      // The row above also stands with no numbers: the labels came as a block (pdftotext's
      // default order prints a column of labels, then the numbers), and the numbers under the
      // block's last label may be any of the rows below it — or the block's own, printed later.
      const above = at > 0 ? (order[at - 1] as string) : null;
      if (above !== null && !read.has(above) && blankRows.has(above)) continue;
      const chunks = rows.map((_, j) => run.cells.slice(j * columnCount, (j + 1) * columnCount));
      const sums = chunks.every((chunk) => {
        const v = chunk.map((c) => parseCellValue(c.text));
        if (!v.every((x) => x.kind === 'number')) return false;
        const n = v.map((x) => (x.kind === 'number' ? x.value : 0));
        return n.slice(0, 6).reduce((a, b) => a + b, 0) === n[6];
      });
      // …and read row by row only: not also, column by column, as other numbers that add up.
      if (!sums || readingsOfRows(run.cells)?.length !== 1) continue;
      rows.forEach((rowPath, j) => {
        const full = `applications.${rowPath}`;
        (chunks[j] as Cell[]).forEach((cell, c) => readValue(out, index, cell, (cellPaths(rowPath)[c] as string), 'count'));
        read.set(rowPath, cellPaths(rowPath).map((p) => out.values.get(p) ?? null));
        blankRows.delete(rowPath);
      });
      const placed = rows.map(rowLabel).join('、');
      const note = out.diagnostics.indexOf(run.note);
      const replaced = makeDiagnostic(index, 'row-detached', 'info', spanOfCells(run.cells, run.label), `表三“${run.label.text}”下有${k}行数值，其后${k - 1}行的标签与数值分离（另处出现、无数值），按模板行序归位并经各行合计核对：${placed}`, `Table 3 row "${run.label.text}" is followed by ${k} rows of numbers; the labels of the ${k - 1} rows after it stand elsewhere with no numbers; placed in template order, each row's sum checked: ${rows.join(', ')}`, { path: `applications.${run.rowPath}`, raw: quoteCells(run.cells) });
      if (note >= 0) out.diagnostics[note] = replaced;
    }
  }

  /**
   * （七）总计 is the last result row: a 总计 label followed by the labels of
   * result rows read with their numbers stands out of the template's order — a stray 总计 line, or a
   * 总计 a converter set apart — and the numbers after it may be the next
   * row's. Its reading is refused: null, with `row-conflict` on its path.
   */
  function refuseStrayTotal(): void {
    const at = events.findIndex((e) => e.kind === 'row' && e.path === 'total');
    if (at < 0) return;
    // Labels printed apart from their numbers (pdftotext puts a rowspan
    // group's labels after the table) are no evidence: a later result row
    // must have been read with numbers.
    const readWithNumbers = (p: string): boolean => read.get(p)?.some((v) => v !== null) ?? false;
    if (!readWithNumbers('total') || !events.slice(at + 1).some((e) => e.kind === 'row' && e.path !== 'total' && e.path !== 'carriedForward' && readWithNumbers(e.path))) return;
    const values = read.get('total') as (number | null)[];
    read.set('total', applicantColumns.map(() => null));
    for (const col of applicantColumns) {
      out.values.set(`applications.total.${col.key}`, null);
      out.sources.delete(`applications.total.${col.key}`);
    }
    const quoted = values.join(' | ');
    out.diagnostics.push(makeDiagnostic(index, 'row-conflict', 'error', cells[0] ?? { start: 0, end: 0 }, `表三“总计”之后仍有结果行，不合行序，不采用：${quoted}`, `Table 3 总计 is followed by result rows, out of order; not used: ${quoted}`, { path: 'applications.total', raw: quoted }));
  }

  /**
   * Fills the gaps between labelled rows with loose runs of seven numbers
   * ({@link fillRowGaps}), then checks the column relations over the whole
   * table: if one that can be checked fails, nothing is filled.
   */
  /**
   * pdftotext's default order prints a block of row labels and then numbers,
   * and may print a label after rows that come later in the template (3.其他
   * after 四、结转下年度继续办理). When a bare label stands out of template
   * order, the labels are not where their numbers are: numbers right under
   * the last label of a block (a bare label just before it) may be any row's
   * below. Such rows are null with an error on each. Without a displaced
   * label (a crawler dropping a blank row's cells), labels are trusted.
   */
  function refuseRowsUnderLabelBlocks(): boolean {
    const rank = rowRanks();
    let highest = -1;
    let displaced: (typeof labelLog)[number] | null = null;
    for (const entry of labelLog) {
      const r = rank.get(entry.path) ?? -1;
      if (entry.bare && r < highest && !displaced) displaced = entry;
      if (r > highest) highest = r;
    }
    if (!displaced) return false;
    for (let k = 1; k < labelLog.length; k++) {
      const entry = labelLog[k] as (typeof labelLog)[number];
      if (entry.bare || !(labelLog[k - 1] as (typeof labelLog)[number]).bare || conflicts.has(entry.path)) continue;
      const full = `applications.${entry.path}`;
      if (!cellPaths(entry.path).some((p) => (out.values.get(p) ?? null) !== null)) continue;
      const raw = cellPaths(entry.path).map((p) => String(out.values.get(p) ?? '∅')).join(' | ');
      const at = refuseRow(entry.path) ?? entry.label;
      out.diagnostics.push(makeDiagnostic(index, 'row-out-of-place', 'error', at, `表三行标签成组排列且顺序与模板不符（“${rowLabel(displaced.path)}”出现在后面的行之后），“${rowLabel(entry.path)}”标签下的数值可能属于下方其他行，按空值处理：${raw}`, `Table 3 row labels stand in a block and out of template order ("${displaced.path}" after rows that follow it): the numbers under ${entry.path}'s label may be another row's below; null: ${raw}`, { path: full, raw }));
    }
    return true;
  }

  /**
   * Makes a placed row null and takes its sources away; returns the span its
   * cells covered, for the diagnostic that says why (so no number of the row
   * is dropped without a word).
   */
  function refuseRow(rowPath: string): { start: number; end: number } | null {
    const full = `applications.${rowPath}`;
    let start = Infinity;
    let end = -1;
    for (const p of cellPaths(rowPath)) {
      const source = out.sources.get(p);
      if (source) {
        start = Math.min(start, source.span.start);
        end = Math.max(end, source.span.end);
      }
      out.values.set(p, null);
      out.sources.delete(p);
    }
    read.set(rowPath, new Array<number | null>(columnCount).fill(null));
    return end < 0 ? null : { start, end };
  }

  /**
   * Rows read by their count of cells alone in a table that shows it lost
   * cells: rows of one digit line per value where other rows came short of
   * lines (blank cells that left none, equal values stored once), or any row
   * where other labels stand bare while numbers stay unplaced (labels moved
   * away from their numbers, pdftotext without -layout). A line lost and one
   * too many, or a label that lost its own numbers and took the next row's,
   * read just as right. Where a column relation cannot check the row, a
   * warning on its path says its values rest on the count alone.
   */
  /**
   * Rows of fragile reading (digit lines, scrambled labels, split runs joined by their sum) that the balance
   * 本年新收 + 上年结转 = （七）总计 + 结转下年度 contradicts in two or more
   * columns while another row could as well be the wrong one: the values
   * are kept, each suspect row warned on its own path (the one culprit, when
   * there is one, was refused by refuseContradictedRows).
   */
  function warnContradictedBalance(fragile: (rowPath: string) => boolean): void {
    const value = valuesNow();
    const suspects = balanceSuspects(value);
    if (!suspects) return;
    const named = (full: string) => out.diagnostics.some((d) => d.severity !== 'info' && d.path === full);
    const names = suspects.columns.map((c) => (applicantColumns[c] as (typeof applicantColumns)[number]).label).join('、');
    const keys = suspects.columns.map((c) => columnKey(c)).join(', ');
    const others = (rowPath: string) => suspects.rows.filter((p) => p !== rowPath);
    for (const rowPath of suspects.rows) {
      const full = `applications.${rowPath}`;
      if (!fragile(rowPath) || named(full)) continue;
      const raw = applicantColumns.map((_, c) => String(value(rowPath, c) ?? '∅')).join(' | ');
      const alsoZh = others(rowPath).map(rowLabel).map((l) => `“${l}”`).join('、');
      const alsoEn = others(rowPath).join(', ');
      const at = rowSpan(full);
      out.diagnostics.push(makeDiagnostic(index, 'row-contradicted', 'warning', at, `表三“${rowLabel(rowPath)}”：本年新收＋上年结转＝总计＋结转下年度在${names}栏不成立；本行只按行数（或按本行总计拼读拆开的数字）读取，其数值可能错位，也可能错在${alsoZh}：${raw}`, `Table 3 row ${rowPath}: 本年新收 + 上年结转 = 总计 + 结转下年度 fails in ${keys}; this row was read by its count of cells alone (or by joining split digits to fit its 总计) and may be misplaced, or the fault is in ${alsoEn}: ${raw}`, { path: full, raw }));
    }
  }

  function warnUncheckedRows(layout: 'divided' | 'undivided'): void {
    const numbersLeft = out.diagnostics.some((d) => d.code === 'row-value-count' || d.code === 'row-runs-split' || d.code === 'unplaced-number');
    const labelsDetached = numbersLeft && labelLog.some((l) => l.bare && !(read.get(l.path)?.some((v) => v !== null) ?? false));
    if (!digitLinesLost && !labelsDetached) return;
    const value = valuesNow();
    const named = (full: string) => out.diagnostics.some((d) => d.severity !== 'info' && d.path === full);
    // Rows joined from split runs are read by count too: the joining that fits the row sum.
    for (const rowPath of labelsDetached ? read.keys() : new Set([...rowsOfDigitLines, ...rowsChosenBySum])) {
      const full = `applications.${rowPath}`;
      if (!applicantColumns.some((_, c) => value(rowPath, c) !== null) || named(full)) continue;
      const open = uncheckedColumns(value, layout, rowPath);
      if (open.length === 0) continue;
      const raw = applicantColumns.map((_, c) => String(value(rowPath, c) ?? '∅')).join(' | ');
      const names = open.map((c) => (applicantColumns[c] as (typeof applicantColumns)[number]).label).join('、');
      const keys = open.map((c) => columnKey(c)).join(', ');
      const [why, whyEn] = labelsDetached
        ? ['本表有行标签与其数值分离（标签后无数值，另有数值无法归位）；本行按紧随标签的数值读取', 'other labels of the table stand apart from their numbers (bare labels, numbers left unplaced); it was read from the numbers right after its label']
        : rowsChosenBySum.has(rowPath)
          ? ['本表其他行有缺行（空白单元格未留行，或相同数值只存一行）；本行的数字拆在几行，按本行总计拼读', 'other rows of the table lost lines (blank cells, equal values stored once); its numbers, split over lines, were joined the way its 总计 allows']
          : ['本表其他行有缺行（空白单元格未留行，或相同数值只存一行）；本行各数逐行书写，只按行数读取', 'other rows of the table lost lines (blank cells, equal values stored once); it was read one digit line per value, by its count of lines'];
      const at = rowSpan(full);
      out.diagnostics.push(makeDiagnostic(index, 'row-unchecked', 'warning', at, `表三“${rowLabel(rowPath)}”：${why}，${names}栏无勾稽关系可核对，数值可能错位或属于他行：${raw}`, `Table 3 row ${rowPath}: ${whyEn}, and no column relation checks it in ${keys}: its values may be misplaced or another row's: ${raw}`, { path: full, raw }));
    }
  }

  /** Rows the arithmetic says stand out of place: null, with an error on each (see findContradictedRows). */
  /** Where a row's read values stand: from its first cell's start to its last cell's end. */
  function rowSpan(full: string): { start: number; end: number } {
    let start = Infinity;
    let end = -Infinity;
    for (const col of applicantColumns) {
      const source = out.sources.get(`${full}.${col.key}`);
      if (source === undefined) continue;
      start = Math.min(start, source.span.start);
      end = Math.max(end, source.span.end);
    }
    return start <= end ? { start, end } : { start: 0, end: 0 };
  }

  /**
   * The table's values as they stand now, by row and column index: each row
   * read from `out.values` once (the relation checks ask for every cell many
   * times, and a path string per question was most of their time).
   */
  function valuesNow(): (rowPath: string, column: number) => Count {
    const rows = new Map<string, Count[]>();
    return (rowPath, c) => {
      let row = rows.get(rowPath);
      if (row === undefined) {
        row = cellPaths(rowPath).map((p) => out.values.get(p) ?? null);
        rows.set(rowPath, row);
      }
      return row[c] ?? null;
    };
  }

  function refuseContradictedRows(layout: 'divided' | 'undivided'): void {
    const value = valuesNow();
    for (const { rowPath, columns, why: reason, relation } of findContradictedRows(value, layout, (p) => labelsScrambled || rowsOfDigitLines.has(p), (p) => rowsChosenBySum.has(p))) {
      const full = `applications.${rowPath}`;
      const raw = applicantColumns.map((_, c) => String(value(rowPath, c))).join(' | ');
      const names = columns.map((c) => (applicantColumns[c] as (typeof applicantColumns)[number]).label).join('、');
      const keys = columns.map((c) => (applicantColumns[c] as (typeof applicantColumns)[number]).key).join(', ');
      const at = refuseRow(rowPath) ?? { start: 0, end: 0 };
      // Why the arithmetic refuses the row, in the words of the relation that tells.
      const [rel, relEn] = relation === 'results' ? ['各项办理结果之和＝（七）总计', 'the result rows adding up to （七）总计'] : ['本年新收＋上年结转＝总计＋结转下年度', '本年新收 + 上年结转 = 总计 + 结转下年度'];
      const [why, whyEn] = {
        balance: [`各数之和虽与本行总计相符，但${rel}在${names}栏不成立，而只有本行的数值能是错的`, `its values add up to its 总计, but ${relEn} fails in ${keys}, and only this row's values can be the wrong ones`],
        chosen: [`的数值由拆开或粘连的数字按本行总计拼读而得，而${rel}在${names}栏不成立，只有本行的数值能是错的`, `its values were read by joining or splitting digits so that they add up to its 总计, and ${relEn} fails in ${keys}, where only this row's values can be the wrong ones`],
        sum: rowsOfDigitLines.has(rowPath)
          ? ['各数之和与本行总计不符，且各数逐行书写（一个数可能被拆在几行、另有一行缺失）', 'its values do not add up to its 总计, and they come one digit line each (a number may be split over lines while a line went missing)']
          : ['各数之和与本行总计不符，且本表行标签的顺序与模板不符', 'its values do not add up to its 总计, and the row labels of this table stand out of the template’s order'],
        'sum-and-columns': [`各数之和与本行总计不符，且本表在${names}栏的勾稽关系亦不成立`, `its values do not add up to its 总计, and the column relations fail in ${keys}`],
      }[reason];
      out.diagnostics.push(makeDiagnostic(index, 'row-out-of-place', 'error', at, `表三“${rowLabel(rowPath)}”${why}：该行数值可能错位，按空值处理：${raw}`, `Table 3 row ${rowPath}: ${whyEn}: its numbers may stand out of place; null: ${raw}`, { path: full, raw }));
    }
  }

  function fillGaps(layout: 'divided' | 'undivided'): void {
    const isOpen = (p: string): boolean => !blankCellRows.has(p) && !(read.get(p)?.some((v) => v !== null) ?? false);
    const found = fillRowGaps(events, applicationRowPaths(layout), isOpen);
    if (found.length === 0) return;
    const placedValue = (placed: readonly { path: string; cells: readonly Cell[] }[]) => {
      const at = new Map<string, readonly Cell[]>();
      for (const row of placed) at.set(row.path, row.cells);
      return (rowPath: string, c: number): number | null => {
        const cells = at.get(rowPath);
        if (!cells) return out.values.get((cellPaths(rowPath)[c] as string)) ?? null;
        const v = parseCellValue((cells[c] as Cell).text);
        return v.kind === 'number' ? v.value : null;
      };
    };
    // Gaps whose numbers read several ways: the one combination of readings
    // under which the relations those rows take part in hold, or none of them.
    const settled = found.filter((g) => g.alternatives.length === 0);
    const open = found.filter((g) => g.alternatives.length > 0);
    let chosen: { gap: FilledGap; rows: FilledGap['rows'] }[] = [];
    let combinations = 1;
    for (const g of open) combinations *= g.alternatives.length + 1;
    if (open.length > 0 && combinations <= MAX_GAP_COMBINATIONS) {
      const involved = open.flatMap((g) => g.rows.map((r) => r.path));
      const balanceInvolved = involved.some((p) => BALANCE_ROWS.includes(p));
      const resultsInvolved = involved.some((p) => p !== 'newReceived' && p !== 'carriedOver' && p !== 'carriedForward');
      let holding: { gap: FilledGap; rows: FilledGap['rows'] }[] | null = null;
      let count = 0;
      for (let n = 0; n < combinations && count < 2; n++) {
        let rest = n;
        const pick = open.map((gap) => {
          const k = rest % (gap.alternatives.length + 1);
          rest = Math.floor(rest / (gap.alternatives.length + 1));
          return { gap, rows: k === 0 ? gap.rows : (gap.alternatives[k - 1] as FilledGap['rows']) };
        });
        const outcome = checkColumnRelations(placedValue([...settled.flatMap((g) => g.rows), ...pick.flatMap((p) => p.rows)]), layout);
        const holds = outcome.balance !== 'fails' && outcome.results !== 'fails' && (!balanceInvolved || outcome.balance === 'holds') && (!resultsInvolved || outcome.results === 'holds');
        if (holds) {
          count++;
          holding = pick;
        }
      }
      if (count === 1 && holding) chosen = holding;
    }
    const gaps = [...settled.map((gap) => ({ gap, rows: gap.rows })), ...chosen];
    if (gaps.length === 0) return;
    const outcome = checkColumnRelations(placedValue(gaps.flatMap((g) => g.rows)), layout);
    if (outcome.balance === 'fails' || outcome.results === 'fails') return;
    // A row sum holds for any whole row under the wrong label, so only the
    // column relations confirm the placement. When one the placed rows take
    // part in cannot be assessed (values unreadable elsewhere), the rows
    // could stand one place off (a duplicated or lost line): each placed row
    // gets a warning on its own path.
    const placedPaths = gaps.flatMap((g) => g.rows.map((r) => r.path));
    const confirmed =
      !(placedPaths.some((p) => BALANCE_ROWS.includes(p)) && outcome.balance !== 'holds') &&
      !(placedPaths.some((p) => p !== 'newReceived' && p !== 'carriedOver' && p !== 'carriedForward') && outcome.results !== 'holds');
    const scratch = emptyMapped();
    for (const { rows } of gaps) {
      for (const row of rows) row.cells.forEach((cell, c) => readValue(scratch, index, cell, (cellPaths(row.path)[c] as string), 'count'));
    }
    scratch.values.forEach((v, p) => out.values.set(p, v));
    for (const [p, src] of scratch.sources) out.sources.set(p, src);
    append(out.diagnostics, scratch.diagnostics);
    for (const { gap, rows } of gaps) {
      for (const row of rows) {
        read.set(row.path, cellPaths(row.path).map((p) => out.values.get(p) ?? null));
        blankRows.delete(row.path);
      }
      const notes = new Set(gap.events.map((i) => eventNotes[i]).filter((d): d is Diagnostic => Boolean(d)));
      const cellsUsed = gap.rows.flatMap((r) => r.cells);
      const byColumns = rows !== gap.rows || gap.alternatives.length > 0 ? '；这些数值另有按列排列的读法，本表各列的勾稽关系只容许所采用的一种' : '';
      const byColumnsEn = rows !== gap.rows || gap.alternatives.length > 0 ? '; the numbers also read column by column, and the column relations allow the reading used only' : '';
      const placed = gap.rows.map((r) => rowLabel(r.path)).join('、');
      const after = gap.after ? `“${rowLabel(gap.after)}”` : '表头';
      const before = gap.before ? `“${rowLabel(gap.before)}”` : '表尾';
      const n = gap.rows.length;
      const note = makeDiagnostic(index, 'row-detached', 'info', spanOfCells(cellsUsed, cellsUsed[0] as Cell), `表三${after}与${before}之间有${n}组七个数值，恰与其间${n}行（标签另处出现或残缺）相符，按模板行序归位并经各行合计核对：${placed}${byColumns}`, `Table 3: between ${gap.after ?? 'the header'} and ${gap.before ?? 'the end'} stand ${n} runs of seven numbers, as many as the rows missing there (their labels printed elsewhere or broken); placed in template order, each row's sum checked: ${gap.rows.map((r) => r.path).join(', ')}${byColumnsEn}`, { path: `applications.${(gap.rows[gap.withLabelledRow ? 1 : 0] as { path: string }).path}`, raw: quoteCells(cellsUsed) });
      const first = out.diagnostics.findIndex((d) => notes.has(d));
      const kept = out.diagnostics.filter((d) => !notes.has(d));
      const unconfirmed = confirmed
        ? []
        : gap.rows.map((r) =>
            makeDiagnostic(index, 'row-detached', 'warning', spanOfCells(r.cells, r.cells[0] as Cell), `表三“${rowLabel(r.path)}”按行序归位，但各列勾稽关系无法核对，可能错行`, `Table 3 row ${r.path}: placed in row order, but the column relations cannot be checked; it may be a row off`, { path: `applications.${r.path}`, raw: quoteCells(r.cells) }),
          );
      kept.splice(first < 0 ? kept.length : Math.min(first, kept.length), 0, note, ...unconfirmed);
      out.diagnostics.length = 0;
      append(out.diagnostics, kept);
    }
  }

  /**
   * Whether a sequence reading agrees with every value read by a label
   * ({@link readRowsInSequence} has checked the column relations already).
   */
  function agreesWithRead(sequence: SequenceReading): boolean {
    for (const [rowPath, values] of read) {
      const cells = sequence.rows.get(rowPath);
      if (values.every((v) => v === null)) continue;
      if (!cells) return false;
      for (let c = 0; c < columnCount; c++) {
        const v = values[c];
        const parsed = parseCellValue((cells[c] as Cell).text);
        if (v !== null && v !== undefined && (parsed.kind !== 'number' || parsed.value !== v)) return false;
      }
    }
    return true;
  }

  /** Splits glued rows the one way the column relations allow, if there is one. */
  function resolveByColumns(layout: 'divided' | 'undivided'): void {
    const chosen = resolveAmbiguousRows(
      ambiguous,
      (rowPath, c) => out.values.get((cellPaths(rowPath)[c] as string)) ?? null,
      layout,
    );
    if (!chosen) return;
    for (const row of ambiguous) {
      const cells = chosen.get(row.rowPath);
      if (!cells) continue;
      const full = `applications.${row.rowPath}`;
      cells.forEach((cell, k) => readValue(out, index, cell, (cellPaths(row.rowPath)[k] as string), 'count'));
      const at = out.diagnostics.indexOf(row.note);
      const quoted = quoteCells(row.values);
      const split = cells.map((c) => c.text).join(' | ');
      const replaced = makeDiagnostic(index, 'cell-split', 'info', spanOfCells(row.values, row.label), `表三“${row.label.text}”的数字粘连在一起（${quoted}），本行合计有多种拆分，按本表各列的勾稽关系只有一种：${split}`, `Table 3 row "${row.label.text}": digits run together (${quoted}); several splits fit the row, the column relations allow one only: ${split}`, { path: full, raw: quoted });
      if (at >= 0) out.diagnostics[at] = replaced;
      read.set(row.rowPath, cellPaths(row.rowPath).map((p) => out.values.get(p) ?? null));
    }
  }

  function joinFragments(key: string): Anchor | null {
    for (let k = Math.max(0, fragments.length - (MAX_FRAGMENTS - 1)); k < fragments.length; k++) {
      const joinedKey = fragments.slice(k).join('') + key;
      const found = classify(joinedKey, { text: joinedKey, start: 0, end: 0 });
      if (found.kind === 'row' || found.kind === 'group') return found;
    }
    return null;
  }

  function flush(): void {
    const values = pending;
    pending = [];
    pendingFilled = 0;
    const filled = values.filter((c) => !isBlankCell(c));
    if (!anchor || anchor.kind === 'header') {
      if (anchor && hasDigit(anchor.cell.text) && !matchHeader(anchor.cell)) unplaced([anchor.cell], '表头');
      if (filled.length > 0) unplaced(filled, anchor ? anchor.cell.text : '表头');
      return;
    }
    if (anchor.kind === 'unknown') {
      // Digits of an enumerator (1、…) are not numbers of the table.
      const withDigits = hasDigit(splitEnumerator(labelKey(anchor.cell.text)).core) ? [anchor.cell, ...filled] : filled;
      if (withDigits.length > 0) unplaced(withDigits, anchor.cell.text);
      return;
    }
    if (anchor.kind === 'group') {
      // （六）其他处理 with blank cells after it: an undivided row, all blank.
      if (filled.length === 0) {
        if (anchor.key === 'otherHandling' && values.length > 0) {
          blankRows.add('otherHandling.total');
          blankCellRows.add('otherHandling.total');
          event({ kind: 'row', path: 'otherHandling.total', groups: [] }, null);
        }
        return;
      }
      if (anchor.key === 'otherHandling') place('otherHandling.total', anchor.cell, values, filled);
      else unplaced(filled, anchor.cell.text);
      return;
    }
    labelLog.push({ path: anchor.path, label: anchor.cell, bare: values.length === 0 });
    if (filled.length === 0) {
      if (values.length > 0 || !read.has(anchor.path)) blankRows.add(anchor.path);
      if (values.length > 0) {
        // Blank in the source only when every cell of the row is there and
        // blank: one blank line and then another label (LibreOffice's text
        // export, a stray 总计 line between a label and its numbers) leaves
        // the row's numbers missing, not written as blanks.
        if (values.length >= columnCount) blankCellRows.add(anchor.path);
        event({ kind: 'row', path: anchor.path, groups: [] }, null);
      }
      return;
    }
    place(anchor.path, anchor.cell, values, filled);
  }

  /** Places a row's value cells (`filledCells`: those of them not blank, as flush found them). */
  function place(rowPath: string, label: Cell, values: readonly Cell[], filledCells: readonly Cell[]): void {
    const full = `applications.${rowPath}`;
    const resolved = resolveRowCells(values, columnCount, applicantRowConstraints, true, budget);
    const note = rowCellsDiagnostic(index, resolved, values, label, { table: '表三', tableEn: 'Table 3 row', path: full, n: columnCount });
    if (note) out.diagnostics.push(note);
    if (resolved.kind === 'glued' && resolved.why === 'ambiguous' && resolved.splits.length > 0 && note && !read.has(rowPath)) {
      // The column relations may still tell which split it is: decided at the end.
      ambiguous.push({ rowPath, splits: resolved.splits, note, label, values });
    }
    const alone = aloneOnLine(index, label, filledCells);
    if (resolved.kind === 'mismatch' && filledCells.length > 0 && filledCells.length < columnCount && filledCells.every(alone)) digitLinesLost = true;
    if ((resolved.kind === 'mismatch' || resolved.kind === 'runs') && note && !read.has(rowPath) && filledCells.length > columnCount && filledCells.length % columnCount === 0) {
      runOns.push({ rowPath, label, cells: filledCells, note });
      event({ kind: 'row', path: rowPath, groups: groupsOf(filledCells) }, note);
    } else {
      event({ kind: 'row', path: rowPath, groups: [] }, null);
    }
    if (resolved.kind !== 'aligned' && resolved.kind !== 'split' && resolved.kind !== 'joined') {
      if (!read.has(rowPath)) {
        read.set(rowPath, new Array<number | null>(columnCount).fill(null));
        for (const p of cellPaths(rowPath)) out.values.set(p, null);
      }
      return;
    }
    const aligned = resolved.cells;
    if (resolved.kind === 'aligned' && aligned.some(alone)) rowsOfDigitLines.add(rowPath);
    if (resolved.kind === 'joined' || resolved.kind === 'split') rowsChosenBySum.add(rowPath);
    const previous = read.get(rowPath);
    const paths = cellPaths(rowPath);
    if (!previous) {
      // The row's first reading: straight into the table (what the scratch
      // below would have copied there, in the same order).
      const first: Count[] = new Array<Count>(paths.length).fill(null);
      for (let k = 0; k < aligned.length; k++) {
        const value = readValue(out, index, aligned[k] as Cell, paths[k] as string, 'count');
        if (k < first.length) first[k] = value;
      }
      read.set(rowPath, first);
      return;
    }
    // Read again: compared with the first reading before anything is kept.
    const scratch = emptyMapped();
    aligned.forEach((cell, k) => readValue(scratch, index, cell, paths[k] as string, 'count'));
    const now = paths.map((p) => scratch.values.get(p) ?? null);
    const same = previous.every((v, k) => v === now[k]);
    out.diagnostics.push(
      same
        ? makeDiagnostic(index, 'row-duplicate', 'info', spanOfCells(values, label), `表三“${label.text}”行重复出现，数值相同`, `Table 3 row "${label.text}" appears again with the same values`, { path: full })
        : makeDiagnostic(index, 'row-conflict', 'error', spanOfCells(values, label), `表三“${label.text}”行重复出现且数值不同，两处均不采用：${quoteCells(values)}`, `Table 3 row "${label.text}" appears twice with different values; neither is used: ${quoteCells(values)}`, { path: full, raw: quoteCells(values) }),
    );
    if (!same) {
      conflicts.add(rowPath);
      for (const p of paths) {
        out.values.set(p, null);
        out.sources.delete(p);
      }
    }
  }

  function event(e: GapEvent, note: Diagnostic | null): void {
    events.push(e);
    eventNotes.push(note);
  }

  function unplaced(values: readonly Cell[], where: string): void {
    const note = makeDiagnostic(
        index,
        'unplaced-number',
        'warning',
        spanOfCells(values, values[0] as Cell),
        `表三中“${where}”处的数值无法对应到模板的行列，未采用：${quoteCells(values)}`,
        `Numbers in table 3 at "${where}" match no template row or column and were not used: ${quoteCells(values)}`,
        { raw: quoteCells(values) },
      );
    out.diagnostics.push(note);
    // Whole runs of seven plain numbers may be rows whose labels stand elsewhere.
    if (values.length % columnCount === 0 && values.every((c) => parseCellValue(c.text).kind === 'number')) {
      event({ kind: 'loose', groups: groupsOf(values) }, note);
    } else if (values.some((c) => c.text.includes(' / ') && parseCellValue(c.text).kind === 'text')) {
      // A value no one can read (a count its cell wrapped, which recognizers write `2944 / 3`) is a row's value all the
      // same: the runs around it no longer count the rows of their gap, which stays unfilled.
      event({ kind: 'loose', groups: [values] }, note);
    }
  }
}

/**
 * Table 3 from a {@link readRowsInSequence} reading the caller has checked:
 * every row's values, and one note saying how they were placed.
 */
function fromSequence(sequence: SequenceReading, index: LineIndex): MappedApplications {
  const out = emptyMapped();
  for (const [rowPath, cells] of sequence.rows) {
    cells.forEach((cell, c) => readValue(out, index, cell, (cellPaths(rowPath)[c] as string), 'count'));
  }
  const rows = sequence.rows.size;
  const blocks = sequence.columnMajor.map((b) => b.rows.map(rowLabel).join('、'));
  const blocksEn = sequence.columnMajor.map((b) => b.rows.join(', '));
  const footers = sequence.footers.length > 0 ? `；略过页脚 ${quoteCells(sequence.footers)}` : '';
  const footersEn = sequence.footers.length > 0 ? `; page footers passed over: ${quoteCells(sequence.footers)}` : '';
  const zhBlocks = blocks.length > 0 ? `，其中${blocks.length}段按列排列（${blocks.join('；')}）` : '';
  const enBlocks = blocksEn.length > 0 ? `; ${blocksEn.length} block(s) printed column by column (${blocksEn.join('; ')})` : '';
  const first = sequence.cells[0] as Cell;
  out.diagnostics.unshift(
    makeDiagnostic(
      index,
      'rows-in-sequence',
      'info',
      spanOfCells(sequence.cells, first),
      `表三的行标签与数值分离，按标签无法逐行读取；全表数值恰为模板的${rows}行，按模板行序读取${zhBlocks}，各行合计与各列勾稽关系（第一项加第二项等于第三项加第四项；办理结果各项之和等于总计）均核对无误${footers}`,
      `Table 3's labels stand apart from its numbers, so rows could not be read by label; the table's numbers are exactly the template's ${rows} rows, read in template order${enBlocks}; every row's sum and both column relations (new + carried over = total + carried forward; the results add up to the total) check${footersEn}`,
      { path: 'applications' },
    ),
  );
  return { ...out, otherHandling: sequence.otherHandling, otherHandlingSeen: true, found: true };
}

function columnKey(c: number): string {
  return (applicantColumns[c] as (typeof applicantColumns)[number]).key;
}

/** Seven cells at a time. */
function groupsOf(cells: readonly Cell[]): (readonly Cell[])[] {
  const groups: (readonly Cell[])[] = [];
  for (let i = 0; i + columnCount <= cells.length; i += columnCount) groups.push(cells.slice(i, i + columnCount));
  return groups;
}

function matchHeader(cell: Cell): boolean {
  const { core } = splitEnumerator(labelKey(cell.text));
  return Boolean(matchLabelKey(core, applicantColumns) || matchLabelKey(core, applicantHeaderLabels));
}

function rowLabel(rowPath: string): string {
  if (rowPath === 'otherHandling.total') return '（六）其他处理';
  return applicationRows.find((r) => r.path === rowPath)?.label ?? rowPath;
}
