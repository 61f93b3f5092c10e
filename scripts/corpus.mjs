// npm run corpus [dir] — parses every report in the real corpus and compares
// it with its hand-checked answer in test/corpus/answers/. Exits 1 when any
// value is wrong or silently missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { compareWithAnswer } from './corpus-compare.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(process.argv[2] ?? process.env.XXGK_CORPUS ?? join(root, '../shared/corpus/real'));
const answersDir = join(root, 'test/corpus/answers');
const lib = await import(join(root, 'dist/index.js'));
const html = existsSync(join(root, 'dist/html.js')) ? await import(join(root, 'dist/html.js')) : null;
const validate = lib.validate ?? null;

if (!existsSync(dir)) {
  console.error(`corpus: no folder ${dir}`);
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => !f.endsWith('.tsv') && !f.endsWith('.md') || f.endsWith('.md') && f !== 'README.md').sort();

const rows = [];
let wrongTotal = 0;
let silentTotal = 0;
let metaTotal = 0;
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const isHtml = ['.html', '.htm'].includes(extname(file));
  const parse = isHtml && html ? html.parseReport : lib.parseReport;
  const t0 = performance.now();
  const report = parse(text);
  const ms = performance.now() - t0;
  const flat = lib.flattenReport(report);
  const answerPath = join(answersDir, `${basename(file, extname(file))}.json`);
  const answer = existsSync(answerPath) ? JSON.parse(readFileSync(answerPath, 'utf8')) : null;
  const cmp = answer ? compareWithAnswer(flat, answer, report) : null;
  const findings = validate ? validate(report) : [];
  const count = (list, s) => list.filter((x) => x.severity === s).length;
  if (cmp) {
    wrongTotal += cmp.wrong;
    silentTotal += cmp.silent;
    metaTotal += cmp.metaWrong.length;
  }
  rows.push({
    file: file.length > 44 ? `${file.slice(0, 43)}…` : file,
    template: `${report.meta.template}${answer && answer['meta.template'] !== report.meta.template ? `≠${answer['meta.template']}` : ''}`,
    tables: report.tables.map((t) => t.table[0]).join(''),
    read: cmp ? `${cmp.right}/${cmp.expected}` : 'no answer',
    nulls: cmp ? `${cmp.nulls}` : '',
    silent: cmp ? cmp.silent : '',
    wrong: cmp ? cmp.wrong : '',
    meta: cmp ? cmp.metaWrong.length : '',
    diag: `${count(report.diagnostics, 'error')}/${count(report.diagnostics, 'warning')}/${count(report.diagnostics, 'info')}`,
    findings: validate ? `${count(findings, 'error')}/${count(findings, 'warning')}/${count(findings, 'info')}` : '-',
    ms: ms.toFixed(1),
    details: cmp ? [...cmp.wrongPaths, ...cmp.metaWrong, ...cmp.silentPaths.map((p) => `silent null: ${p}`)] : [],
  });
}

const cols = ['file', 'template', 'tables', 'read', 'nulls', 'silent', 'wrong', 'meta', 'diag', 'findings', 'ms'];
const head = { file: 'file', template: 'template', tables: 'tables', read: 'right/expected', nulls: 'null+diag', silent: 'silent', wrong: 'wrong', meta: 'meta≠', diag: 'diag e/w/i', findings: 'findings e/w/i', ms: 'ms' };
const width = (s) => [...String(s)].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const widths = Object.fromEntries(cols.map((c) => [c, Math.max(width(head[c]), ...rows.map((r) => width(r[c])))]));
const line = (r) => cols.map((c) => String(r[c]) + ' '.repeat(widths[c] - width(r[c]))).join('  ');
console.log(line(head));
for (const r of rows) {
  console.log(line(r));
  for (const d of r.details.slice(0, 12)) console.log(`    ${d}`);
}
const sum = (k) => rows.reduce((a, r) => a + (Number(String(r.read).split('/')[k]) || 0), 0);
console.log(`\n${rows.length} files; table values right ${sum(0)}/${sum(1)}; wrong ${wrongTotal}; silent nulls ${silentTotal}; metadata fields differing from the answers ${metaTotal}`);
process.exit(wrongTotal + silentTotal > 0 ? 1 : 0);
