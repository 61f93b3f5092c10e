/**
 * Where something came from in the input. Offsets are 0-based UTF-16 units
 * (as `String.prototype.slice` and remark count them); `line` and `column`
 * are 1-based and give the position of `start`.
 *
 * @example
 * ```ts
 * import { parseReport, type Span } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const span: Span | undefined = report.sources['applications.total.total']?.span; // （七）总计 · 总计
 * span;                           // { start: 2966, end: 2970, line: 77, column: 25 }
 * text.slice(span?.start, span?.end); // '1350'
 * ```
 */
export interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based column of `start`. */
  readonly column: number;
}
