import type { Report } from '../../model/report.js';
import { refusedReport } from '../refused-report.js';

/**
 * Options of {@link parseDocxReport}.
 *
 * @example
 * ```ts
 * import type { DocxReportOptions } from 'xxgk-report/docx';
 * const options: DocxReportOptions = {};
 * ```
 */
export interface DocxReportOptions {
  /** The mammoth module to use; imported by default. */
  readonly mammoth?: unknown;
}

/**
 * Reads an annual report from the bytes of a DOCX file. (Stub.)
 *
 * @example
 * ```ts
 * import { parseDocxReport } from 'xxgk-report/docx';
 * ```
 */
export async function parseDocxReport(data: Uint8Array | ArrayBuffer, options: DocxReportOptions = {}): Promise<Report> {
  if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) throw new TypeError('parseDocxReport: expected a Uint8Array or an ArrayBuffer');
  void options;
  return refusedReport('docx-damaged', 'DOCX 读取尚未实现', 'DOCX reading is not implemented yet', { format: 'docx', kind: 'DOCX', text: '' });
}
