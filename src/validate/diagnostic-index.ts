import type { Diagnostic } from '../model/diagnostic.js';
import type { Report } from '../model/report.js';
import { readCell } from './read-cell.js';

/** A diagnostic and its place in `report.diagnostics`. */
export interface IndexedDiagnostic {
  /** Its index in `report.diagnostics`: document order, and its identity. */
  readonly at: number;
  readonly diagnostic: Diagnostic;
}

/** What one path contributes to a finding, worked out once per `validate` call. */
export interface PathFacts {
  /** The diagnostics on the path or on a row, group or table holding it. */
  readonly diagnostics: readonly IndexedDiagnostic[];
  /** Whether its value is blank (null). */
  readonly blank: boolean;
}

/**
 * The report's disturbing diagnostics by path, built once per `validate`
 * call; `factsOf` is memoized per path, so naming the disturbances of all
 * findings reads each cell and each path's diagnostics once.
 */
export interface DiagnosticIndex {
  /** How many paths have a diagnostic; 0 when none can disturb a finding. */
  readonly size: number;
  readonly factsOf: (path: string) => PathFacts;
}

/**
 * Indexes the report's warning and error diagnostics that have a path by
 * that path, the first of each code per path only: a table can hold many
 * stray number lines (`unplaced-number` on `applications`), and every finding
 * of the table would list them all — one names the trouble and where it
 * starts, and keeps the work per finding bounded by the template, not by the
 * input. Info diagnostics (`cell-blank`, `cell-split`, …) say a value was read
 * as written, so they disturb nothing. Safe on a partial report.
 */
export function indexDiagnostics(report: Report): DiagnosticIndex {
  const byPath = new Map<string, IndexedDiagnostic[]>();
  const diagnostics: unknown = report.diagnostics;
  if (Array.isArray(diagnostics)) {
    diagnostics.forEach((d: unknown, at) => {
      if (!isDisturbing(d)) return;
      const list = byPath.get(d.path as string);
      if (!list) byPath.set(d.path as string, [{ at, diagnostic: d }]);
      else if (!list.some((x) => x.diagnostic.code === d.code)) list.push({ at, diagnostic: d });
    });
  }
  const memo = new Map<string, PathFacts>();
  const factsOf = (path: string): PathFacts => {
    let facts = memo.get(path);
    if (!facts) {
      const found: IndexedDiagnostic[] = [];
      for (const covering of coveringPaths(path)) for (const d of byPath.get(covering) ?? []) found.push(d);
      facts = { diagnostics: found, blank: readCell(report, path) === null };
      memo.set(path, facts);
    }
    return facts;
  };
  return { size: byPath.size, factsOf };
}

function isDisturbing(d: unknown): d is Diagnostic {
  if (d === null || typeof d !== 'object') return false;
  const { severity, path, code, span } = d as Partial<Diagnostic>;
  return (
    (severity === 'warning' || severity === 'error') &&
    typeof path === 'string' &&
    typeof code === 'string' &&
    span !== null &&
    typeof span === 'object' &&
    typeof span.line === 'number' &&
    typeof span.column === 'number'
  );
}

/**
 * The path itself and every path that holds it, longest first:
 * `applications.denied.stateSecret.total` → itself,
 * `applications.denied.stateSecret`, `applications.denied`, `applications`.
 */
export function coveringPaths(path: string): string[] {
  const out = [path];
  for (let i = path.lastIndexOf('.'); i > 0; i = path.lastIndexOf('.', i - 1)) out.push(path.slice(0, i));
  return out;
}
