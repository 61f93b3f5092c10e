// The PDF benchmark (run by `npm run bench` after bench/bench.mjs, or alone):
// for the three real report PDFs (../shared/corpus/pdf, when beside the
// repository) and a few LibreOffice-made fixtures, the time of
// parsePdfReport (dist/pdf.js, pdf.js geometry) per report and per page,
// beside `pdftotext -layout` + parseReport on the same PDF (what a user does
// without the PDF reader; the spawn of pdftotext included), and the peak
// memory of parsePdfReport on each PDF, each in a fresh process.
//
//   npm run build && node bench/pdf.mjs [--quick]
//   node --expose-gc bench/pdf.mjs --memory FILE.pdf   # one memory probe (JSON)

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { join } from 'node:path';
import { root } from './inputs.mjs';

const { parsePdfReport } = await import(join(root, 'dist/pdf.js'));
const { parseReport } = await import(join(root, 'dist/index.js'));

const argv = process.argv.slice(2);

if (argv[0] === '--memory') {
  // One PDF in a fresh process: warm pdf.js and the reader up on the same
  // bytes, then measure a second reading.
  const bytes = new Uint8Array(readFileSync(argv[1]));
  await parsePdfReport(bytes.slice());
  globalThis.gc?.();
  globalThis.gc?.();
  const before = { rss: process.memoryUsage().rss, heap: v8.getHeapStatistics().used_heap_size, maxRss: process.resourceUsage().maxRSS * 1024 };
  const report = await parsePdfReport(bytes.slice());
  const after = v8.getHeapStatistics();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({
    file: argv[1],
    bytes: bytes.length,
    rssPeak: Math.max(0, maxRss - Math.max(before.maxRss, before.rss)),
    heapPeak: Math.max(0, after.total_heap_size - before.heap),
    maxRss,
    values: Object.keys(report.sources).length,
  }));
  process.exit(0);
}

const quick = argv.includes('--quick');
const RUNS = quick ? 3 : 10;

const realDir = join(root, '..', 'shared', 'corpus', 'pdf');
const fixtures = join(root, 'test', 'fixtures', 'documents');
const inputs = [
  ...['001-huaian-city-2024.pdf', '002-hongze-district-2023.pdf', '004-hongze-district-2024.pdf'].map((f) => join(realDir, f)),
  ...['2021-word.pdf', '2021-word-pagebreak.pdf', '2019-trs-pagebreak.pdf', 'hybrid-trs-narrow.pdf'].map((f) => join(fixtures, f)),
].filter((f) => existsSync(f));
if (!existsSync(realDir)) console.log(`(the real PDFs are not at ${realDir}: fixtures only)\n`);

const haveTool = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function time(run) {
  await run(); // warm-up
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const fmt = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const mb = (bytes) => `${fmt(bytes / 1e6, 1)} MB`;

const rows = [];
for (const file of inputs) {
  const bytes = new Uint8Array(readFileSync(file));
  const report = await parsePdfReport(bytes.slice());
  const pages = report.document?.pages ?? NaN;
  const pdfMs = await time(() => parsePdfReport(bytes.slice()));
  let textMs;
  if (haveTool) {
    textMs = await time(() => {
      const r = spawnSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 << 20 });
      parseReport(r.stdout.toString('utf8'));
    });
  }
  const probe = spawnSync(process.execPath, ['--expose-gc', join(root, 'bench/pdf.mjs'), '--memory', file], { encoding: 'utf8' });
  const memory = probe.status === 0 ? JSON.parse(probe.stdout.trim().split('\n').pop()) : null;
  if (!memory) console.error(`memory probe failed for ${file}:\n${probe.stderr}`);
  const name = file.startsWith(realDir) ? `real ${file.slice(realDir.length + 1)}` : `fixture ${file.slice(fixtures.length + 1)}`;
  rows.push([
    name, fmt(bytes.length / 1e3, 0), String(pages), fmt(pdfMs), fmt(pdfMs / pages),
    textMs === undefined ? '—' : fmt(textMs), textMs === undefined ? '—' : fmt(textMs / pages),
    textMs === undefined ? '—' : `${fmt(pdfMs / textMs, 2)}×`,
    memory ? mb(memory.rssPeak) : '—', memory ? mb(memory.heapPeak) : '—', memory ? mb(memory.maxRss) : '—',
  ]);
}

