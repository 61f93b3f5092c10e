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
   * What tells: `sum-and-columns`, its sum and two or more columns fail;
   * `sum`, its sum fails and its reading is fragile; `balance`, its sum holds
   * but a column relation blames it alone (read in another order, or a line lost
   * and one gained); `chosen`, its reading was chosen to make its sum hold
   * (split runs joined, glued digits split) and two or more columns fail.
   */
  readonly why: 'sum-and-columns' | 'sum' | 'balance' | 'chosen';
  /** For `balance` and `chosen`: the relation that blames the row. */
  readonly relation?: 'balance' | 'results';
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
 * fails is reason enough. A row whose reading was chosen because its sum
 * holds (`sumWasChosen`: numbers split over lines joined, glued digits
 * split) is tried by the column relations alone.
 */
export function findContradictedRows(
  value: (rowPath: string, column: number) => Count,
  otherHandling: 'divided' | 'undivided',
  sumFailureIsEnough: (rowPath: string) => boolean = () => false,
  sumWasChosen: (rowPath: string) => boolean = () => false,
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
  // Each column's two relations, checked once for all the rows that take part in them.
  const balanceFailing = applicantColumns.map((_, c) => balanceFails(c));
  const resultsFailing = applicantColumns.map((_, c) => resultsFail(c));
  const out: ContradictedRow[] = [];
  const permuted = permutedBalanceRow(value) ?? blamedRow(value, otherHandling, sumFailureIsEnough, sumWasChosen);
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
    for (let c = 0; c < n; c++) if ((inBalance && balanceFailing[c]) || (inResults && resultsFailing[c])) columns.push(c);
    if (columns.length >= MIN_FAILING_COLUMNS) out.push({ rowPath, columns, why: 'sum-and-columns' });
    else if (sumFailureIsEnough(rowPath)) out.push({ rowPath, columns, why: 'sum' });
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
    if (columns.length >= MIN_FAILING_COLUMNS && sameMultiset(read, want)) found = found ? { rowPath: '', columns: [], why: 'balance' } : { rowPath: p, columns, why: 'balance', relation: 'balance' };
  });
  return found && (found as ContradictedRow).rowPath !== '' ? found : null;
}

/**
 * The one row a column relation blames, when it fails in two or more columns
 * while the row's own sum holds: a row of digit lines that lost a line and
 * gained one (`1` / `64` … for 164, a line gone further on), or split runs
 * joined the one way that makes the row's sum hold, keeps its sum and breaks
 * most columns. Only when exactly one row of the relation can be the wrong
 * one (see {@link relationSuspects}), and its reading is fragile (`fragile`)
 * or was chosen by its sum (`chosen`), is it named: a well-read row the
 * arithmetic blames is the report's own error, for validate to report.
 */
function blamedRow(
  value: (rowPath: string, column: number) => Count,
  otherHandling: 'divided' | 'undivided',
  fragile: (rowPath: string) => boolean,
  chosen: (rowPath: string) => boolean,
): ContradictedRow | null {
  for (const suspects of [balanceSuspects(value), resultsSuspects(value, otherHandling)]) {
    if (!suspects || suspects.rows.length !== 1) continue;
    const rowPath = suspects.rows[0] as string;
    if (fragile(rowPath) || chosen(rowPath)) return { rowPath, columns: suspects.columns, why: chosen(rowPath) ? 'chosen' : 'balance', relation: suspects.relation };
  }
  return null;
}

/** The rows of a column relation that may hold the wrong values, and the columns where it fails. */
export interface RelationSuspects {
  /** Which relation: 本年新收 + 上年结转 = （七）总计 + 结转下年度, or the result rows add up to （七）总计. */
  readonly relation: 'balance' | 'results';
  /** Rows under `applications`, in the relation's order. */
  readonly rows: readonly string[];
  /** The columns (by index) where the relation fails. */
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
export function balanceSuspects(value: (rowPath: string, column: number) => Count): RelationSuspects | null {
  return relationSuspects(value, BALANCE_ROWS.map((rowPath, k) => ({ rowPath, sign: (k < 2 ? 1 : -1) as 1 | -1 })), 'balance');
}

/** The same for the result rows, which add up to （七）总计 in each column. */
function resultsSuspects(value: (rowPath: string, column: number) => Count, otherHandling: 'divided' | 'undivided'): RelationSuspects | null {
  return relationSuspects(value, [...resultRowPaths(otherHandling).map((rowPath) => ({ rowPath, sign: 1 as const })), { rowPath: 'total', sign: -1 as const }], 'results');
}

/** A relation Σ sign × row = 0 in every column, tried as in {@link balanceSuspects}. */
function relationSuspects(value: (rowPath: string, column: number) => Count, terms: readonly { rowPath: string; sign: 1 | -1 }[], relation: 'balance' | 'results'): RelationSuspects | null {
  const n = applicantColumns.length;
  const at = (p: string, c: number): number | null => {
    const v = value(p, c);
    return v === null || v === undefined ? null : v;
  };
  const known: number[] = [];
  const sums: number[] = [];
  for (let c = 0; c < n; c++) {
    let sum = 0;
    let all = true;
    for (const { rowPath, sign } of terms) {
      const v = at(rowPath, c);
      if (v === null) {
        all = false;
        break;
      }
      sum += sign * v;
    }
    if (!all) continue;
    known.push(c);
    sums.push(sum);
  }
  const columns = known.filter((_, k) => Math.abs(sums[k] as number) > 1e-9);
  if (columns.length < MIN_FAILING_COLUMNS) return null;
  const rows = terms
    .filter(({ rowPath, sign }) => {
      // The value that would make the relation hold: v − sign × (the column's sum).
      const want = known.map((c, k) => (at(rowPath, c) as number) - sign * (sums[k] as number));
      if (want.some((w) => w < 0 || !Number.isInteger(w))) return false;
      // Where the whole row is known, the implied values must add up to the implied 总计.
      if (known.length === n) {
        let sum = 0;
        for (let k = 0; k < n - 1; k++) sum += want[k] as number;
        if (sum !== want[n - 1]) return false;
      }
      return true;
    })
    .map((t) => t.rowPath);
  return { relation, rows: rows.length > 0 ? rows : terms.map((t) => t.rowPath), columns };
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
