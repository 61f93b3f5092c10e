/** One physical line of the input, without its line terminator. */
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
 */
export function splitLines(text: string): Line[] {
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
