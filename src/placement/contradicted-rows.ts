import type { Count } from '../model/report.js';
import { applicantColumns, applicationRowPaths } from '../templates/applications-table.js';
import { BALANCE_ROWS, resultRowPaths } from '../templates/applications-relations.js';

/** A table-3 row whose numbers the template's arithmetic says stand out of place. */
export interface ContradictedRow {
  /** The row's path under `applications`. */
  readonly rowPath: string;
  /** The columns (by index) where a column relation the row takes part in fails. */
  readonly columns: readonly number[];
  /**
   * Whether the row's own sum holds: its values are wrong only as the column
   * relations tell (read in another order, or a line lost and one gained).
   */
  readonly sumHolds: boolean;
}

/** Columns a relation must fail in, besides the row's own sum, to tell a misplaced row from a typo. */
const MIN_FAILING_COLUMNS = 2;

/**
 * The table-3 rows whose numbers are out of place: the six applicant values
 * do not add up to the row's 总计, and a column relation the row takes part
 * in (本年新收 + 上年结转 = （七）总计 + 结转下年度; the result rows add up to
 * （七）总计) fails in two or more columns. One mistyped number breaks its row
 * sum and one column; a row read with its cells in another order (pdftotext
 * moves a cell to the row's end) or a row's numbers placed under another
 * label breaks the sum and most columns. Columns a relation cannot be checked
 * in (a value is null) count for nothing. Where a row's reading is known to
 * be fragile (`sumFailureIsEnough`: row labels out of template order, or a
 * row read from one digit line per value, where a number split over lines
 * and a line lost elsewhere leave the right count of lines), a row sum that
 * fails is reason enough.
 */
export function findContradictedRows(
  value: (rowPath: string, column: number) => Count,
  otherHandling: 'divided' | 'undivided',
  sumFailureIsEnough: (rowPath: string) => boolean = () => false,
): ContradictedRow[] {
  const n = applicantColumns.length;
  const results = resultRowPaths(otherHandling);
  const balanceFails = (c: number): boolean => {
    const [a, b, t, f] = BALANCE_ROWS.map((p) => value(p, c));
    return a !== null && b !== null && t !== null && f !== null && a !== undefined && b !== undefined && t !== undefined && f !== undefined && a + b !== t + f;
  };
  const resultsFail = (c: number): boolean => {
    const printed = value('total', c);
    if (printed === null) return false;
    let sum = 0;
    for (const p of results) {
      const v = value(p, c);
      if (v === null) return false;
      sum += v;
    }
    return sum !== printed;
  };
  const out: ContradictedRow[] = [];
  const permuted = permutedBalanceRow(value) ?? balanceCulprit(value, sumFailureIsEnough);
  if (permuted) out.push(permuted);
  for (const rowPath of applicationRowPaths(otherHandling)) {
    const row: number[] = [];
    for (let c = 0; c < n; c++) {
      const v = value(rowPath, c);
      if (v === null) break;
      row.push(v);
    }
    if (row.length < n || rowPath === permuted?.rowPath) continue;
    let sum = 0;
    for (let c = 0; c < n - 1; c++) sum += row[c] as number;
    if (Math.abs(sum - (row[n - 1] as number)) < 1e-9) continue;
    const inBalance = BALANCE_ROWS.includes(rowPath);
    const inResults = rowPath === 'total' || results.includes(rowPath);
    const columns: number[] = [];
    for (let c = 0; c < n; c++) if ((inBalance && balanceFails(c)) || (inResults && resultsFail(c))) columns.push(c);
    if (columns.length >= MIN_FAILING_COLUMNS || sumFailureIsEnough(rowPath)) out.push({ rowPath, columns, sumHolds: false });
  }
  return out;
}

/**
 * The one balance row whose values are those the balance asks for, in
 * another order: its row sum holds (a permutation keeps it), but each column
 * of 本年新收 + 上年结转 = （七）总计 + 结转下年度 fails until the row's values
 * are put in the order the other three rows imply. pdftotext's default order
 * moves a cell of 结转下年度 to another place this way. Only when exactly one
 * row fits; a typo cannot, since it changes a value, not an order.
 */
function permutedBalanceRow(value: (rowPath: string, column: number) => Count): ContradictedRow | null {
  const n = applicantColumns.length;
  const rows = BALANCE_ROWS.map((p) => {
    const r: number[] = [];
    for (let c = 0; c < n; c++) {
      const v = value(p, c);
      if (v === null || v === undefined) return null;
      r.push(v);
    }
    return r;
  });
  if (rows.some((r) => r === null)) return null;
  const [a, b, t, f] = rows as number[][];
  const implied: Record<string, (c: number) => number> = {
    newReceived: (c) => (t![c] as number) + (f![c] as number) - (b![c] as number),
    carriedOver: (c) => (t![c] as number) + (f![c] as number) - (a![c] as number),
    total: (c) => (a![c] as number) + (b![c] as number) - (f![c] as number),
    carriedForward: (c) => (a![c] as number) + (b![c] as number) - (t![c] as number),
  };
  const sameMultiset = (x: readonly number[], y: readonly number[]): boolean => {
    const xs = [...x].sort((p, q) => p - q);
    const ys = [...y].sort((p, q) => p - q);
    return xs.every((v, k) => v === ys[k]);
  };
  let found: ContradictedRow | null = null;
  BALANCE_ROWS.forEach((p, k) => {
    const read = rows[k] as number[];
    const want = read.map((_, c) => (implied[p] as (c: number) => number)(c));
    const columns = read.map((v, c) => (v !== want[c] ? c : -1)).filter((c) => c >= 0);
    if (columns.length >= MIN_FAILING_COLUMNS && sameMultiset(read, want)) found = found ? { rowPath: '', columns: [], sumHolds: true } : { rowPath: p, columns, sumHolds: true };
  });
  return found && (found as ContradictedRow).rowPath !== '' ? found : null;
}

