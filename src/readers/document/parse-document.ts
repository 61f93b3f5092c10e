import type { Report } from '../../model/report.js';
import { decodeReportBytes, type EncodingChoice } from '../../text/decode-report-bytes.js';
import { parseReport } from '../html/parse-html-report.js';
import { looksLikeHtml } from '../html/looks-like-html.js';

/**
 * Options of {@link parseDocument}.
 *
 * @example
 * ```ts
 * import type { DocumentOptions } from 'xxgk-report/document';
 * const options: DocumentOptions = { name: 'report.shtml' };
 * ```
 */
export interface DocumentOptions {
  /** The file's name, for messages only: the content decides how it is read. */
  readonly name?: string;
  /** How to decode a text or HTML file; `auto` by default. */
  readonly encoding?: EncodingChoice;
  /** The pdf.js module, for PDF (see `parsePdfReport`). */
  readonly pdfjs?: unknown;
  /** The mammoth module, for DOCX (see `parseDocxReport`). */
  readonly mammoth?: unknown;
}

/**
 * Reads a report from the bytes of any file a user holds — PDF, DOCX, an
 * HTML page, text — deciding by the content, never by the name. (Stub: text
 * and HTML only; PDF and DOCX come.)
 *
 * @example
 * ```ts
 * import { parseDocument } from 'xxgk-report/document';
 * const report = await parseDocument(new TextEncoder().encode('一、总体情况'));
 * report.document?.format; // 'text'
 * ```
 */
export async function parseDocument(data: Uint8Array, options: DocumentOptions = {}): Promise<Report> {
  if (!(data instanceof Uint8Array)) throw new TypeError('parseDocument: expected a Uint8Array');
  const { text, encoding } = decodeReportBytes(data, { encoding: options.encoding ?? 'auto' });
  const format = looksLikeHtml(text) ? 'html' : 'text';
  return { ...parseReport(text), document: { format, kind: format === 'html' ? 'HTML' : 'text', encoding, text } };
}
