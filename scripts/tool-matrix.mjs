// node scripts/tool-matrix.mjs [--keep DIR] [page.html …] — runs report pages
// through the converters users run (LibreOffice to PDF, DOCX and text;
// pdftotext -layout, plain and -raw on LibreOffice's PDF; pandoc to GFM,
// Markdown and plain text; w3m, lynx; html2text in both its modes), reads
// every output as the CLI does (parseDocument on its bytes), and compares
// each value with the page's answer: the hand-checked answer of a corpus
// page (test/corpus/answers/), or the generator's values of a layout fixture
// (test/fixtures/layouts/*.expected.json). Without pages named: the corpus's
// HTML pages and the layout fixtures' pages. A tool that is not installed is
// skipped, and said so.
//
// A value is right, null (named by a diagnostic: allowed), silent (null,
// named by nothing), flagged (a different number with a warning on its path:
// the per-path guarantee holds, but it is a number a converter moved) or
// wrong (a different number with no warning on its path). Exits 1 on any
// silent null or wrong value.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithAnswer } from './corpus-compare.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { parseDocument } = await import(join(root, 'dist/document.js'));
const { flattenReport } = await import(join(root, 'dist/index.js'));

const argv = process.argv.slice(2);
const keepAt = argv.indexOf('--keep');
const keep = keepAt >= 0 ? resolve(argv[keepAt + 1]) : null;
const named = argv.filter((_, k) => keepAt < 0 || (k !== keepAt && k !== keepAt + 1));

const corpusDir = resolve(root, '../shared/corpus/real');
const layoutsDir = join(root, 'test/fixtures/layouts');
const pages = named.length > 0
  ? named.map((p) => resolve(p))
  : [
      ...(existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.html')).map((f) => join(corpusDir, f)) : []),
      ...readdirSync(layoutsDir).filter((f) => f.endsWith('.html')).map((f) => join(layoutsDir, f)),
    ];

/** The answer of a page: a corpus answer, or a layout fixture's expected values. */
function answerOf(page) {
  const name = basename(page, '.html');
  for (const file of [join(root, 'test/corpus/answers', `${name}.json`), join(layoutsDir, `${name}.expected.json`)]) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  }
  return null;
}

const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const run = (cmd, args, options = {}) => spawnSync(cmd, args, { encoding: 'buffer', timeout: 120_000, ...options });

/** Each converter: what it needs, and how it makes its outputs in `dir` from `page` (named `name` there). */
const CONVERTERS = [
  { tool: 'soffice', outputs: (dir, name) => {
      run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, `${name}.html`)]);
      run('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, join(dir, `${name}.html`)]);
      return [`${name}.pdf`, `${name}.docx`];
    } },
  { tool: 'pdftotext', needs: 'soffice', outputs: (dir, name) => {
      const pdf = join(dir, `${name}.pdf`);
      if (!existsSync(pdf)) return [];
      for (const [suffix, flags] of [['layout', ['-layout']], ['plain', []], ['raw', ['-raw']]]) run('pdftotext', [...flags, pdf, join(dir, `${name}-lo-pdftotext-${suffix}.txt`)]);
      return ['layout', 'plain', 'raw'].map((s) => `${name}-lo-pdftotext-${s}.txt`);
    } },
  { tool: 'pandoc', outputs: (dir, name) => ['gfm', 'markdown', 'plain'].map((to) => {
      const out = `${name}-pandoc-${to}.${to === 'plain' ? 'txt' : 'md'}`;
      run('pandoc', ['-f', 'html', '-t', to, join(dir, `${name}.html`), '-o', join(dir, out)]);
      return out;
    }) },
  { tool: 'w3m', outputs: (dir, name) => [dumpTo(dir, `${name}-w3m.txt`, 'w3m', ['-dump', '-T', 'text/html', join(dir, `${name}.html`)])] },
  { tool: 'lynx', outputs: (dir, name) => [dumpTo(dir, `${name}-lynx.txt`, 'lynx', ['-dump', '-nolist', '-force_html', join(dir, `${name}.html`)])] },
  { tool: 'html2text', outputs: (dir, name) => [
      dumpTo(dir, `${name}-html2text.txt`, 'html2text', [join(dir, `${name}.html`)]),
      dumpTo(dir, `${name}-html2text-utf8.txt`, 'html2text', ['-utf8', join(dir, `${name}.html`)]),
    ] },
];

function dumpTo(dir, out, cmd, args) {
  const result = run(cmd, args);
  if (result.status === 0) spawnSync('sh', ['-c', 'cat > "$0"', join(dir, out)], { input: result.stdout });
  return out;
}

const tools = CONVERTERS.filter((c) => has(c.tool) && (!c.needs || has(c.needs)));
for (const c of CONVERTERS) if (!tools.includes(c)) console.log(`skipped: ${c.tool} is not installed`);

const dir = keep ?? mkdtempSync(join(tmpdir(), 'xxgk-tool-matrix-'));
const totals = { files: 0, right: 0, nulls: 0, silent: 0, flagged: 0, wrong: 0 };
try {
  for (const page of pages) {
    const answer = answerOf(page);
    if (!answer) {
      console.log(`${basename(page)}: no answer, skipped`);
      continue;
    }
    const name = basename(page, '.html');
    copyFileSync(page, join(dir, `${name}.html`));
    for (const out of tools.flatMap((c) => c.outputs(dir, name))) {
      const file = join(dir, out);
      if (!existsSync(file)) {
        console.log(`${out}: the converter wrote nothing`);
        continue;
      }
      const report = await parseDocument(new Uint8Array(readFileSync(file)), { name: out });
      const flat = flattenReport(report);
      const cmp = compareWithAnswer(flat, answer, report);
      // A different number with a warning or error on its path, its row or its table.
      const warned = (path) => report.diagnostics.some((d) => d.severity !== 'info' && d.path !== undefined && (path === d.path || path.startsWith(`${d.path}.`)));
      const flagged = cmp.wrongPaths.filter((w) => warned(w.split(':')[0]));
      const wrong = cmp.wrongPaths.filter((w) => !warned(w.split(':')[0]));
      totals.files++;
      totals.right += cmp.right;
      totals.nulls += cmp.nulls;
      totals.silent += cmp.silent;
      totals.flagged += flagged.length;
      totals.wrong += wrong.length;
      const notes = [...wrong.map((w) => `WRONG ${w}`), ...cmp.silentPaths.map((p) => `SILENT null: ${p}`)];
      console.log(`${out.padEnd(58)} ${String(cmp.right).padStart(4)}/${cmp.expected} right  ${String(cmp.nulls).padStart(4)} null  ${flagged.length > 0 ? `${flagged.length} flagged` : ''}`);
      for (const n of notes.slice(0, 8)) console.log(`    ${n}`);
    }
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
console.log(`\n${totals.files} outputs; right ${totals.right}; null with a diagnostic ${totals.nulls}; flagged (a different number, warned on its path) ${totals.flagged}; wrong ${totals.wrong}; silent nulls ${totals.silent}`);
process.exit(totals.wrong + totals.silent > 0 ? 1 : 0);
