import type { Span } from '../model/span.js';
import type { Line } from './split-lines.js';
import { LineTable } from './line-table.js';

/**
 * Maps offsets to 1-based line:column, by binary search over line starts.
 *
 * @example
 * ```ts
 * import { createLineIndex, splitLines, type LineIndex } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * const index: LineIndex = createLineIndex(splitLines(text));
 * index.positionAt(text.indexOf('1320')); // { line: 54, column: 35 }
 * ```
 */
export interface LineIndex {
  /** The 1-based line and column of an offset (UTF-16 units, as remark). */
  readonly positionAt: (offset: number) => { line: number; column: number };
  /** A span from `start` to `end` (exclusive) with the start's line:column. */
  readonly spanOf: (start: number, end: number) => Span;
}

/**
 * Builds a {@link LineIndex} over lines produced by `splitLines`.
 *
 * @example
 * ```ts
 * import { createLineIndex, splitLines } from 'xxgk-report';
 * const index = createLineIndex(splitLines('规章\t1\n行政规范性文件\t209'));
 * index.positionAt(13); // { line: 2, column: 9 }   the 2 of 209
 * index.spanOf(13, 16); // { start: 13, end: 16, line: 2, column: 9 }
 * ```
 */
export function createLineIndex(lines: readonly Line[]): LineIndex {
  return indexOverStarts(startsOf(lines));
}

/** The line index of a text, from its line offsets alone (no line objects). */
export function lineIndexOf(text: string): LineIndex {
  return indexOverStarts(new LineTable(text).starts);
}

/** A line index over each line's start offset, in order. */
function indexOverStarts(starts: Int32Array): LineIndex {
  // The line of the last answer: cells are looked up in reading order, so
  // the next offset is mostly on the same line or the one after.
  let last = 0;
  const positionAt = (offset: number): { line: number; column: number } => {
    let lo = 0;
    if ((starts[last] ?? 0) <= offset && (last + 1 >= starts.length || offset < (starts[last + 1] as number))) lo = last;
    else if (last + 2 < starts.length && (starts[last + 1] as number) <= offset && offset < (starts[last + 2] as number)) lo = last + 1;
    else {
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
    }
    last = lo;
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

/** Each line's start offset: a table's own array, or one filled from the lines. */
function startsOf(lines: readonly Line[]): Int32Array {
  const list = lines as unknown;
  if (list instanceof LineTable) return list.starts;
  const starts = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) starts[i] = (lines[i] as Line).start;
  return starts;
}

