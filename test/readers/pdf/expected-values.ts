import type { ReportPath } from '../../../src/index.js';
import { readFileSync } from 'node:fs';
import type { Diagnostic, Report } from '../../../src/index.js';
import { flattenReport } from '../../../src/index.js';

/**
 * Checks of a report read from a PDF against the values a fixture script
 * chose (`NAME.expected.json`: path → number, or null for a cell written
 * blank, `-` or `/`) and against another reading of the same report. Each
 * check returns the list of what went wrong, so a failure names every bad
 * path at once.
 */

export type Expected = Record<string, number | string | null>;

export const readExpected = (file: string): Expected => JSON.parse(readFileSync(file, 'utf8')) as Expected;

/** The table paths whose numbers a reading gives: tables 2, 3 and 4. */
const TABLE_PREFIXES = ['proactive.', 'applications.', 'reviewLitigation.'];
const inTables = (path: string): boolean => TABLE_PREFIXES.some((p) => path.startsWith(p));

/** The table a path belongs to, as table-level diagnostics name it. */
const tableOf = (path: string): string => path.slice(0, path.indexOf('.'));

/**
 * Whether a diagnostic accounts for a value that came back null: a warning
 * or an error on the value's path, its row or its table (an `info` such as
 * `cell-blank` says a cell was empty — never true of a cell holding a number).
 */
export function accountsFor(d: Diagnostic, path: string): boolean {
  if (d.severity === 'info' || d.path === undefined) return false;
  return path === d.path || path.startsWith(`${d.path}.`) || d.path === tableOf(path);
}

/** The numbers (and nulls) of tables 2–4 of a report, by path. */
export function tableValues(report: Report): Map<string, unknown> {
  const flat = flattenReport(report) as Record<string, unknown>;
  return new Map(Object.entries(flat).filter(([path]) => inTables(path)));
}

/**
 * Every expected number given back equal, or null with a warning or error
 * that accounts for it; every cell written without a number given back null,
 * with a diagnostic on its path (`cell-blank`) or a source quoting it; and no number at
 * a path the fixture has no value for.
 */
export function expectedProblems(report: Report, expected: Expected): string[] {
  const got = tableValues(report);
  const problems: string[] = [];
  for (const [path, want] of Object.entries(expected)) {
    if (!inTables(path)) continue;
    const value = got.get(path) ?? null;
    if (want === null) {
      if (value !== null) problems.push(`${path}: written without a number, read ${JSON.stringify(value)}`);
      // A blank cell says so by a diagnostic (`cell-blank`); a '-' or '/' by its source, which quotes the placeholder.
      else if (!report.diagnostics.some((d) => d.path === path) && !report.sources[path as ReportPath]) problems.push(`${path}: cell without a number, and neither a diagnostic nor a source on its path`);
    } else if (value === null) {
      if (!report.diagnostics.some((d) => accountsFor(d, path))) problems.push(`${path}: expected ${want}, null with no diagnostic`);
    } else if (value !== want) problems.push(`${path}: expected ${want}, read ${JSON.stringify(value)}`);
  }
  for (const [path, value] of got) {
    if (value !== null && !(path in expected)) problems.push(`${path}: read ${JSON.stringify(value)} where the fixture has no value`);
  }
  if ('meta.template' in expected && report.meta.template !== expected['meta.template']) {
    problems.push(`meta.template: expected ${String(expected['meta.template'])}, read ${String(report.meta.template)}`);
  }
  return problems;
}

/** The expected numbers a reading left null (allowed with a diagnostic; counted for the report). */
export function nullPaths(report: Report, expected: Expected): string[] {
  const got = tableValues(report);
  return Object.entries(expected).filter(([path, want]) => inTables(path) && want !== null && (got.get(path) ?? null) === null).map(([path]) => path);
}

/** Paths where both readings give a number and the numbers differ. */
export function disagreements(report: Report, other: Report): string[] {
  const a = tableValues(report);
  const b = tableValues(other);
  const out: string[] = [];
  for (const [path, value] of a) {
    const theirs = b.get(path) ?? null;
    if (value !== null && theirs !== null && value !== theirs) out.push(`${path}: PDF ${JSON.stringify(value)}, other reading ${JSON.stringify(theirs)}`);
  }
  return out;
}
