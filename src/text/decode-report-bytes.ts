// The core is typed against ES2022 alone (no DOM, no Node types): declare the
// one WHATWG API this file uses, which every browser, worker and Node has.
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

/**
 * An encoding the bytes of a report were read with, as
 * {@link decodeReportBytes} reports it.
 *
 * @example
 * ```ts
 * import { decodeReportBytes, type ReportEncoding } from 'xxgk-report';
 * const encoding: ReportEncoding = decodeReportBytes(new Uint8Array([0xc4, 0xea])).encoding; // 'gb18030'
 * ```
 */
export type ReportEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'gbk';

/**
 * An encoding to read bytes with: `auto` to let {@link decodeReportBytes}
 * decide, or one to force.
 *
 * @example
 * ```ts
 * import { decodeReportBytes, type EncodingChoice } from 'xxgk-report';
 * const choice: EncodingChoice = 'gbk';
 * decodeReportBytes(new Uint8Array([0xc4, 0xea]), { encoding: choice }).text; // '年'
 * ```
 */
export type EncodingChoice = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'gbk';

/**
 * The text of a report's bytes and the encoding it was read with.
 *
 * @example
 * ```ts
 * import { decodeReportBytes, type DecodedText } from 'xxgk-report';
 * const decoded: DecodedText = decodeReportBytes(new TextEncoder().encode('年'));
 * decoded; // { text: '年', encoding: 'utf-8' }
 * ```
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: ReportEncoding;
  /**
   * Byte sequences that were not UTF-8 and stand as U+FFFD in `text`, when
   * the bytes were read as UTF-8 and had any: a file cut short in the middle
   * of a character, or a converter that cut characters in two (html2text
   * cuts table cells byte by byte). Absent when there were none.
   */
  readonly invalid?: number;
}

/**
 * Options of {@link decodeReportBytes}.
 *
 * @example
 * ```ts
 * import { decodeReportBytes, type DecodeOptions } from 'xxgk-report';
 * const options: DecodeOptions = { encoding: 'auto' };
 * decodeReportBytes(new TextEncoder().encode('年'), options).encoding; // 'utf-8'
 * ```
 */
export interface DecodeOptions {
  /** Defaults to `auto`. */
  readonly encoding?: EncodingChoice;
}

/** How many bytes the UTF-16 test looks at. */
const UTF16_SAMPLE = 4096;

/**
 * UTF-16 without a byte-order mark, when it is clear: a report has ASCII
 * (digits, line breaks, spaces), whose high byte is 0 in UTF-16, so one
 * side of the byte pairs holds NULs and the other few (only characters such
 * as 一 U+4E00 put a NUL there). Decided only on at least 8 NULs making at
 * least a tenth of the pairs sampled, and four times as many as on the other
 * side — short or mixed input stays undecided (null); UTF-8 and GB18030
 * text has no NUL at all.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= 8 && oddNul >= evenNul * 4 && oddNul * 10 >= pairs) return 'utf-16le';
  if (evenNul >= 8 && evenNul >= oddNul * 4 && evenNul * 10 >= pairs) return 'utf-16be';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes the bytes of a report. With `encoding: 'auto'` (the default): a
 * byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one, UTF-16
 * is taken where it is clear (NULs on one side of the byte pairs only, as the
 * ASCII digits and line breaks of a report give, and a decoding without
 * errors), then bytes
 * that are valid UTF-8 are UTF-8 — and so are bytes that are UTF-8 but for
 * some sequences (at most one for two characters past ASCII that are: a
 * file cut mid-character, html2text's cut cells), read with U+FFFD and
 * counted in `invalid` —, anything else is read as GB18030 (a
 * superset of GBK and GB2312, which many Chinese government pages use). A
 * named encoding is used as given, with U+FFFD for bytes it cannot read. A
 * BOM never reaches the text, so spans count from the first character after
 * it.
 *
 * @example
 * ```ts
 * import { decodeReportBytes } from 'xxgk-report';
 * decodeReportBytes(new Uint8Array([0xc4, 0xea])); // { text: '年', encoding: 'gb18030' }
 * decodeReportBytes(new TextEncoder().encode('年')); // { text: '年', encoding: 'utf-8' }
 * // UTF-16LE without a BOM (as some Windows tools save text):
 * const le = new Uint8Array([...'申请 12\n结转 3\n总计 15\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
 * decodeReportBytes(le).encoding; // 'utf-16le'
 * // UTF-8 cut short in the middle of its last character (件):
 * const cut = new TextEncoder().encode('本年新收政府信息公开申请数量总计一千三百二十件').slice(0, -1);
 * decodeReportBytes(cut); // { text: '本年新收政府信息公开申请数量总计一千三百二十\ufffd', encoding: 'utf-8', invalid: 1 }
 * ```
 */
export function decodeReportBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const encoding = options.encoding ?? 'auto';
  if (encoding === 'utf-8') return lenientUtf8(bytes, 'utf-8');
  if (encoding !== 'auto') {
    // TextDecoder drops a BOM of its own encoding.
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return lenientUtf8(bytes, 'utf-8-bom');
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      // Lone surrogates or an odd byte at the end: not clearly UTF-16 after all.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // UTF-8 but for a few sequences is UTF-8 that was damaged, not another
    // encoding: read as GB18030 it would be garbage from end to end.
    const utf8 = lenientUtf8(bytes, 'utf-8');
    if (mostlyUtf8(utf8.text)) return utf8;
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/**
 * At most one sequence that is not UTF-8 for this many characters past
 * ASCII that are. GB18030 text read as UTF-8 gives about five bad sequences
 * for each good character (0.19 to 0.2 good a bad: the sample reports and a
 * real page converted with iconv); html2text's output, whose table cells
 * it cuts byte by byte, 5.7 to 150 (its -utf8 output of the layout
 * fixtures, and of a real report page).
 */
const GOOD_PER_BAD = 2;

/** Whether a lenient UTF-8 reading has at least {@link GOOD_PER_BAD} characters past ASCII for each U+FFFD. */
function mostlyUtf8(text: string): boolean {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) good++;
  }
  return good >= bad * GOOD_PER_BAD;
}

/** UTF-8 with U+FFFD for what is not, and how many sequences those stand for (a U+FFFD written as such, EF BF BD, is not counted). */
function lenientUtf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): DecodedText {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
  if (replaced === 0) return { text, encoding };
  let written = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) written++;
  const invalid = replaced - written;
  return invalid > 0 ? { text, encoding, invalid } : { text, encoding };
}
