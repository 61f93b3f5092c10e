/**
 * xxgk-report/html — read annual reports published as HTML pages: a reader
 * that renders a page or fragment as the text the parser reads (with a map
 * back into the HTML), and a span-aware reader of HTML tables. A separate
 * entry point, so that a user who parses text does not load it.
 *
 * @packageDocumentation
 * @module xxgk-report/html
 */

export { htmlReader } from './readers/html/html-reader.js';
export { embeddedTablesReader, renderEmbeddedTables } from './readers/html/embedded-tables-reader.js';
export { htmlToText } from './readers/html/html-to-text.js';
export { htmlTableGrids } from './readers/html/html-table-grids.js';
export type { HtmlTableCell, HtmlTableGrid, HtmlTableGridsOptions } from './readers/html/html-table-grids.js';
export { looksLikeHtml } from './readers/html/looks-like-html.js';

export { parseReport } from './readers/html/parse-html-report.js';
