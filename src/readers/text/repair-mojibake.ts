import type { InputReader, Rendition } from '../../text/rendition.js';

/** Mojibake pairs needed before we call a text mojibake. */
const MIN_PAIRS = 20;

/** A lead byte of a two- to four-byte UTF-8 sequence, read as a Latin-1 character. */
const isLead = (code: number): boolean => code >= 0xc2 && code <= 0xf4;
/** A UTF-8 continuation byte, read as a Latin-1 character. */
const isContinuation = (code: number): boolean => code >= 0x80 && code <= 0xbf;

/**
 * Whether a text is UTF-8 that was read as Latin-1 and written out again
 * (`ææå¸äºº` for 某某区人): many lead-then-continuation pairs of Latin-1
 * characters, and hardly any CJK character of its own. Linear, one pass.
 */
function looksLikeMojibake(input: string): boolean {
  let pairs = 0;
  let cjk = 0;
  for (let i = 0; i + 1 < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) cjk++;
    else if (isLead(c) && isContinuation(input.charCodeAt(i + 1))) pairs++;
    // A Chinese text tells after a few lines: no unit is both a lead and a
    // continuation, so the positions left hold at most one pair in two, and
    // once even that many could not outnumber a tenth of the CJK seen, the
    // answer is no (every parse asks this of the whole input).
    if ((i & 0x3ff) === 0x3ff && cjk * 10 >= pairs + Math.ceil((input.length - 2 - i) / 2)) return false;
  }
  return pairs >= MIN_PAIRS && cjk * 10 < pairs;
}

/**
 * Decodes the Latin-1 characters of `input` as the UTF-8 bytes they were,
 * one sequence at a time, and keeps every other character as it is: an
 * invalid or cut sequence (html2text cuts cells by bytes) stays as its
 * characters, never guessed. Each decoded character maps to the start of
 * its sequence in the input.
 */
function repair(input: string): Rendition {
  let text = '';
  const map: number[] = [];
  let i = 0;
  /** Start of the run copied one for one, or -1. */
  let copyFrom = -1;
  let copyAt = 0;
  const flushCopy = (to: number): void => {
    if (copyFrom < 0) return;
    map.push(copyAt, copyFrom, to - copyFrom);
    text += input.slice(copyFrom, to);
    copyFrom = -1;
  };
  while (i < input.length) {
    const c = input.charCodeAt(i);
    const length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let code = -1;
    if (length > 0 && i + length <= input.length) {
      code = c & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
      for (let k = 1; k < length; k++) {
        const b = input.charCodeAt(i + k);
        if (!isContinuation(b)) {
          code = -1;
          break;
        }
        code = (code << 6) | (b & 0x3f);
      }
      // Overlong forms and surrogates are no characters.
      if (code >= 0 && ((length === 3 && code < 0x800) || (length === 4 && (code < 0x10000 || code > 0x10ffff)) || (code >= 0xd800 && code <= 0xdfff))) code = -1;
    }
    if (code < 0) {
      if (copyFrom < 0) {
        copyFrom = i;
        copyAt = text.length;
      }
      i++;
      continue;
    }
    flushCopy(i);
    map.push(text.length, i, 1);
    text += String.fromCodePoint(code);
    i += length;
  }
  flushCopy(input.length);
  return { text, map };
}

/**
 * Repairs text that was UTF-8 read as Latin-1 and encoded again — what
 * html2text writes for a page whose charset it did not see (`<meta
 * charset>` in HTML5), and what a wrong "encoding" setting gives. Accepts
 * only text that carries the mojibake's signature in numbers (see
 * `looksLikeMojibake`) and hardly any CJK of its own; every span of
 * the report is mapped back to the input as written.
 *
 * @example
 * ```ts
 * import { createParser, defaultReaders, mojibakeReader } from 'xxgk-report';
 * const utf8AsLatin1 = (s: string) => String.fromCharCode(...new TextEncoder().encode(s));
 * const broken = utf8AsLatin1('某某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度共主动公开政府信息5176条。');
 * mojibakeReader.accepts(broken);               // true
 * mojibakeReader.read(broken).text.slice(0, 7); // '某某区人民政府'
 * const parse = createParser({ readers: [mojibakeReader, ...defaultReaders] });
 * parse(broken).meta.year;                      // 2023
 * ```
 */
export const mojibakeReader: InputReader = {
  name: 'mojibake',
  accepts: looksLikeMojibake,
  read: repair,
};
