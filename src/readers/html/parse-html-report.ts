import { createParser } from '../../parser/create-parser.js';
import type { Report } from '../../model/report.js';

// The main entry's default readers read HTML since 0.2; this entry keeps its
// parseReport for the users who import it from here.
const parseWithHtml = createParser();

/**
 * `parseReport` that also reads HTML — the same as the main entry's
 * `parseReport` now, kept here for compatibility: a page or fragment as saved from a
 * government site is rendered by `htmlReader` (tables row by row, with
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
