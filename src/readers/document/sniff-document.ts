import type { DocumentFormat } from '../../model/document-info.js';
import { decodeReportBytes } from '../../text/decode-report-bytes.js';
import { looksLikeHtml } from '../html/looks-like-html.js';
import { zipEntryNames } from './zip-entry-names.js';

/**
 * What {@link sniffDocument} takes a file for: the format it is read as and
 * what it is, in words (`PDF`, `DOCX`, `HTML`, `text`, `PNG image`, `XLSX
 * spreadsheet`, `legacy Word (.doc/.wps)`, …).
 *
 * @example
 * ```ts
 * import { sniffDocument, type DocumentKind } from 'xxgk-report/document';
 * const kind: DocumentKind = sniffDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
 * kind; // { format: 'unsupported', kind: 'PNG image' }
 * ```
 */
export interface DocumentKind {
  readonly format: DocumentFormat;
  readonly kind: string;
}

/** The legacy-Word kind: OLE2 compound files (.doc, .wps, also .xls, .ppt). */
export const LEGACY_WORD = 'legacy Word (.doc/.wps)';

/** Where `%PDF-` may stand: readers accept it within the first 1024 bytes. */
const PDF_WINDOW = 1024;
/** How much of a file the text test decodes. */
const TEXT_SAMPLE = 65536;

function at(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/** Signatures at offset 0, and the kind each names. Checked in order. */
const SIGNATURES: readonly (readonly [readonly number[], string])[] = [
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [ascii('GIF87a'), 'GIF image'],
  [ascii('GIF89a'), 'GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF image'],
  [[0x1f, 0x8b], 'gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z archive'],
  [ascii('Rar!\x1a\x07'), 'RAR archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'xz archive'],
  [[0x42, 0x5a, 0x68], 'bzip2 archive'],
  [ascii('{\\rtf'), 'RTF document'],
  [[0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20], 'JPEG 2000 image'],
];

function pdfHeader(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, PDF_WINDOW) - 5;
  for (let i = 0; i <= n; i++) {
    if (bytes[i] === 0x25 && at(bytes, i, [0x25, 0x50, 0x44, 0x46, 0x2d])) return true;
  }
  return false;
}

/** A ZIP by what it holds: a DOCX, another Office or OpenDocument file, an OFD, or a plain archive. */
function zipKind(bytes: Uint8Array): DocumentKind {
  const { names, mimetype } = zipEntryNames(bytes);
  const has = (prefix: string): boolean => names.some((n) => n.startsWith(prefix));
  if (names.includes('word/document.xml')) return { format: 'docx', kind: 'DOCX' };
  if (mimetype !== null) {
    if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) return { format: 'unsupported', kind: 'OpenDocument text (.odt)' };
    if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return { format: 'unsupported', kind: 'OpenDocument spreadsheet (.ods)' };
    if (mimetype.startsWith('application/vnd.oasis.opendocument')) return { format: 'unsupported', kind: 'OpenDocument file' };
    if (mimetype.startsWith('application/epub+zip')) return { format: 'unsupported', kind: 'EPUB book' };
  }
  if (has('xl/')) return { format: 'unsupported', kind: 'XLSX spreadsheet' };
  if (has('ppt/')) return { format: 'unsupported', kind: 'PPTX presentation' };
  if (names.includes('OFD.xml')) return { format: 'unsupported', kind: 'OFD document' };
  return { format: 'unsupported', kind: 'ZIP archive' };
}

/** The first bytes, cut so that no character is split at the end (UTF-8, GB18030 or UTF-16). */
function textSample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= TEXT_SAMPLE) return bytes;
  let end = TEXT_SAMPLE;
  // Back off over the bytes of a multi-byte character (all ≥ 0x80 but GBK's
  // second byte, which then follows a complete pair or an ASCII byte).
  for (let k = 0; k < 4 && end > 0 && (bytes[end - 1] as number) >= 0x80; k++) end--;
  return bytes.subarray(0, end & ~1);
}

/** Control characters (but tab, line breaks, form feed) and U+FFFD: over a tenth of the text means binary data. */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) odd++;
  }
  return odd * 10 > text.length;
}

/**
 * Says what a file is by its content, never by its name: `%PDF-` within
 * the first 1024 bytes → PDF; a ZIP holding `word/document.xml` → DOCX
 * (the ZIP's directory is read, bounded, nothing decompressed); an OLE2
 * compound file → legacy Word (`.doc`, `.wps`: save as `.docx` or PDF);
 * images, archives, other Office files → `unsupported`, named; HTML by its
 * markup whatever the name; bytes that decode to text → text; anything else
 * → `unsupported` binary data. Reads at most the first 64 KiB for the text
 * test (and a ZIP's directory). Never throws on bytes.
 *
 * @example
 * ```ts
 * import { sniffDocument } from 'xxgk-report/document';
 * sniffDocument(new TextEncoder().encode('%PDF-1.7\n…')); // { format: 'pdf', kind: 'PDF' }
 * sniffDocument(new TextEncoder().encode('<p>一、总体情况</p>')); // { format: 'html', kind: 'HTML' }
 * sniffDocument(new TextEncoder().encode('一、总体情况'));     // { format: 'text', kind: 'text' }
 * ```
 */
export function sniffDocument(bytes: Uint8Array): DocumentKind {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('sniffDocument: expected a Uint8Array');
  if (bytes.length === 0) return { format: 'text', kind: 'empty file' };
  if (pdfHeader(bytes)) return { format: 'pdf', kind: 'PDF' };
  if (at(bytes, 0, [0x50, 0x4b, 0x03, 0x04]) || at(bytes, 0, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (at(bytes, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { format: 'unsupported', kind: LEGACY_WORD };
  for (const [signature, kind] of SIGNATURES) if (at(bytes, 0, signature)) return { format: 'unsupported', kind };
  if (at(bytes, 0, ascii('RIFF')) && at(bytes, 8, ascii('WEBP'))) return { format: 'unsupported', kind: 'WebP image' };
  // BM and the file's own length: "BM" alone also starts English text.
  if (at(bytes, 0, ascii('BM')) && bytes.length >= 14 && ((bytes[2] as number) | ((bytes[3] as number) << 8) | ((bytes[4] as number) << 16) | ((bytes[5] as number) << 24)) >>> 0 === bytes.length) {
    return { format: 'unsupported', kind: 'BMP image' };
  }
  const { text } = decodeReportBytes(textSample(bytes));
  // Binary first: random bytes can hold a `<p>` by chance.
  if (looksBinary(text)) return { format: 'unsupported', kind: 'binary data' };
  if (looksLikeHtml(text)) return { format: 'html', kind: 'HTML' };
  return { format: 'text', kind: 'text' };
}
