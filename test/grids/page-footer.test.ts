import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPageFooter } from '../../src/grids/page-footer.js';
import { hasDigit } from '../../src/grids/parse-cell-value.js';

/** The test as first written, without the length shortcut: what isPageFooter must answer. */
function reference(text: string): boolean {
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
  while (i < t.length && (t[i] as string) >= '0' && (t[i] as string) <= '9') i++;
  const digits = i - digitsStart;
  while (i < t.length && '-—–－'.includes(t[i] as string)) {
    i++;
    dashes++;
  }
  if (digits > 0 && dashes >= 2 && i === t.length) return true;
  return t.startsWith('第') && t.includes('页') && hasDigit(t);
}

describe('isPageFooter', () => {
  it('takes the footers pdftotext leaves, not values or rows', () => {
    for (const footer of ['-4-', '- 4 -', '— 5 —', '第 3 页', '第3页 共10页']) expect(isPageFooter(footer)).toBe(true);
    for (const other of ['4', '-    5    —', '第三部分', '（一）予以公开 1 2 3']) expect(isPageFooter(other)).toBe(false);
  });

  it('counts only what is not white space towards a footer\'s length, for every kind of white space', () => {
    for (const space of [' ', '\t', '\f', '\v', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']) {
      expect(isPageFooter(`${space.repeat(20)}第3页${space.repeat(20)}`)).toBe(true);
      expect(isPageFooter(`第3页${space}${'共'.repeat(14)}`)).toBe(false); // 17 characters
    }
  });

  it('answers as the whole test does, however much white space of any kind pads the line', () => {
    const unit = fc.constantFrom('-', '—', '－', '1', '2', '１', '第', '页', '共', ' ', '\u3000', '\f', '\t', '\u00a0', '\u2003', '\ufeff', '\u2028', 'a');
    const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(isPageFooter(t)).toBe(reference(t));
      }),
      { numRuns: 20_000 },
    );
  });
});
