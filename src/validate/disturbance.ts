import type { DiagnosticCode } from '../model/diagnostic.js';
import type { DiagnosticPath } from '../model/report-path.js';

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
   * `row-runs-unchecked`, `row-contradicted`, `row-detached`) — a row refused, a cell not read, a
   * number left unplaced. A blank cell no such disturbance covers is blank
   * in the source.
   */
  readonly blank: boolean;
}
