/**
 * Character references (`&nbsp;`, `&#8220;`, `&#x7b;`) as government CMS
 * pages and Word-pasted markup write them. Named references are the ones
 * these pages use, not HTML's full table of 2,231: a name we do not know is
 * kept verbatim, as is any `&` that does not start a reference.
 */

/** Named references we decode, case-sensitive as in HTML. */
const NAMED = new Map<string, string>([
  ['nbsp', '\u00a0'], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"],
  ['AMP', '&'], ['LT', '<'], ['GT', '>'], ['QUOT', '"'], ['COPY', '\u00a9'], ['REG', '\u00ae'],
  ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'], ['zwnj', '\u200c'], ['zwj', '\u200d'],
  ['shy', '\u00ad'], ['middot', '\u00b7'], ['bull', '\u2022'], ['hellip', '\u2026'],
  ['ldquo', '\u201c'], ['rdquo', '\u201d'], ['lsquo', '\u2018'], ['rsquo', '\u2019'],
  ['sbquo', '\u201a'], ['bdquo', '\u201e'], ['laquo', '\u00ab'], ['raquo', '\u00bb'],
  ['lsaquo', '\u2039'], ['rsaquo', '\u203a'], ['mdash', '\u2014'], ['ndash', '\u2013'],
  ['minus', '\u2212'], ['times', '\u00d7'], ['divide', '\u00f7'], ['plusmn', '\u00b1'],
  ['deg', '\u00b0'], ['permil', '\u2030'], ['prime', '\u2032'], ['Prime', '\u2033'],
  ['le', '\u2264'], ['ge', '\u2265'], ['ne', '\u2260'], ['sdot', '\u22c5'],
  ['larr', '\u2190'], ['rarr', '\u2192'], ['uarr', '\u2191'], ['darr', '\u2193'],
  ['yen', '\u00a5'], ['cent', '\u00a2'], ['pound', '\u00a3'], ['euro', '\u20ac'], ['curren', '\u00a4'],
  ['copy', '\u00a9'], ['reg', '\u00ae'], ['trade', '\u2122'], ['sect', '\u00a7'], ['para', '\u00b6'],
  ['sup1', '\u00b9'], ['sup2', '\u00b2'], ['sup3', '\u00b3'], ['frac12', '\u00bd'], ['frac14', '\u00bc'],
  ['frac34', '\u00be'], ['micro', '\u00b5'], ['circ', '\u02c6'], ['tilde', '\u02dc'], ['acute', '\u00b4'],
  ['uml', '\u00a8'], ['macr', '\u00af'], ['cedil', '\u00b8'], ['ordf', '\u00aa'], ['ordm', '\u00ba'],
  ['not', '\u00ac'], ['brvbar', '\u00a6'], ['iexcl', '\u00a1'], ['iquest', '\u00bf'],
]);

/**
 * Names browsers also accept without the semicolon (`&nbsp 5`). We accept
 * them only when the name is not followed by more letters or digits.
 */
const LEGACY_WITHOUT_SEMICOLON: ReadonlySet<string> = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG']);

/** Longest name we look at; longer runs are not references. */
const MAX_NAME = 32;

/** HTML's remapping of numeric references 0x80–0x9F to Windows-1252 (`&#150;` is `–`). */
const WINDOWS_1252: ReadonlyMap<number, number> = new Map([
  [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020],
  [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152],
  [0x8e, 0x017d], [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022],
  [0x96, 0x2013], [0x97, 0x2014], [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a],
  [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
]);

/** A character reference read at some offset: what it stands for and where it ends. */
export interface DecodedEntity {
  /** The decoded text (one or two UTF-16 units). */
  readonly value: string;
  /** Offset just past the reference (past its `;` when it has one). */
  readonly end: number;
}

/**
 * Reads the character reference that starts at `text[at]` (an `&`), not
 * looking past `limit`. Returns null when there is none there — an unknown
 * name, `&` alone, `&#;` — so that the caller keeps the text verbatim.
 *
 * Numeric references follow HTML: the semicolon is optional; 0, surrogates
 * and values past U+10FFFF give U+FFFD; 0x80–0x9F are read as Windows-1252.
 * Runs of digits of any length are read in one pass (linear).
 *
 * @example
 * ```ts
 * decodeEntityAt('a&nbsp;b', 1); // { value: '\u00a0', end: 7 }
 * decodeEntityAt('&#x7b;', 0);   // { value: '{', end: 6 }
 * decodeEntityAt('&nosuch;', 0); // null
 * ```
 */
export function decodeEntityAt(text: string, at: number, limit: number = text.length): DecodedEntity | null {
  const end = Math.min(limit, text.length);
  if (text.charCodeAt(at) !== 0x26 /* & */ || at + 1 >= end) return null;
  if (text.charCodeAt(at + 1) === 0x23 /* # */) return decodeNumeric(text, at, end);
  let j = at + 1;
  while (j < end && j - at - 1 < MAX_NAME && isAsciiAlphanumeric(text.charCodeAt(j))) j++;
  if (j === at + 1) return null;
  const name = text.slice(at + 1, j);
  const value = NAMED.get(name);
  if (value === undefined) return null;
  if (j < end && text.charCodeAt(j) === 0x3b /* ; */) return { value, end: j + 1 };
  if (LEGACY_WITHOUT_SEMICOLON.has(name) && !(j < end && isAsciiAlphanumeric(text.charCodeAt(j)))) return { value, end: j };
  return null;
}

function decodeNumeric(text: string, at: number, end: number): DecodedEntity | null {
  let j = at + 2;
  const hex = j < end && (text.charCodeAt(j) === 0x78 || text.charCodeAt(j) === 0x58); // x X
  if (hex) j++;
  const digitsFrom = j;
  let code = 0;
  for (; j < end; j++) {
    const digit = digitValue(text.charCodeAt(j), hex);
    if (digit < 0) break;
    // Past U+10FFFF the value no longer matters: stop growing it (no overflow).
    if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + digit;
  }
  if (j === digitsFrom) return null;
  if (j < end && text.charCodeAt(j) === 0x3b) j++;
  return { value: codePointText(code), end: j };
}

function codePointText(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  const remapped = WINDOWS_1252.get(code);
  return String.fromCodePoint(remapped ?? code);
}

function digitValue(code: number, hex: boolean): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (!hex) return -1;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  return -1;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Decodes every character reference in a string (an attribute value, say);
 * anything that is not a reference stays as written. One pass.
 *
 * @example
 * ```ts
 * decodeEntities('A&amp;B &#20013; &bogus;'); // 'A&B 中 &bogus;'
 * ```
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const decoded = decodeEntityAt(text, amp);
    if (decoded) {
      out += text.slice(from, amp) + decoded.value;
      from = decoded.end;
      amp = text.indexOf('&', from);
    } else {
      amp = text.indexOf('&', amp + 1);
    }
  }
  return out + text.slice(from);
}
