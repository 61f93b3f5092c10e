import { recognizeExactTsvGrid } from '../../grids/recognize-tsv-grid.js';
import type { InputReader } from '../../text/rendition.js';
import { htmlToText } from './html-to-text.js';
import { looksLikeHtml } from './looks-like-html.js';

/**
 * The input reader for HTML pages and fragments: accepts what
 * {@link looksLikeHtml} takes for HTML and renders it with
 * {@link htmlToText}, so that every span of the report points into the HTML.
 * Its rows are exact (one field per `<td>`), so blank cells are blank values.
 *
 * @example
 * ```ts
 * import { createParser, defaultReaders } from 'xxgk-report';
 * import { htmlReader } from 'xxgk-report/html';
 * // html: test/fixtures/html/008-pingtan-2024-html-stripped.html
 * const parse = createParser({ readers: [htmlReader, ...defaultReaders.slice(2)] }); // HTML, then the text readers
 * const report = parse(html);
 * const span = report.sources['applications.total.total']?.span; // （七）总计 · 总计
 * html.slice(span?.start, span?.end); // '218'
 * ```
 */
export const htmlReader: InputReader = {
  name: 'html',
  accepts: looksLikeHtml,
  read: htmlToText,
  // Every tab-separated line of the rendition is one <tr>, one field per cell.
  recognizers: [recognizeExactTsvGrid],
};
