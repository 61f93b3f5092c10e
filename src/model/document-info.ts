import type { ReportEncoding } from '../text/decode-report-bytes.js';

/**
 * The kind of file a report was read from, as `parseDocument` decided it by
 * its content: `unsupported` for bytes that hold no report it can read (an
 * image, an archive, a legacy `.doc`), with a diagnostic naming what they are.
 *
 * @example
 * ```ts
 * import type { DocumentFormat } from 'xxgk-report';
 * const formats: DocumentFormat[] = ['text', 'html', 'pdf', 'docx', 'unsupported'];
 * ```
 */
export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx' | 'unsupported';

/**
 * What a report was read from, set by the document readers (`parseDocument`,
 * `parsePdfReport`, `parseDocxReport`). Every span of the report points into
 * `text`: the decoded text of a text file or an HTML page, the HTML that
 * mammoth made of a DOCX, or the rendition of a PDF (narrative in reading
 * order, tables as tab-separated rows) — PDF values also carry their
 * {@link PageBox} in `sources[path].box`.
 *
 * @example
 * ```ts
 * import type { DocumentInfo } from 'xxgk-report';
 * const info: DocumentInfo = { format: 'pdf', kind: 'PDF', pages: 6, text: '淮安市人民政府2024年政府信息公开工作年度报告\n…' };
 * ```
 */
export interface DocumentInfo {
  /** How the bytes were read. */
  readonly format: DocumentFormat;
  /** What the bytes are, in words, e.g. `PDF`, `DOCX`, `PNG image`, `ZIP archive`, `legacy Word (.doc/.wps)`. */
  readonly kind: string;
  /** The encoding of a text or HTML file. */
  readonly encoding?: ReportEncoding;
  /** The number of pages of a PDF. */
  readonly pages?: number;
  /** The text every span of the report points into. */
  readonly text: string;
}
