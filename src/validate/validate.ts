import type { Report } from '../model/report.js';
import type { Finding } from './finding.js';
import { checkApplicationsBalance } from './rule-applications-balance.js';
import { checkNarrative } from './rule-narrative.js';
import { checkResultsSum } from './rule-results-sum.js';
import { checkReviewSum } from './rule-review-sum.js';
import { checkRowSum } from './rule-row-sum.js';
import { checkStructure, checkTemplateYear, checkValues } from './rule-sanity.js';
import { append } from '../model/append.js';
import { indexDiagnostics } from './diagnostic-index.js';
import { withDisturbances } from './disturbances.js';

/** The rule families, in the order their findings are listed at one position. */
const RULES: readonly ((report: Report) => Finding[])[] = [
  checkTemplateYear,
  checkStructure,
  checkValues,
  checkApplicationsBalance,
  checkResultsSum,
  checkRowSum,
  checkReviewSum,
  checkNarrative,
];

/**
 * Checks a parsed report against the template's arithmetic and its own
 * text: 表三's balance per column (R1), its results per column (R2), its
 * rows (R3, with a suggestion when two cells look like one split number),
 * 表四's groups (R4), the sanity of values, template, sections and tables,
 * and the quantities the body text states against the tables.
 *
 * A relation with a blank operand is never failed and never read with 0 for
 * blank: it is an `info` finding (`not-assessable`) naming the blank cell.
 * A relation whose cells the parser flagged (a row refused, read by its
 * count alone, a cell not read: warning and error diagnostics on a cell, its
 * row or its table) lists those diagnostics in `disturbances` and names them
 * in its message: the failure may be the reading's, not the report's.
 * Never mutates the report and never throws on a report, even a partial
 * one; throws a `TypeError` only when given something that is not an object.
 * Findings are plain data, in document order (those without a position
 * first); see {@link FindingCodes} and `docs/findings.md`.
 *
 * @example
 * ```ts
 * import { parseReport, validate, formatFindings } from 'xxgk-report';
 * // text: examples/reports/001_a057d0496994cc01.txt
 * const findings = validate(parseReport(text));
 * findings.filter((f) => f.severity === 'error');            // []   the arithmetic that fails: none here
 * console.log(formatFindings(findings, { file: 'report.txt' }));
 * // report.txt:13:77 warning narrative-mismatch 一、总体情况：正文“2021年全市共办结依申请公开747件”与表三“（七）总计”746件不符（747 ≠ 746）
 * ```
 */
export function validate(report: Report): Finding[] {
  if (report === null || typeof report !== 'object') throw new TypeError('validate: expected a report object');
  const findings: Finding[] = [];
  for (const rule of RULES) append(findings, rule(report));
  // Diagnostics indexed by path once, so naming them is linear in the findings' paths.
  const index = indexDiagnostics(report);
  return sortByPosition(index.size === 0 ? findings : findings.map((f) => withDisturbances(index, f)));
}

/** Stable sort by the first span's offset; findings without a span first. */
export function sortByPosition<F extends Finding>(findings: readonly F[]): F[] {
  return findings
    .map((f, k) => ({ f, k, at: f.spans[0]?.start ?? -1 }))
    .sort((a, b) => a.at - b.at || a.k - b.k)
    .map((x) => x.f);
}
