import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { DiagnosticPath } from '../model/report-path.js';
import type { Report } from '../model/report.js';
import { makeFinding, type Finding, type FindingCode } from './finding.js';
import { readCell } from './read-cell.js';

/**
 * A parse diagnostic (warning or error) on a cell a finding involves, or on
 * the row, group or table that holds it: the parser refused, could not read,
 * or only guessed at a value the relation needs, so the finding may be the
 * reading's and not the report's. A finding lists them in `disturbances`.
 *
 * @example
 * ```ts
 * import { parseReport, validate, type Disturbance } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt, 一、本年新收 · 总计 written 1,32O (a letter O)
 * const findings = validate(parseReport(text.replace('1320', '1,32O')));
 * const f = findings.find((x) => x.code === 'not-assessable' && x.paths[0] === 'applications.newReceived.naturalPerson');
 * const d: Disturbance | undefined = f?.disturbances?.[0];
 * d?.code;   // 'row-value-count'   the row's cells could not be matched to its columns
 * d?.path;   // 'applications.newReceived'
 * d?.line;   // 54
 * d?.blank;  // true   the cells are blank because of it, not in the source
 * f?.message;
 * // '表三自然人列：一、本年新收为空，无法核对“本年新收+上年结转 = 办理结果总计+结转下年度继续办理”（空值系读取所致：row-value-count（第54行））'
 * f?.disturbances === undefined; // false: "we could not read it with certainty", not "the report does not add up"
 * ```
 */
export interface Disturbance {
  /** The diagnostic's code (see `DiagnosticCodes`). */
  readonly code: DiagnosticCode;
  /** The diagnostic's path: one of the finding's cells, or the row, group or table holding one. */
  readonly path: DiagnosticPath;
  /** 1-based line of the diagnostic's span. */
  readonly line: number;
  /** 1-based column of the diagnostic's span. */
  readonly column: number;
  /**
   * Whether the diagnostic may be why a cell of the finding is blank (null):
   * it covers that cell and is not one that keeps its values (`row-unchecked`,
   * `row-runs-unchecked`, `row-detached`) — a row refused, a cell not read, a
   * number left unplaced. A blank cell no such disturbance covers is blank
   * in the source.
   */
  readonly blank: boolean;
}

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

interface IndexedDiagnostic {
  /** Its index in `report.diagnostics`: document order, and its identity. */
  readonly at: number;
  readonly diagnostic: Diagnostic;
}

/** What one path contributes to a finding, worked out once per `validate` call. */
interface PathFacts {
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

/**
 * Diagnostics that keep the values they warn about (read by count alone,
 * placed in row order): a blank cell in such a row is blank in the source,
 * not because of the warning. Every other warning or error on a blank cell's
 * path — a row refused, a cell not read, a number left unplaced beside it —
 * may be why it is blank.
 */
const VALUES_KEPT: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['row-unchecked', 'row-runs-unchecked', 'row-detached']);

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

/** How many disturbances a message names; the field lists them all (one per code and path). */
const NAMED_IN_MESSAGE = 3;

function listZh(items: readonly Disturbance[]): string {
  const named = items.slice(0, NAMED_IN_MESSAGE).map((d) => `${d.code}（第${d.line}行）`);
  return named.join('、') + (items.length > NAMED_IN_MESSAGE ? `等${items.length}处` : '');
}

function listEn(items: readonly Disturbance[]): string {
  const named = items.slice(0, NAMED_IN_MESSAGE).map((d) => `${d.code} at ${d.line}:${d.column}`);
  return named.join(', ') + (items.length > NAMED_IN_MESSAGE ? ` and ${items.length - NAMED_IN_MESSAGE} more` : '');
}

/**
 * The clause a finding's message gets, in Chinese and English: which blank
 * cells the reading made blank, whether the others are blank in the source
 * (for a finding with blank cells), and which values were read with a
 * caveat.
 */
export function disturbanceClause(disturbances: readonly Disturbance[], blankInSource: boolean): { zh: string; en: string } {
  const causes = disturbances.filter((d) => d.blank);
  const doubts = disturbances.filter((d) => !d.blank);
  const zh: string[] = [];
  const en: string[] = [];
  if (causes.length > 0) {
    zh.push(`空值系读取所致：${listZh(causes)}`);
    en.push(`null because of the reading: ${listEn(causes)}`);
  }
  if (blankInSource) {
    zh.push(causes.length > 0 ? '其余空格原文即为空白' : '空格原文即为空白');
    en.push(causes.length > 0 ? 'the other blanks are blank in the source' : 'the blanks are blank in the source');
  }
  if (doubts.length > 0) {
    zh.push(`读取存疑：${listZh(doubts)}`);
    en.push(`the parser flagged: ${listEn(doubts)}`);
  }
  return { zh: `（${zh.join('；')}）`, en: ` (${en.join('; ')})` };
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
