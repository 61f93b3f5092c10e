// A tour of the API on one report: parse it, read values with their
// positions, check the template's arithmetic, print the findings.
// Usage: npm run build && node examples/demo.mjs [report.txt]
// (`npm run demo` runs the command line instead: xxgk-report show examples/reports)
import { readFileSync } from 'node:fs';
import { flattenReport, formatFindings, parseReport, validate } from '../dist/index.js';

const file = process.argv[2] ?? 'examples/reports/001_a057d0496994cc01.txt';
const text = readFileSync(file, 'utf8');
const report = parseReport(text);

const { meta } = report;
console.log(`${meta.title ?? '（无标题）'} — ${meta.organization ?? '?'}, ${meta.year ?? '?'} (template ${meta.template})`);

// Every value of the three tables has a path, a value (or null) and a source span.
for (const path of ['applications.newReceived.total', 'applications.total.total', 'reviewLitigation.review.total']) {
  const source = report.sources[path];
  const where = source ? `line ${source.span.line}, column ${source.span.column}: "${text.slice(source.span.start, source.span.end)}"` : 'not found';
  console.log(`${path} = ${flattenReport(report)[path]}   (${where})`);
}

// Parser diagnostics say where the text could not be read; validate() checks
// the arithmetic (勾稽关系) and the numbers the prose states.
console.log(`\n${report.diagnostics.length} diagnostics`);
const findings = validate(report);
console.log(`${findings.length} findings`);
if (findings.length > 0) console.log(formatFindings(findings, { file }));
