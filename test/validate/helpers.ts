import { parseReport, type Report } from '../../src/index.js';
import type { Finding, FindingCode } from '../../src/validate/finding.js';
import { seed } from '../helpers/seeds.js';

/** A seed report, parsed: its text and its report. */
export function parsedSeed(prefix: string): { text: string; report: Report } {
  const { text } = seed(prefix);
  return { text, report: parseReport(text) };
}

/**
 * A copy of the report with one value changed (a number, or null for a
 * blank cell). The path must exist: a typo fails the test instead of
 * testing nothing.
 */
export function withValue(report: Report, path: string, value: unknown): Report {
  const copy = structuredClone(report) as unknown as Record<string, unknown>;
  const parts = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object') throw new Error(`withValue: no ${path}`);
    node = next as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] as string;
  if (!Object.prototype.hasOwnProperty.call(node, last)) throw new Error(`withValue: no ${path}`);
  node[last] = value;
  return copy as unknown as Report;
}

/** A copy of the report with several values changed. */
export function withValues(report: Report, values: Record<string, unknown>): Report {
  let copy = report;
  for (const [path, value] of Object.entries(values)) copy = withValue(copy, path, value);
  return copy;
}

/** The findings of one code. */
export function ofCode<F extends Finding>(findings: readonly F[], code: Finding['code']): F[] {
  return findings.filter((f) => f.code === code);
}

/** 1-based line and column of an offset, counted here by splitting on LF (the seeds use LF only). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: ((before[before.length - 1] as string).length) + 1 };
}

/**
 * Each code's severity, as the issue specifies it. Typed as a record over
 * every `FindingCode`, so that a code added to `FindingCodes` without a
 * severity here fails the typecheck.
 */
export const SEVERITY: Readonly<Record<FindingCode, 'error' | 'warning' | 'info'>> = {
  'applications-balance': 'error',
  'results-sum': 'error',
  'row-sum': 'error',
  'review-sum': 'error',
  'not-assessable': 'info',
  'negative-count': 'error',
  'non-integer-count': 'error',
  'negative-amount': 'error',
  'template-year-mismatch': 'warning',
  'section-missing': 'warning',
  'table-missing': 'warning',
  'section-empty': 'info',
  'narrative-mismatch': 'warning',
  'series-carry-over': 'warning',
  'series-in-force': 'info',
};
