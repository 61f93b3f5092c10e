import type { Report } from '../../src/index.js';
import type { Problem } from './check.js';
import type { Rendering } from './document.js';

/**
 * Parser bugs the properties found that are not fixed yet. Each has a
 * minimal input pinned by an `it.fails` case in `regressions.test.ts`, and a
 * narrow signature here: a problem of a round trip that the signature
 * explains is counted (and printed in the summary) instead of failing the
 * property, so that CI stays green until the parser is fixed — while any
 * other problem in the same run still fails it. When a bug is fixed, its
 * `it.fails` case starts failing: delete the case's `.fails` and the entry
 * here together.
 */
export interface KnownBug {
  /** Short stable id, used in regressions.test.ts and in the summary. */
  readonly id: string;
  /** What goes wrong, in one sentence. */
  readonly summary: string;
  /** True when this bug explains the problem. */
  readonly explains: (problem: Problem, report: Report, rendering: Rendering) => boolean;
}

/** The row path of a table-3 value path: `applications.denied.stateSecret.total` → `applications.denied.stateSecret`. */
function rowPathOf(path: string): string {
  return path.slice(0, path.lastIndexOf('.'));
}

/** True when the parser calls the problem's table-3 row blank (cell-blank) although a number was written in it. */
function rowReportedBlank(problem: Problem, report: Report): boolean {
  return problem.placed.path.startsWith('applications.') && report.diagnostics.some((d) => d.code === 'cell-blank' && d.path === rowPathOf(problem.placed.path));
}

/** True when the problem's number is on the first line of numbers after a table-3 header printed again (after a page break). */
function firstNumbersAfterRepeatedHeader(problem: Problem, text: string): boolean {
  const header = text.lastIndexOf('法律服', problem.placed.start);
  if (header < 0 || text.indexOf('法律服') === header) return false;
  const lineStart = text.lastIndexOf('\n', problem.placed.start) + 1;
  const between = text.slice(text.indexOf('\n', header) + 1, lineStart);
  return !/[0-9０-９]/.test(between);
}

/**
 * Open bugs. (Fixed, and kept as regression examples in
 * regressions.test.ts: header-words-as-rows, repeated-header-word-as-row,
 * wrapped-row-read-blank, placeholder-line-dropped, broken-proactive-header,
 * detached-run-read-row-by-row, gap-runs-read-row-by-row.)
 */
export const knownBugs: readonly KnownBug[] = [];

/** The known bug that explains a problem, if any. */
export function knownBugOf(problem: Problem, report: Report, rendering: Rendering): KnownBug | undefined {
  return knownBugs.find((b) => b.explains(problem, report, rendering));
}
