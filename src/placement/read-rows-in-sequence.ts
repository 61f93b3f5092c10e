import type { Cell } from '../grids/grid.js';
import { parseCellValue } from '../grids/parse-cell-value.js';
import { isPageFooter } from '../grids/page-footer.js';
import { isValueLike } from './mapped-table.js';
import { applicantColumns, applicationRowPaths } from '../templates/applications-table.js';
import { checkColumnRelations } from '../templates/applications-relations.js';

/** A run of numbers that came column by column: the rows it holds. */
export interface ColumnMajorBlock {
  /** Row paths under `applications`, in template order. */
  readonly rows: readonly string[];
  /** Its cells, as printed. */
  readonly cells: readonly Cell[];
}

/** Table 3 read as a sequence of rows in template order, labels aside. */
export interface SequenceReading {
  /** Which （六） layout the count of rows gave. */
  readonly otherHandling: 'divided' | 'undivided';
  /** Seven cells per row path under `applications`, in template order. */
  readonly rows: ReadonlyMap<string, readonly Cell[]>;
  /** Runs whose numbers came column by column (pdftotext's reading order through a rowspan block). */
  readonly columnMajor: readonly ColumnMajorBlock[];
  /** Every number cell used, in input order. */
  readonly cells: readonly Cell[];
  /** Page footers (`-3-`) met among them and passed over. */
  readonly footers: readonly Cell[];
}

const columnCount = applicantColumns.length;
const rowCounts = new Map<number, 'divided' | 'undivided'>([
  [applicationRowPaths('divided').length, 'divided'],
  [applicationRowPaths('undivided').length, 'undivided'],
]);
const MAX_ROWS = Math.max(...rowCounts.keys());

/**
 * Reads table 3 with its labels set aside: pdftotext without `-layout`
 * prints a table's labels apart from its numbers (before them, after them,
 * in another order) and prints the numbers of a rowspan block column by
 * column. What stays is the order of the numbers. This reads them as the
 * template's rows, in template order, and returns null — reads nothing —
 * unless all of this holds:
 * - every number cell of the region is a plain number (no blank, no
 *   placeholder, no text), page footers aside;
 * - each run of numbers between two non-number cells holds whole rows, and
 *   all runs together hold exactly the template's rows (23 with one （六）
 *   row, 25 with three);
 * - each run splits into blocks, each printed row by row (one row) or
 *   column by column (several rows), in which every row's six applicant
 *   columns add up to its 总计;
 * - of all the ways to read the runs so, exactly one set of numbers makes
 *   both column relations hold in all seven columns (本年新收 + 上年结转 =
 *   总计 + 结转下年度; the results add up to 总计). A zero row before a row
 *   with one number (0…0 / 1 0 0 0 0 0 1) also reads column by column as
 *   0…0 / 0 0 0 1 0 0 1: the relations tell them apart.
 *
 * The caller still checks that rows read by their labels agree.
 */