console.log(`## PDF: parsePdfReport beside pdftotext -layout + parseReport (median of ${RUNS} runs; memory in a fresh process each)\n`);
if (!haveTool) console.log('(pdftotext is not installed: the pdftotext -layout + parseReport columns are skipped)\n');
const head = ['PDF', 'kB', 'pages', 'parsePdfReport ms', 'ms/page', 'pdftotext -layout + parseReport ms', 'ms/page', 'PDF ÷ text', 'RSS peak − before', 'heap peak − before', 'max RSS'];
console.log(`| ${head.join(' | ')} |`);
console.log(`| ${head.map((_, k) => (k === 0 ? '---' : '---:')).join(' | ')} |`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

// Recall on the LibreOffice-made fixtures: how many expected values each
// reading gives back (and how many numbers it gets wrong), the baseline the
// PDF reader is measured against.
if (haveTool) {
  const { flattenReport } = await import(join(root, 'dist/index.js'));
  const { readdirSync } = await import('node:fs');
  const score = (report, nums) => {
    const flat = flattenReport(report);
    let right = 0;
    let wrong = 0;
    for (const [path, want] of nums) {
      const got = flat[path] ?? null;
      if (got === want) right++;
      else if (got !== null) wrong++;
    }
    return { right, wrong };
  };
  const cell = ({ right, wrong }) => `${right}${wrong ? ` (**${wrong} wrong**)` : ''}`;
  const recallRows = [];
  const totals = new Map();
  for (const dir of ['documents', 'pdf-property']) {
    const sum = { files: 0, n: 0, layout: { right: 0, wrong: 0, full: 0 }, raw: { right: 0, wrong: 0, full: 0 }, pdf: { right: 0, wrong: 0, full: 0 } };
    for (const f of readdirSync(join(root, 'test/fixtures', dir)).filter((x) => x.endsWith('.pdf')).sort()) {
      const file = join(root, 'test/fixtures', dir, f);
      const expected = JSON.parse(readFileSync(file.replace(/\.pdf$/, '.expected.json'), 'utf8'));
      const nums = Object.entries(expected).filter(([k, v]) => !k.startsWith('meta.') && v !== null);
      const text = (mode) => spawnSync('pdftotext', [...mode, file, '-'], { maxBuffer: 64 << 20 }).stdout.toString('utf8');
      const got = {
        layout: score(parseReport(text(['-layout'])), nums),
        raw: score(parseReport(text([])), nums),
        pdf: score(await parsePdfReport(new Uint8Array(readFileSync(file))), nums),
      };
      sum.files++;
      sum.n += nums.length;
      for (const k of ['layout', 'raw', 'pdf']) {
        sum[k].right += got[k].right;
        sum[k].wrong += got[k].wrong;
        sum[k].full += got[k].right === nums.length ? 1 : 0;
      }
      if (dir === 'documents') recallRows.push([f, String(nums.length), cell(got.layout), cell(got.raw), cell(got.pdf)]);
    }
    totals.set(dir, sum);
  }
  console.log('\n## Values read from the LibreOffice-made PDFs (test/fixtures/documents), per reading\n');
  console.log('| PDF | numbers | pdftotext -layout + parseReport | pdftotext + parseReport | parsePdfReport |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of recallRows) console.log(`| ${r.join(' | ')} |`);
  console.log('\n| fixtures | PDFs | numbers | -layout: right / wrong / PDFs complete | default: right / wrong / complete | parsePdfReport: right / wrong / complete |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [dir, s] of totals) {
    const c = (k) => `${s[k].right} / ${s[k].wrong} / ${s[k].full}`;
    console.log(`| ${dir} | ${s.files} | ${s.n} | ${c('layout')} | ${c('raw')} | ${c('pdf')} |`);
  }
}
