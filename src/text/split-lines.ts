import { LineTable } from './line-table.js';

/**
 * One physical line of the input, without its line terminator.
 *
 * @example
 * ```ts
 * import { splitLines, type Line } from 'xxgk-report';
 * const input = '规章\t1\n行政规范性文件\t209';
 * const line: Line | undefined = splitLines(input)[1];
 * line;                                            // { index: 1, start: 5, end: 16, text: '行政规范性文件\t209' }
 * input.slice(line?.start, line?.end) === line?.text; // true
 * ```
 */
export interface Line {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the line's first character in the input (UTF-16 units). */
  readonly start: number;
  /** Offset just past the line's last character, before its terminator. */
  readonly end: number;
  /** The line's text as written (no terminator). */
  readonly text: string;
}

/**
 * Splits text into lines on LF, CRLF and lone CR (old Mac exports and some
 * HTML-to-text tools). A form feed stays inside its line: folding treats it
 * as a space.
 *
 * @example
 * ```ts
 * import { splitLines } from 'xxgk-report';
 * const lines = splitLines('一、总体情况\r\n规章\t1\r三');
 * lines.map((l) => l.text); // ['一、总体情况', '规章\t1', '三']
 * lines[1];                 // { index: 1, start: 8, end: 12, text: '规章\t1' }
 * ```
 */
export function splitLines(text: string): Line[] {
  // The table's offsets, one object a line (the parser's own stages read the table itself).
  const table = new LineTable(text);
  const lines: Line[] = [];
  for (let i = 0; i < table.length; i++) {
    const start = table.starts[i] as number;
    const end = table.ends[i] as number;
    lines.push({ index: i, start, end, text: text.slice(start, end) });
  }
  return lines;
}
