import type { Span } from '../model/span.js';
import type { Line } from './split-lines.js';

/** Maps offsets to 1-based line:column, by binary search over line starts. */
export interface LineIndex {
  /** The 1-based line and column of an offset (UTF-16 units, as remark). */
  readonly positionAt: (offset: number) => { line: number; column: number };
  /** A span from `start` to `end` (exclusive) with the start's line:column. */
  readonly spanOf: (start: number, end: number) => Span;
}

/** Builds a {@link LineIndex} over lines produced by `splitLines`. */
export function createLineIndex(lines: readonly Line[]): LineIndex {
  const starts = lines.map((l) => l.start);
  const positionAt = (offset: number): { line: number; column: number } => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
  return {
    positionAt,
    spanOf(start, end) {
      const { line, column } = positionAt(start);
      return { start, end, line, column };
    },
  };
}
