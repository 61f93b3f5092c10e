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

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes the bytes of a report. With `encoding: 'auto'` (the default): a
 * byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one, bytes
 * that are valid UTF-8 are UTF-8, anything else is read as GB18030 (a
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
 * ```
 */
export function decodeReportBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const encoding = options.encoding ?? 'auto';
  if (encoding !== 'auto') {
    // TextDecoder drops a BOM of its own encoding.
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
