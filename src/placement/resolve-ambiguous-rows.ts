import type { Cell } from '../grids/grid.js';
import { parseCellValue } from '../grids/parse-cell-value.js';
import type { Count } from '../model/report.js';
import { BALANCE_ROWS, checkColumnRelations, resultRowPaths } from '../templates/applications-relations.js';

/** A table-3 row whose glued digits split in several ways, each fitting its own row sum. */
export interface AmbiguousRow {
  /** The row's path under `applications`. */
  readonly rowPath: string;
  /** Every split that fits the row sum: seven cells each. */
  readonly splits: readonly (readonly Cell[])[];
}

/** Combinations of candidate splits we try at most. */
const MAX_COMBINATIONS = 4096;

/**
 * Chooses, for rows whose glued digits split in several ways, the one
 * combination of splits under which every column relation those rows take
 * part in — 本年新收 + 上年结转 = 总计 + 结转下年度 and the result rows summing to
 * （七）总计 — can be checked and holds. Returns the chosen splits by row path,
 * or null when no combination, or more than one, does: then nothing is
 * chosen.
 */
export function resolveAmbiguousRows(
  rows: readonly AmbiguousRow[],
  known: (rowPath: string, column: number) => Count,
  otherHandling: 'divided' | 'undivided',
): Map<string, readonly Cell[]> | null {
  if (rows.length === 0) return null;
  let combinations = 1;
  for (const r of rows) {
    if (r.splits.length === 0) return null;
    combinations *= r.splits.length;
    if (combinations > MAX_COMBINATIONS) return null;
  }
  const resultRows = resultRowPaths(otherHandling);
  const ambiguousPaths = new Set(rows.map((r) => r.rowPath));
  const balanceInvolved = BALANCE_ROWS.some((p) => ambiguousPaths.has(p));
  const resultsInvolved = ambiguousPaths.has('total') || resultRows.some((p) => ambiguousPaths.has(p));

  const choice = new Array<number>(rows.length).fill(0);
  let found: number[] | null = null;
  let count = 0;
  for (let n = 0; n < combinations; n++) {
    let rest = n;
    for (let k = 0; k < rows.length; k++) {
      choice[k] = rest % (rows[k] as AmbiguousRow).splits.length;
      rest = Math.floor(rest / (rows[k] as AmbiguousRow).splits.length);
    }
    const value = (rowPath: string, column: number): Count => {
      const k = rows.findIndex((r) => r.rowPath === rowPath);
      if (k < 0) return known(rowPath, column);
      const cell = ((rows[k] as AmbiguousRow).splits[choice[k] as number] as readonly Cell[])[column];
      const parsed = cell ? parseCellValue(cell.text) : null;
      return parsed && parsed.kind === 'number' ? parsed.value : null;
    };
    if (holds(value)) {
      count++;
      found = [...choice];
      if (count > 1) return null;
    }
  }
  if (count !== 1 || !found) return null;
  const chosen = new Map<string, readonly Cell[]>();
  rows.forEach((r, k) => chosen.set(r.rowPath, r.splits[(found as number[])[k] as number] as readonly Cell[]));
  return chosen;

  function holds(value: (rowPath: string, column: number) => Count): boolean {
    const outcome = checkColumnRelations(value, otherHandling);
    return (!balanceInvolved || outcome.balance === 'holds') && (!resultsInvolved || outcome.results === 'holds');
  }
}
