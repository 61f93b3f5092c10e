import { getPath } from '../templates/flatten-report.js';
import type { CellSource, FoundTable, Report } from '../model/report.js';
import type { Span } from '../model/span.js';

/**
 * A cell's value for arithmetic: a finite number, or null when the cell is
 * blank, missing from the report, or not a finite number. Never 0 for blank.
 */
export function readCell(report: Report, path: string): number | null {
  const value = getPath(report, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The source spans of those paths that have one, in the order given. */
export function cellSpans(report: Report, paths: readonly string[]): Span[] {
  // Paths come from the rules as strings; read the sources as a string map.
  const sources: Readonly<Record<string, CellSource | undefined>> = report.sources ?? {};
  const spans: Span[] = [];
  for (const path of paths) {
    if (!Object.prototype.hasOwnProperty.call(sources, path)) continue;
    const span = sources[path]?.span;
    if (span) spans.push(span);
  }
  return spans;
}

/** Whether the parser found a standard table in the input. */
export function hasTable(report: Report, table: FoundTable['table']): boolean {
  return (report.tables ?? []).some((t) => t?.table === table);
}

/**
 * The （六）其他处理 layout of table 3: one row (`undivided`) or three
 * (`divided`). Like `otherHandlingLayout`, but safe on a partial report.
 */
export function applicationsLayout(report: Report): 'divided' | 'undivided' {
  const other: unknown = report.applications?.otherHandling;
  return other !== null && typeof other === 'object' && 'total' in other ? 'undivided' : 'divided';
}
