import type { Severity } from '../model/diagnostic.js';
import type { Span } from '../model/span.js';
import type { FindingPath } from '../model/report-path.js';
import type { Disturbance } from './disturbance.js';

/**
 * Every finding code `validate` and `validateSeries` can emit, with its
 * severity and what it checks. Codes are part of the public API: stable
 * across minor versions, so a program may switch on them (never on a
 * message). See `docs/findings.md` for an example message of each.
 *
 * @example
 * ```ts
 * import { parseReport, validate, type FindingCodes } from 'xxgk-report';
 * // The codes of the template's arithmetic (勾稽关系):
 * const arithmetic: ReadonlySet<keyof FindingCodes> = new Set(['applications-balance', 'results-sum', 'row-sum', 'review-sum']);
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * const findings = validate(parseReport(text.replace('\t1350\t', '\t1351\t'))); // （七）总计 · 总计 off by one
 * findings.filter((f) => arithmetic.has(f.code)).map((f) => f.code); // ['applications-balance', 'results-sum', 'row-sum']
 * ```
 */
export interface FindingCodes {
  /** error — 表三, per applicant column: 一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理. */
  'applications-balance': true;
  /** error — 表三, per applicant column: （一）+（二）+（三）1–8 +（四）1–3 +（五）1–5 +（六） = （七）总计. */
  'results-sum': true;
  /** error — 表三, per row: 自然人 + the five 法人或其他组织 columns = 总计; may carry a split-number suggestion. */
  'row-sum': true;
  /** error — 表四, per group: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. */
  'review-sum': true;
  /** info — a rule could not be checked because a cell it needs is blank (null) or its table is missing; never read as 0. */
  'not-assessable': true;
  /** error — a count is negative (本年增/减 is signed and exempt). */
  'negative-count': true;
  /** error — a count is not a whole number. */
  'non-integer-count': true;
  /** error — an amount of money (收费金额, 采购总金额) is negative. */
  'negative-amount': true;
  /** warning — the tables follow the 2021 template in a report on 2019–2020, or the 2019 template in a report on 2021 or later. */
  'template-year-mismatch': true;
  /** warning — one of the six standard sections (一、总体情况 … 六、其他需要报告的事项) was not found. */
  'section-missing': true;
  /** warning — a standard table (表二, 表三, 表四) was not found. */
  'table-missing': true;
  /** info — 五、存在的主要问题及改进情况 is empty or only says 无. */
  'section-empty': true;
  /** warning — a sentence of the body text states a quantity that differs from the table value it names. */
  'narrative-mismatch': true;
  /** warning — this year's 二、上年结转 differs from last year's 四、结转下年度继续办理 (validateSeries). */
  'series-carry-over': true;
  /** info — 现行有效件数 ≠ last year's 现行有效 + 本年制发 − 本年废止 (validateSeries; repeal, revision and merger can break it). */
  'series-in-force': true;
}

/**
 * A stable finding code: one of the keys of {@link FindingCodes}.
 *
 * @example
 * ```ts
 * import { parseReport, validate, type FindingCode } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * const report = parseReport(text.replace('10\t12\t3\t4\t29', '10\t12\t3\t4\t30')); // 行政复议 · 总计 off by one
 * const codes: FindingCode[] = validate(report).map((f) => f.code);
 * codes; // ['narrative-mismatch', 'review-sum']
 * ```
 */
export type FindingCode = keyof FindingCodes;

/**
 * One result of `validate`: a relation of the template that fails, cannot be
 * checked, or looks suspicious. Plain data: survives `JSON.stringify` and
 * `structuredClone`.
 *
 * @example
 * ```ts
 * import { parseReport, validate, type Finding } from 'xxgk-report';
 * const findings: Finding[] = validate(parseReport(text)); // text: examples/reports/001_a057d0496994cc01.txt
 * const f = findings[0];
 * f?.code;          // 'narrative-mismatch'
 * f?.severity;      // 'warning'
 * f?.paths;         // ['applications.total.total']   （七）总计 · 总计
 * f?.expected;      // 746   the table's value
 * f?.actual;        // 747   the number the sentence states
 * f?.spans[0]?.line; // 13   the sentence; spans[1] is the table cell
 * f?.message;       // '一、总体情况：正文“2021年全市共办结依申请公开747件”与表三“（七）总计”746件不符（747 ≠ 746）'
 * ```
 */
export interface Finding {
  /** Stable code; see {@link FindingCodes}. */
  readonly code: FindingCode;
  /** `error`: the template's arithmetic fails; `warning`: suspicious; `info`: worth knowing. */
  readonly severity: Severity;
  /** Message in Chinese, in the words practitioners use, with the numbers compared. */
  readonly message: string;
  /** The same message in English. */
  readonly messageEn: string;
  /**
   * The dotted paths of every cell involved, as in `flattenReport` (e.g.
   * `applications.total.total`); for `table-missing`, the table's name.
   */
  readonly paths: readonly FindingPath[];
  /** For arithmetic: the value the relation requires (a sum of cells, or the table value a sentence names). */
  readonly expected?: number;
  /** For arithmetic: the value found (the total as written, or the number the sentence states). */
  readonly actual?: number;
  /**
   * Where in the input: the cells involved that have a source (for a
   * narrative finding, the sentence first, then the table cells). Empty for
   * report-level findings such as `section-missing`.
   */
  readonly spans: readonly Span[];
  /** A hint in Chinese, e.g. that two cells look like one number split in two. Never applied. */
  readonly suggestion?: string;
  /** The same hint in English. */
  readonly suggestionEn?: string;
  /**
   * The parse diagnostics (warnings and errors; the first of each code per
   * path) on the cells involved, or on a row, group or table holding one
   * (see {@link Disturbance}): the finding may be the reading's, not
   * the report's. Present only when there is one, for the relations
   * (`applications-balance`, `results-sum`, `row-sum`, `review-sum`,
   * `not-assessable`) and `narrative-mismatch`; the messages name them in a
   * clause of their own. A program tells "the report's numbers do not add
   * up" (`disturbances` absent) from "we could not read them with certainty"
   * (present); `severity` stays the code's. For `not-assessable`, the
   * disturbances with `blank: true` are why the cells are blank; a blank cell
   * none covers is blank in the source.
   */
  readonly disturbances?: readonly Disturbance[];
}

/**
 * The fields of a finding that {@link makeFinding} fills in when absent.
 * `paths` are strings here: the rules build them from template keys, and the
 * schema test checks that every path they emit is a {@link FindingPath}.
 */
export type FindingInput = Omit<Finding, 'paths' | 'spans'> & {
  readonly paths?: readonly string[];
  readonly spans?: readonly Span[];
};

/**
 * Builds a finding with its fields in a fixed order, leaving optional fields
 * out rather than `undefined` (so that findings compare and serialize
 * cleanly).
 */
export function makeFinding(input: FindingInput): Finding {
  const finding: {
    -readonly [K in keyof Finding]: Finding[K];
  } = {
    code: input.code,
    severity: input.severity,
    message: input.message,
    messageEn: input.messageEn,
    paths: [...(input.paths ?? [])] as FindingPath[],
    spans: [...(input.spans ?? [])],
  };
  if (input.expected !== undefined) finding.expected = input.expected;
  if (input.actual !== undefined) finding.actual = input.actual;
  if (input.suggestion !== undefined) finding.suggestion = input.suggestion;
  if (input.suggestionEn !== undefined) finding.suggestionEn = input.suggestionEn;
  if (input.disturbances !== undefined && input.disturbances.length > 0) finding.disturbances = [...input.disturbances];
  return finding;
}
