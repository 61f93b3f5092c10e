/**
 * xxgk-report/html — read annual reports published as HTML pages: a reader
 * that renders a page or fragment as the text the parser reads (with a map
 * back into the HTML), and a span-aware reader of HTML tables. A separate
 * entry point, so that a user who parses text does not load it.
 *
 * @packageDocumentation
 */

export { htmlReader } from './html-reader.js';
export { embeddedTablesReader, renderEmbeddedTables } from './embedded-tables-reader.js';
export { htmlToText } from './html-to-text.js';
export { htmlTableGrids } from './html-table-grids.js';
export type { HtmlTableCell, HtmlTableGrid, HtmlTableGridsOptions } from './html-table-grids.js';
export { looksLikeHtml } from './looks-like-html.js';

export { parseReport } from './parse-html-report.js';