/**
 * The one balance row that 本年新收 + 上年结转 = （七）总计 + 结转下年度
 * blames, when the relation fails in two or more columns while every row's
 * own sum holds: a row of digit lines that lost a line and gained one
 * (`1` / `64` … for 164, a line gone further on) keeps its sum and breaks
 * most columns. Only when exactly one row can be the wrong one (see
 * {@link balanceSuspects}), and its reading is fragile (`fragile`, as
 * `sumFailureIsEnough`), is it named: a well-read row that the arithmetic
 * blames is the report's own error, for validate to report.
 */
function balanceCulprit(value: (rowPath: string, column: number) => Count, fragile: (rowPath: string) => boolean): ContradictedRow | null {
  const suspects = balanceSuspects(value);
  if (!suspects || suspects.rows.length !== 1) return null;
  const rowPath = suspects.rows[0] as string;
  return fragile(rowPath) ? { rowPath, columns: suspects.columns, sumHolds: true } : null;
}

/** The balance rows that may hold the wrong values, and the columns where the balance fails. */
export interface BalanceSuspects {
  /** Rows under `applications`, in template order. */
  readonly rows: readonly string[];
  /** The columns (by index) where 本年新收 + 上年结转 ≠ （七）总计 + 结转下年度. */
  readonly columns: readonly number[];
}

/**
 * When 本年新收 + 上年结转 = （七）总计 + 结转下年度 fails in two or more
 * columns (where all four rows have a value): the balance rows that could be
 * the one wrong row — each tried in turn, the values the other three imply
 * for it must be counts (whole, not negative) that add up to their 总计 —
 * or all four when none can be alone. Null when the balance fails in fewer
 * than two columns (one mistyped number is validate's to report).
 */
export function balanceSuspects(value: (rowPath: string, column: number) => Count): BalanceSuspects | null {
  const n = applicantColumns.length;
  const at = (p: string, c: number): number | null => {
    const v = value(p, c);
    return v === null || v === undefined ? null : v;
  };
  const known: number[] = [];
  for (let c = 0; c < n; c++) if (BALANCE_ROWS.every((p) => at(p, c) !== null)) known.push(c);
  const [a, b, t, f] = BALANCE_ROWS as [string, string, string, string];
  const v = (p: string, c: number): number => at(p, c) as number;
  const columns = known.filter((c) => v(a, c) + v(b, c) !== v(t, c) + v(f, c));
  if (columns.length < MIN_FAILING_COLUMNS) return null;
  const implied = (p: string, c: number): number => {
    if (p === a) return v(t, c) + v(f, c) - v(b, c);
    if (p === b) return v(t, c) + v(f, c) - v(a, c);
    if (p === t) return v(a, c) + v(b, c) - v(f, c);
    return v(a, c) + v(b, c) - v(t, c);
  };
  const rows = BALANCE_ROWS.filter((p) => {
    const want = known.map((c) => implied(p, c));
    if (want.some((w) => w < 0 || !Number.isInteger(w))) return false;
    // Where the whole row is known, the implied values must add up to the implied 总计.
    if (known.length === n) {
      let sum = 0;
      for (let k = 0; k < n - 1; k++) sum += want[k] as number;
      if (sum !== want[n - 1]) return false;
    }
    return true;
  });
  return { rows: rows.length > 0 ? rows : BALANCE_ROWS, columns };
}

/**
 * The columns (by index) in which no column relation a table-3 row takes
 * part in can be checked: a value of the relation is null there. A value
 * moved from one column of a row to another keeps the row sum; only the
 * column relations of both columns can tell, so a row read by its count of
 * lines alone is confirmed only where they can.
 */
export function uncheckedColumns(value: (rowPath: string, column: number) => Count, otherHandling: 'divided' | 'undivided', rowPath: string): number[] {
  const results = resultRowPaths(otherHandling);
  const inBalance = BALANCE_ROWS.includes(rowPath);
  const inResults = rowPath === 'total' || results.includes(rowPath);
  const known = (p: string, c: number): boolean => {
    const v = value(p, c);
    return v !== null && v !== undefined;
  };
  const out: number[] = [];
  for (let c = 0; c < applicantColumns.length; c++) {
    const balance = inBalance && BALANCE_ROWS.every((p) => known(p, c));
    const sum = inResults && known('total', c) && results.every((p) => known(p, c));
    if (!balance && !sum) out.push(c);
  }
  return out;
}
