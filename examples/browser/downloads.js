// What the page's two download buttons write: the report as JSON, and its
// values as CSV (path, Chinese label, value). Pure functions over the
// report, so Node tests them (test/browser/downloads.test.ts).

/**
 * The JSON download: the report as `parseDocument` gave it (values, sources
 * with spans and PDF boxes, diagnostics, the document's text) and the
 * findings of `validate`.
 *
 * @param {object} report
 * @param {readonly object[]} findings
 * @returns {string}
 */
export function reportJson(report, findings) {
  return JSON.stringify({ report, findings }, null, 2) + '\n';
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * break. Text that a spreadsheet would run as a formula (a leading `=`, `+`,
 * `-`, `@`, tab or carriage return — a report's title is the author's text)
 * is prefixed with `'`; numbers are written as numbers, negative ones too.
 *
 * @param {string | number | null | undefined} value
 */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV download: a header, then one row per path of `flat` (in its
 * order — `flattenReport` gives template order), its label from `labels`
 * (empty when there is none) and its value (empty for blank: blank is not 0).
 * CRLF line ends and a UTF-8 byte-order mark, so that spreadsheet programs
 * that guess a legacy encoding still read the Chinese labels.
 *
 * @param {Record<string, string | number | null>} flat `flattenReport(report)`
 * @param {ReadonlyMap<string, string>} labels the label of each path (the core's `pathLabel`)
 * @returns {string}
 */
export function valuesCsv(flat, labels) {
  const rows = [['path', 'label', 'value'].join(',')];
  for (const [path, value] of Object.entries(flat)) rows.push([csvField(path), csvField(labels.get(path) ?? ''), csvField(value)].join(','));
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
