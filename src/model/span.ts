/**
 * Where something came from in the input. Offsets are 0-based UTF-16 units
 * (as `String.prototype.slice` and remark count them); `line` and `column`
 * are 1-based and give the position of `start`.
 *
 * @example
 * ```ts
 * const { start, end } = report.sources['applications.total.total'].span;
 * input.slice(start, end); // '1350'
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
