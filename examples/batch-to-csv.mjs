// Parses every report in a folder and writes one CSV row per report, with
// Chinese-friendly settings for Excel (UTF-8 BOM, CRLF). Reads UTF-8,
// UTF-16 (with a BOM) and GB18030/GBK files, and .html/.htm pages.
// Usage: npm run build && node examples/batch-to-csv.mjs <folder> [out.csv]
// The command line does the same, with more options:
//   xxgk-report parse --format csv --labels zh --bom <folder> > out.csv
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { flattenReport, parseReport, reportPaths, validate } from '../dist/index.js';
import { parseReport as parseHtmlReport } from '../dist/html.js';

const [dir, out = 'reports.csv'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node examples/batch-to-csv.mjs <folder> [out.csv]');
  process.exit(2);
}

/** BOM first, then strict UTF-8, else GB18030 (a superset of GBK). */
function decode(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180: quote a field holding a quote, comma or line break; null is an empty field. */
function field(value) {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const files = readdirSync(dir).filter((f) => ['.txt', '.md', '.html', '.htm'].includes(extname(f).toLowerCase())).sort();
const rows = [];
for (const name of files) {
  const text = decode(readFileSync(join(dir, name)));
  const report = ['.html', '.htm'].includes(extname(name).toLowerCase()) ? parseHtmlReport(text) : parseReport(text);
  const errors = validate(report).filter((f) => f.severity === 'error').length;
  rows.push({ name, flat: flattenReport(report), errors });
}

// One column set for all: the 2021 template's paths, then those only the 2019 template has.
const columns = [...new Set([...reportPaths('2021', 'divided'), ...reportPaths('2019', 'undivided')])]
  .filter((path) => rows.some((row) => path in row.flat));
const lines = [['file', ...columns, 'errors'].map(field).join(',')];
for (const row of rows) lines.push([row.name, ...columns.map((c) => row.flat[c]), row.errors].map(field).join(','));

writeFileSync(out, '\uFEFF' + lines.join('\r\n') + '\r\n');
console.log(`${rows.length} reports, ${columns.length} columns → ${out}`);
