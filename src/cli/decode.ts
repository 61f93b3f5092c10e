import type { EncodingOption } from './args.js';

/** An encoding `decodeBytes` can report: what was used to read the bytes. */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'gbk';

/** The text of an input and the encoding it was read with. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: DetectedEncoding;
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
 * decodeBytes(new Uint8Array([0xc4, 0xea])); // { text: '年', encoding: 'gb18030' }
 * decodeBytes(new TextEncoder().encode('年')); // { text: '年', encoding: 'utf-8' }
 * ```
 */
export function decodeBytes(bytes: Uint8Array, encoding: EncodingOption = 'auto'): DecodedText {
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
