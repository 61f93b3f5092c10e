import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { DiagnosticPath } from '../model/report-path.js';
import type { DiagnosticIndex } from './diagnostic-index.js';
import type { Disturbance } from './disturbance.js';
import { disturbanceClause } from './disturbance-clause.js';
import { makeFinding, type Finding, type FindingCode } from './finding.js';

/**
 * The findings that name their disturbances: the template's arithmetic, the
 * checks it could not make, and the text against the tables — the relations
 * whose outcome depends on how the numbers were read.
 */
const DISTURBED_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'applications-balance',
  'results-sum',
  'row-sum',
  'review-sum',
  'not-assessable',
  'narrative-mismatch',
]);

/**
 * Diagnostics that keep the values they warn about (read by count alone,
 * placed in row order): a blank cell in such a row is blank in the source,
 * not because of the warning. Every other warning or error on a blank cell's
 * path — a row refused, a cell not read, a number left unplaced beside it —
 * may be why it is blank.
 */
const VALUES_KEPT: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['row-unchecked', 'row-runs-unchecked', 'row-contradicted', 'row-detached']);

/** A finding's disturbances, and whether one of its blank cells is blank in the source. */
export interface DisturbancesOf {
  readonly disturbances: Disturbance[];
  /** Whether a blank cell of the finding is one no disturbance made blank. */
  readonly blankInSource: boolean;
}

/**
 * The disturbances of one finding, in the order of the diagnostics: those
 * on its paths or on a row, group or table holding one.
 */
export function disturbancesOf(index: DiagnosticIndex, paths: readonly string[]): DisturbancesOf {
  const facts = paths.map(index.factsOf);
  if (facts.every((f) => f.diagnostics.length === 0)) return { disturbances: [], blankInSource: false };
  const found = new Map<number, { diagnostic: Diagnostic; blank: boolean }>();
  let blankInSource = false;
  for (const { diagnostics, blank } of facts) {
    let explained = false;
    for (const { at, diagnostic } of diagnostics) {
      const cause = blank && !VALUES_KEPT.has(diagnostic.code);
      explained ||= cause;
      const seen = found.get(at);
      if (seen) seen.blank ||= cause;
      else found.set(at, { diagnostic, blank: cause });
    }
    blankInSource ||= blank && !explained;
  }
  const disturbances = [...found]
    .sort((a, b) => a[0] - b[0])
    .map(([, { diagnostic, blank }]) => ({
      code: diagnostic.code,
      path: diagnostic.path as DiagnosticPath,
      line: diagnostic.span.line,
      column: diagnostic.span.column,
      blank,
    }));
  return { disturbances, blankInSource };
}

/**
 * The finding with its disturbances attached and named in its messages;
 * the finding itself when it has none (or is not a relation's).
 */
export function withDisturbances(index: DiagnosticIndex, finding: Finding): Finding {
  if (!DISTURBED_CODES.has(finding.code)) return finding;
  const { disturbances, blankInSource } = disturbancesOf(index, finding.paths);
  if (disturbances.length === 0) return finding;
  const clause = disturbanceClause(disturbances, blankInSource);
  return makeFinding({ ...finding, message: finding.message + clause.zh, messageEn: finding.messageEn + clause.en, disturbances });
}
