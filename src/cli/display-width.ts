/**
 * Columns a character takes in a terminal: 2 for East Asian wide and
 * full-width characters (CJK ideographs, kana, hangul, full-width forms,
 * CJK punctuation), 0 for combining marks and controls, 1 otherwise.
 */
function charWidth(code: number): number {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code >= 0x300 && code <= 0x36f) return 0;
  if (code === 0x200b || code === 0xfeff) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/**
 * The width of a string in terminal columns, counting East Asian wide
 * characters as two.
 *
 * @example
 * ```ts
 * displayWidth('表三 abc'); // 7
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/** Pads a string with spaces on the right to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads a string with spaces on the left to `width` columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * Cuts a string to at most `width` columns, keeping its end (the file name
 * of a path) and marking the cut with `…`.
 */
export function truncateStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let out = '';
  let used = 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] ?? '';
    const w = displayWidth(ch);
    if (used + w > width) break;
    out = ch + out;
    used += w;
  }
  return '…' + out;
}
