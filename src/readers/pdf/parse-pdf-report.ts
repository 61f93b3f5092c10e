import type { Report } from '../../model/report.js';
import { refusedReport } from '../refused-report.js';

/**
 * Options of {@link parsePdfReport}.
 *
 * @example
 * ```ts
 * import type { PdfReportOptions } from 'xxgk-report/pdf';
 * // In a browser, hand over the pdf.js you load (its worker set up):
 * // import * as pdfjs from 'pdfjs-dist'; pdfjs.GlobalWorkerOptions.workerSrc = '…/pdf.worker.min.mjs';
 * const options: PdfReportOptions = {};
 * ```
 */
export interface PdfReportOptions {
  /**
   * The pdf.js module to use (`import * as pdfjs from 'pdfjs-dist'`). By
   * default its legacy build is imported, which runs in Node and browsers.
   */
  readonly pdfjs?: unknown;
}

/**
 * Reads an annual report from the bytes of a PDF — its tables by their
 * geometry. (Work in progress: this stub refuses every PDF.)
 *
 * @example
 * ```ts
 * import { parsePdfReport } from 'xxgk-report/pdf';
 * const report = await parsePdfReport(new Uint8Array(await (await fetch('report.pdf')).arrayBuffer()));
 * ```
 */
export async function parsePdfReport(data: Uint8Array | ArrayBuffer, options: PdfReportOptions = {}): Promise<Report> {
  if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) throw new TypeError('parsePdfReport: expected a Uint8Array or an ArrayBuffer');
  void options;
  return refusedReport('pdf-damaged', 'PDF 读取尚未实现', 'PDF reading is not implemented yet', { format: 'pdf', kind: 'PDF', text: '' });
}
