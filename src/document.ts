/**
 * xxgk-report/document — one door for any file: `parseDocument(bytes)`
 * decides by the content whether it is a PDF, a DOCX, an HTML page or text,
 * and reads it with the reader for it (PDF and DOCX support are loaded only
 * when such a file comes). `sniffDocument(bytes)` says what a file is
 * without reading it.
 *
 * @packageDocumentation
 * @module xxgk-report/document
 */

export { parseDocument } from './readers/document/parse-document.js';
export type { DocumentOptions } from './readers/document/parse-document.js';
export { sniffDocument } from './readers/document/sniff-document.js';
export type { DocumentKind } from './readers/document/sniff-document.js';
