/**
 * Folding for matching only. Reports mix full-width and half-width forms
 * (（一） vs (一), ０ vs 0, “” vs ""), ideographic spaces and no-break
 * spaces. We fold one UTF-16 unit to one UTF-16 unit, so a folded string has
 * the same length as its source and every offset found in it is an offset
 * into the original input: positions never need remapping, and what the
 * model reports as raw text is always the original.
 */

/** Folds one UTF-16 code unit for matching; the result is always one unit. */
export function foldCharCode(code: number): number {
  // Full-width ASCII block ！..～ → ! .. ~
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  switch (code) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200b: // zero-width space
    case 0xfeff: // BOM / zero-width no-break space
    case 0x000c: // form feed (page break from pdftotext)
    case 0x000b:
      return 0x20;
    case 0x3007: // 〇 (ideographic zero, as in 二〇二二年)
      return 0x30;
    case 0x201c: // “
    case 0x201d: // ”
    case 0x300c: // 「
    case 0x300d: // 」
      return 0x22;
    case 0x2018: // ‘
    case 0x2019: // ’
      return 0x27;
    case 0x3001: // 、 stays: it is meaningful in enumerators (一、)
      return code;
    case 0x2014: // — em dash
    case 0x2013: // – en dash
    case 0x2212: // − minus
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2015:
      return 0x2d;
    case 0x3010: // 【
      return 0x5b;
    case 0x3011: // 】
      return 0x5d;
    default:
      return code;
  }
}

/**
 * Folds a string for matching; same length as the input (see module note).
 *
 * @example
 * ```ts
 * import { foldForMatch } from 'xxgk-report';
 * foldForMatch('（一）１２３　“三安全一稳定”'); // '(一)123 "三安全一稳定"'
 * foldForMatch('二〇二二年');                // '二0二二年'   one unit for one: offsets stay valid
 * ```
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += String.fromCharCode(foldCharCode(text.charCodeAt(i)));
  }
  return out;
}

/** True for characters that folding turns into a plain space, and ASCII whitespace. */
export function isFoldedSpace(code: number): boolean {
  const f = foldCharCode(code);
  return f === 0x20 || f === 0x09 || f === 0x0a || f === 0x0d;
}

/**
 * The matching key of a label: folded, with every kind of white space
 * removed (labels are broken over lines and padded with spaces by
 * converters: `(三)不予 公开`, `商业\n企业`).
 *
 * @example
 * ```ts
 * import { labelKey } from 'xxgk-report';
 * labelKey('（三）不予 公开'); // '(三)不予公开'
 * labelKey('商业\n企业');     // '商业企业'
 * labelKey('（一）１２３　“三安全一稳定”'); // '(一)123"三安全一稳定"'
 * ```
 */
export function labelKey(text: string): string {
  // Most cells need nothing folded or removed: return them as they are
  // rather than build a copy one character at a time.
  let clean = true;
  for (let i = 0; i < text.length && clean; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII and the CJK block fold to themselves: skip the slow test.
    if ((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff)) continue;
    if (code <= 0x20 || code === 0x3000 || (code >= 0xff01 && code <= 0xff5e) || foldCharCode(code) !== code) clean = false;
  }
  if (clean) return text;
  // Copy runs of units that fold to themselves as slices, one piece per
  // change rather than one string per character.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCharCode(code);
    if (folded === code && !isFoldedSpace(code)) continue;
    out += text.slice(runStart, i);
    runStart = i + 1;
    if (!isFoldedSpace(code)) out += String.fromCharCode(folded);
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
