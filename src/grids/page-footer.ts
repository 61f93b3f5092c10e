import { hasDigit } from './parse-cell-value.js';

/** Most characters other than white space a footer has. */
const MAX_FOOTER = 16;

/** What `\s` matches in a JavaScript regex (which the test below uses). */
function isRegexSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether the text has more than MAX_FOOTER characters other than white space (stops there). */
function longerThanFooter(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isRegexSpace(text.charCodeAt(i)) && ++n > MAX_FOOTER) return true;
  return false;
}

/**
 * A page footer that pdftotext leaves inside tables: `-4-`, `- 4 -`,
 * `— 5 —`, `第 3 页`, `第3页 共10页`. A bare number is not taken for a
 * footer: it may be a value; nor is a line whose parts are set apart by
 * runs of spaces, as table cells are.
 */
export function isPageFooter(text: string): boolean {
  // Asked of every line: a line with more than 16 characters that are not
  // white space is no footer (the test on the compacted text below), told
  // without building it.
  if (longerThanFooter(text)) return false;
  // Both kinds hold a digit (the dashed one an ASCII digit): a label or a
  // word is told by one scan, without the copies below.
  if (!hasDigit(text)) return false;
  // A footer hugs its number (`-4-`, `- 4 -`, `第 3 页`); table cells are set
  // apart by runs of spaces (`-    5    —` is a row of values, not a footer).
  if (/\S {2,}\S/.test(text.replace(/[\f\u3000]/g, ' ').trim())) return false;
  const t = text.replace(/[\s\f\u3000]/g, '');
  if (t.length === 0 || t.length > MAX_FOOTER) return false;
  let i = 0;
  let dashes = 0;
  while (i < t.length && '-—–－'.includes(t[i] as string)) {
    i++;
    dashes++;
  }
  const digitsStart = i;
  while (i < t.length && t[i]! >= '0' && t[i]! <= '9') i++;
  const digits = i - digitsStart;
  while (i < t.length && '-—–－'.includes(t[i] as string)) {
    i++;
    dashes++;
  }
  if (digits > 0 && dashes >= 2 && i === t.length) return true;
  return t.startsWith('第') && t.includes('页') && hasDigit(t);
}
