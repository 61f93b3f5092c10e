import { hasDigit } from './parse-cell-value.js';

/**
 * A page footer that pdftotext leaves inside tables: `-4-`, `- 4 -`,
 * `— 5 —`, `第 3 页`, `第3页 共10页`. A bare number is not taken for a
 * footer: it may be a value; nor is a line whose parts are set apart by
 * runs of spaces, as table cells are.
 */
export function isPageFooter(text: string): boolean {
  // A footer hugs its number (`-4-`, `- 4 -`, `第 3 页`); table cells are set
  // apart by runs of spaces (`-    5    —` is a row of values, not a footer).
  if (/\S {2,}\S/.test(text.replace(/[\f\u3000]/g, ' ').trim())) return false;
  const t = text.replace(/[\s\f\u3000]/g, '');
  if (t.length === 0 || t.length > 16) return false;
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
