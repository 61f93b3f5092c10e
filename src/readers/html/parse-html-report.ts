import { createParser, defaultReaders } from '../../parser/create-parser.js';
import type { Report } from '../../model/report.js';
import { embeddedTablesReader } from './embedded-tables-reader.js';
import { htmlReader } from './html-reader.js';

const parseWithHtml = createParser({ readers: [htmlReader, embeddedTablesReader, ...defaultReaders] });

/**
 * `parseReport` that also reads HTML: a page or fragment as saved from a
 * government site is rendered by {@link htmlReader} (tables row by row, with
 * rowspan and colspan), and every span points into the HTML. Markdown or text
 * with raw `<table>`s inside has those tables rendered the same way. Other
 * text is parsed as by the main entry's `parseReport`.
 *
 * @example
 * ```ts
 * import { parseReport } from 'xxgk-report/html';
 * // html: test/fixtures/html/008-pingtan-2024-html-stripped.html
 * const report = parseReport(html);
 * report.applications.newReceived.total; // 218
 * ```
 */
export function parseReport(input: string): Report {
  return parseWithHtml(input);
}
