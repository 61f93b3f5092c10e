/**
 * xxgk-report/pdf — read annual reports from PDF files, their tables rebuilt
 * from the page geometry (rules and text positions) through pdf.js
 * (`pdfjs-dist`, an optional peer dependency: install it beside this
 * package). Every value read carries its box on the page.
 *
 * @packageDocumentation
 * @module xxgk-report/pdf
 */

export { parsePdfReport } from './readers/pdf/parse-pdf-report.js';
export type { PdfReportOptions } from './readers/pdf/parse-pdf-report.js';
