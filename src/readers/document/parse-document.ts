import type { Report } from '../../model/report.js';
import { decodeReportBytes, type EncodingChoice } from '../../text/decode-report-bytes.js';
import { parseReport } from '../html/parse-html-report.js';
import { looksLikeHtml } from '../html/looks-like-html.js';
import { refusedReport } from '../refused-report.js';
import { LEGACY_WORD, sniffDocument } from './sniff-document.js';
import { withInvalidBytes } from './invalid-bytes.js';

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

/** `“report.doc”` for messages, or nothing without a name. */
function named(options: DocumentOptions): { zh: string; en: string } {
  return typeof options.name === 'string' && options.name !== '' ? { zh: `“${options.name}”`, en: `"${options.name}" ` } : { zh: '该文件', en: 'This file ' };
}

/**
 * Reads a report from the bytes of any file a user holds — PDF, DOCX, an
 * HTML page, text — deciding by the content ({@link sniffDocument}), never
 * by the name. The PDF and DOCX readers are imported only when such a file
 * comes, so reading text and HTML loads neither pdf.js nor mammoth. A
 * legacy Word file (`.doc`, `.wps`) says `input-legacy-word` (save it as
 * `.docx` or PDF); images, archives and other files say `input-unsupported`
 * naming what they are; empty input says `input-empty`. Every report
 * carries `report.document`. Never rejects for any bytes.
 *
 * @example
 * ```ts
 * import { parseDocument } from 'xxgk-report/document';
 * // bytes: the file test/fixtures/docx/2021-mixed.docx (a Uint8Array)
 * const report = await parseDocument(bytes, { name: '2021-mixed.docx' });
 * report.document?.format;                                         // 'docx'
 * (await parseDocument(new TextEncoder().encode('一、总体情况'))).document?.format; // 'text'
 * ```
 */
export async function parseDocument(data: Uint8Array, options: DocumentOptions = {}): Promise<Report> {
  if (!(data instanceof Uint8Array)) throw new TypeError('parseDocument: expected a Uint8Array');
  const sniffed = sniffDocument(data);
  const name = named(options);
  switch (sniffed.format) {
    case 'pdf': {
      const { parsePdfReport } = await import('../pdf/parse-pdf-report.js');
      return withDocument(await parsePdfReport(data, { pdfjs: options.pdfjs }), 'pdf', sniffed.kind);
    }
    case 'docx': {
      const { parseDocxReport } = await import('../docx/parse-docx-report.js');
      return withDocument(await parseDocxReport(data, { mammoth: options.mammoth }), 'docx', sniffed.kind);
    }
    case 'unsupported':
      if (sniffed.kind === LEGACY_WORD) {
        return refusedReport(
          'input-legacy-word',
          `${name.zh}是旧版 Word 文件（.doc/.wps），无法直接读取：请另存为 .docx 或 PDF 后再读`,
          `${name.en}is a legacy Word file (.doc/.wps), which cannot be read: save it as .docx or PDF and read that`,
          { format: 'unsupported', kind: sniffed.kind, text: '' },
        );
      }
      return refusedReport(
        'input-unsupported',
        `${name.zh}不是可读取的报告文件（${sniffed.kind}）：请提供 PDF、DOCX、HTML 或文本`,
        `${name.en}is not a report file that can be read (${sniffed.kind}): give a PDF, DOCX, HTML or text file`,
        { format: 'unsupported', kind: sniffed.kind, text: '' },
      );
    default: {
      const { text, encoding, invalid } = decodeReportBytes(data, { encoding: options.encoding ?? 'auto' });
      const format = looksLikeHtml(text) ? 'html' : 'text';
      const document = { format, kind: format === 'html' ? 'HTML' : 'text', encoding, text } as const;
      if (text.trim() === '') return refusedReport('input-empty', `${name.zh}是空的，没有可读取的文字`, `${name.en}is empty: there is no text to read`, document);
      return { ...withInvalidBytes(parseReport(text), text, invalid, name), document };
    }
  }
}

/** The reader's report, its document kind as sniffed (the reader sets the rest). */
function withDocument(report: Report, format: 'pdf' | 'docx', kind: string): Report {
  const document = report.document ?? { format, kind, text: '' };
  return { ...report, document: { ...document, format, kind } };
}