export function readRowsInSequence(cells: readonly Cell[]): SequenceReading | null {
  const runs: Cell[][] = [];
  let run: Cell[] = [];
  const footers: Cell[] = [];
  let total = 0;
  for (const cell of cells) {
    if (isPageFooter(cell.text)) {
      footers.push(cell);
      continue;
    }
    if (!isValueLike(cell.text)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    if (parseCellValue(cell.text).kind !== 'number') return null;
    run.push(cell);
    // Linear and bounded: more numbers than the template has cells is no table 3 we can read this way.
    if (++total > MAX_ROWS * columnCount) return null;
  }
  if (run.length > 0) runs.push(run);
  if (total % columnCount !== 0) return null;
  const otherHandling = rowCounts.get(total / columnCount);
  if (!otherHandling || runs.some((r) => r.length % columnCount !== 0)) return null;

  const order = applicationRowPaths(otherHandling);
  const position = new Map<string, number>(order.map((p, i) => [p, i] as const));
  const perRun: RunReading[][] = [];
  let combinations = 1;
  for (const r of runs) {
    const readings = readingsOfRun(r);
    if (!readings) return null;
    combinations *= readings.length;
    if (combinations > MAX_COMBINATIONS) return null;
    perRun.push(readings);
  }
  // Every combination of the runs' readings whose column relations hold; exactly one set of numbers may.
  let chosen: RunReading[] | null = null;
  let chosenKey = '';
  const pick = new Array<number>(perRun.length).fill(0);
  for (let n = 0; n < combinations; n++) {
    let rest = n;
    perRun.forEach((readings, k) => {
      pick[k] = rest % readings.length;
      rest = Math.floor(rest / readings.length);
    });
    const combo = perRun.map((readings, k) => readings[pick[k] as number] as RunReading);
    const values = combo.flatMap((r) => r.values);
    const value = (rowPath: string, c: number): number | null => values[position.get(rowPath) ?? -1]?.[c] ?? null;
    const outcome = checkColumnRelations(value, otherHandling);
    if (outcome.balance !== 'holds' || outcome.results !== 'holds') continue;
    const key = combo.map((r) => r.key).join('|');
    if (chosen && key !== chosenKey) return null;
    if (!chosen) {
      chosen = combo;
      chosenKey = key;
    }
  }
  if (!chosen) return null;

  const rows = new Map<string, readonly Cell[]>();
  const columnMajor: ColumnMajorBlock[] = [];
  let at = 0;
  chosen.forEach((read, k) => {
    const r = runs[k] as Cell[];
    for (const block of read.blocks) {
      const paths = order.slice(at + block.first, at + block.first + block.rows);
      columnMajor.push({ rows: paths, cells: r.slice(block.first * columnCount, (block.first + block.rows) * columnCount) });
    }
    read.rows.forEach((row, j) => rows.set(order[at + j] as string, row));
    at += read.rows.length;
  });
  return { otherHandling, rows, columnMajor, cells: runs.flat(), footers };
}

/** One way to read a run: its rows (cells and numbers), and the blocks in it read column by column. */
interface RunReading {
  readonly rows: readonly (readonly Cell[])[];
  readonly values: readonly (readonly number[])[];
  readonly blocks: readonly { readonly first: number; readonly rows: number }[];
  /** The numbers, for telling readings apart. */
  readonly key: string;
}

/** Distinct readings of one run we keep at most. */
const MAX_READINGS = 64;
/** Combinations of the runs' readings we check at most. */
const MAX_COMBINATIONS = 4096;

/**
 * Every distinct way to read a run of k·7 numbers as blocks of rows, each
 * block printed row by row (one row) or column by column (m rows), such that
 * every row's six applicant columns add up to its 总计. Readings that give
 * the same numbers count once (row by row is preferred for the account of
 * blocks). Null when there is none, or more than {@link MAX_READINGS}.
 * Suffixes are memoized: O(k²·7) checks, k ≤ 25.
 */
function readingsOfRun(run: readonly Cell[]): RunReading[] | null {
  const k = run.length / columnCount;
  const numbers = run.map((c) => {
    const v = parseCellValue(c.text);
    return v.kind === 'number' ? v.value : Number.NaN;
  });
  /** The m rows from row i read column by column, or null when one does not add up. */
  const block = (i: number, m: number): { cells: Cell[][]; values: number[][] } | null => {
    const cells: Cell[][] = [];
    const values: number[][] = [];
    for (let j = 0; j < m; j++) {
      const idx = applicantColumns.map((_, c) => i * columnCount + c * m + j);
      const row = idx.map((x) => numbers[x] as number);
      if (row.slice(0, columnCount - 1).reduce((a, b) => a + b, 0) !== row[columnCount - 1]) return null;
      cells.push(idx.map((x) => run[x] as Cell));
      values.push(row);
    }
    return { cells, values };
  };
  const memo = new Map<number, RunReading[] | null>();
  memo.set(k, [{ rows: [], values: [], blocks: [], key: '' }]);
  for (let i = k - 1; i >= 0; i--) {
    const out: RunReading[] = [];
    const seen = new Set<string>();
    let overflow = false;
    for (let m = 1; i + m <= k && !overflow; m++) {
      const rest = memo.get(i + m);
      if (rest === null) {
        overflow = true;
        break;
      }
      if (!rest || rest.length === 0) continue;
      const b = block(i, m);
      if (!b) continue;
      const head = b.values.map((v) => v.join(',')).join(';');
      const shown = m > 1 && !sameAsRowByRow(numbers, i, m) ? [{ first: i, rows: m }] : [];
      for (const r of rest) {
        const key = r.key ? `${head};${r.key}` : head;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ rows: [...b.cells, ...r.rows], values: [...b.values, ...r.values], blocks: [...shown, ...r.blocks], key });
        if (out.length > MAX_READINGS) {
          overflow = true;
          break;
        }
      }
    }
    memo.set(i, overflow ? null : out);
  }
  const all = memo.get(0);
  return all && all.length > 0 ? all : null;
}

/** Readings of one run we hand out at most. */
const MAX_RUN_READINGS = 16;

/**
 * Every way a run of k·7 plain numbers reads as k rows that each add up:
 * row by row first (when it does), then with blocks of rows read column by
 * column — pdftotext prints a rowspan block so, and `0 0 0 0 0 0 0 1 0 0 0
 * 0 0 1` reads both 0…0 / 1 0 0 0 0 0 1 and 0…0 / 0 0 0 1 0 0 1. Readings
 * that give the same numbers count once. Null when none, or more than 16.
 */
export function readingsOfRows(run: readonly Cell[]): (readonly (readonly Cell[])[])[] | null {
  if (run.length === 0 || run.length % columnCount !== 0 || run.length > MAX_ROWS * columnCount) return null;
  if (run.some((c) => parseCellValue(c.text).kind !== 'number')) return null;
  const readings = readingsOfRun(run);
  if (!readings || readings.length > MAX_RUN_READINGS) return null;
  return readings.map((r) => r.rows);
}

function sameAsRowByRow(numbers: readonly number[], i: number, m: number): boolean {
  for (let j = 0; j < m; j++) {
    for (let c = 0; c < columnCount; c++) {
      if (numbers[i * columnCount + c * m + j] !== numbers[(i + j) * columnCount + c]) return false;
    }
  }
  return true;
}
