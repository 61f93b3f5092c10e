/**
 * xxgk-report/docx — read annual reports from Word files (`.docx`) through
 * mammoth (an optional peer dependency) and the HTML reader.
 *
 * @packageDocumentation
 * @module xxgk-report/docx
 */

export { parseDocxReport } from './readers/docx/parse-docx-report.js';
export type { DocxReportOptions } from './readers/docx/parse-docx-report.js';
