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
 * HTML-to-text tools). One pass, no regex. A form feed stays inside its line:
 * folding treats it as a space.
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
  // Without a carriage return, each line ends at the next line feed, found
  // by the engine's search rather than a test per character.
  if (text.indexOf('\r') < 0) {
    const lines: Line[] = [];
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      const end = nl < 0 ? text.length : nl;
      lines.push({ index: lines.length, start: from, end, text: text.slice(from, end) });
      if (nl < 0) return lines;
      from = nl + 1;
    }
  }
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
      if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: n, text: text.slice(start, n) });
  return lines;
}
