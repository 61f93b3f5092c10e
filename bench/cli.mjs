// The CLI batch benchmark (run by `npm run bench`, or alone after a build):
//
// 1. 1,000 report files in a temporary directory (copies of examples/reports/*
//    and ../shared/seeds/*): the wall time of `node dist/cli.js parse -f jsonl`
//    with the default --jobs (one fewer than the cores: src/cli/run.ts,
//    defaultJobs), with a pool of one worker per core, and with --jobs 1,
//    against the time of the same work in this process on one thread — read,
//    parseDocument (decode + parseReport), validate, render each JSON Lines
//    record. Goal: the CLI as run by default at most 0.8× the in-process time.
// 2. The CLI's peak RSS (all threads) for `--format json` on those files,
//    read by a preloaded module (bench/peak-rss.mjs). Goal: under 300 MB.
// 3. PDF through the pool: each real PDF of ../shared/corpus/pdf alone
//    (time per page, peak RSS), and all of them in one pooled run.
//
//   npm run build && node bench/cli.mjs [--quick] [--files N]

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { root } from './inputs.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const filesAt = argv.indexOf('--files');
const FILES = filesAt >= 0 ? Number(argv[filesAt + 1]) : 1000;
const RUNS = quick ? 1 : 3;
const RATIO_GOAL = 0.8;
const RSS_GOAL = 300 * 1024 * 1024;

const cli = join(root, 'dist/cli.js');
const peakRss = join(root, 'bench/peak-rss.mjs');
const { parseDocument } = await import(join(root, 'dist/document.js'));
const { validate } = await import(join(root, 'dist/index.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** The sample files, copied round-robin into `dir` as 0000-name … until `count`. */
function makeBatch(dir, count) {
  const sources = [];
  for (const d of [join(root, 'examples/reports'), join(root, '..', 'shared', 'seeds')]) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) sources.push(join(d, f));
  }
  for (let i = 0; i < count; i++) {
    const from = sources[i % sources.length];
    copyFileSync(from, join(dir, `${String(i).padStart(4, '0')}-${from.split('/').pop()}`));
  }
  return { sources, files: readdirSync(dir).sort().map((f) => join(dir, f)) };
}

/** One CLI run, stdout to /dev/null: wall ms, peak RSS (bytes), CPU ms of all its threads. */
function runCli(args) {
  const rssFile = join(tmpdir(), `xxgk-bench-rss-${process.pid}`);
  const devNull = openSync('/dev/null', 'w');
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--import', peakRss, cli, ...args], {
    stdio: ['ignore', devNull, 'pipe'],
    env: { ...process.env, XXGK_BENCH_RSS_FILE: rssFile },
    maxBuffer: 16 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  closeSync(devNull);
  let rss = NaN;
  let cpu = NaN;
  try {
    ({ maxRss: rss, cpuMs: cpu } = JSON.parse(readFileSync(rssFile, 'utf8')));
    rmSync(rssFile);
  } catch {
    // No figure: the run failed before exiting normally.
  }
  if (result.status !== 0) throw new Error(`xxgk-report ${args.join(' ')}: status ${result.status}\n${result.stderr}`);
  return { ms, rss, cpu };
}

/** The CLI's work on one thread in this process: read, parse, validate, render a JSON Lines record. */
async function inProcess(files) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let bytes = 0;
  for (const file of files) {
    const report = await parseDocument(new Uint8Array(readFileSync(file)), { name: file });
    const findings = validate(report);
    const { document, ...rest } = report;
    const info = document ? { format: document.format, kind: document.kind, encoding: document.encoding, pages: document.pages } : undefined;
    const line = JSON.stringify({ file, encoding: document?.encoding ?? null, readAs: document?.format ?? 'text', report: info ? { ...rest, document: info } : rest, findings }) + '\n';
    bytes += line.length;
  }
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, bytes };
}

const dir = mkdtempSync(join(tmpdir(), 'xxgk-cli-bench-'));
try {
  const { sources, files } = makeBatch(dir, FILES);
  const jobs = availableParallelism();
  // The CLI's default --jobs (src/cli/run.ts, defaultJobs): one fewer than the cores, at least one.
  const defaultJobs = Math.max(1, jobs - 1);
  console.log(`# CLI batch benchmark\n`);
  console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores (availableParallelism ${jobs}), ${mb(totalmem())} RAM, Node ${process.version}.`);
  console.log(`Batch: ${files.length} files (${sources.length} sample reports copied round-robin), median of ${RUNS} run(s).\n`);

  await inProcess(files.slice(0, 20)); // warm the parser up
  const alone = [];
  const pooled = [];
  const single = [];
  const byDefault = [];
  // Interleaved, so that a change in the machine's load hits all three alike.
  for (let r = 0; r < RUNS; r++) {
    alone.push(await inProcess(files));
    pooled.push(runCli(['parse', '-f', 'jsonl', '--quiet', '-j', String(jobs), dir]));
    single.push(runCli(['parse', '-f', 'jsonl', '--quiet', '-j', '1', dir]));
    byDefault.push(runCli(['parse', '-f', 'jsonl', '--quiet', dir]));
  }
  const json = runCli(['parse', '-f', 'json', '--quiet', '-j', String(jobs), dir]);
  const jsonAlone = runCli(['parse', '-f', 'json', '--quiet', '-j', '1', dir]);
  const startups = [0, 1, 2].map(() => runCli(['parse', '-f', 'jsonl', files[0]]));
  const startup = median(startups.map((r) => r.ms));

  const wall = (runs) => median(runs.map((r) => r.ms));
  const cpu = (runs) => median(runs.map((r) => r.cpu));
  const row = (name, runs, perFile = true) => `| ${name} | ${seconds(wall(runs))} | ${perFile ? `${(wall(runs) / files.length).toFixed(2)} ms` : ''} | ${seconds(cpu(runs))} |`;
  const ratio = wall(byDefault) / wall(alone);
  const pooledRatio = wall(pooled) / wall(alone);
  console.log('| run | wall time | per file | CPU time (all threads) |');
  console.log('|---|---:|---:|---:|');
  console.log(row('in-process, one thread (read + parseDocument + validate + render)', alone));
  console.log(row(`\`xxgk-report parse -f jsonl\` (default: --jobs ${defaultJobs}${defaultJobs === 1 ? ', no workers' : ''})`, byDefault));
  console.log(row(`\`xxgk-report parse -f jsonl -j ${jobs}\` (a worker per core)`, pooled));
  console.log(row('`xxgk-report parse -f jsonl -j 1` (no workers)', single));
  console.log(row('`xxgk-report parse` on one file (start-up)', startups, false));
  console.log('');
  // Under load (other processes on the cores) wall time says little: the
  // share of the cores each run gets varies. CPU time does not depend on the
  // share, so beside the wall-time ratio stands what the runs' CPU times give
  // on an idle machine: the pool's CPU time spread over its workers, against
  // the in-process run's CPU time (which is its wall time when idle).
  const bound = cpu(pooled) / jobs / cpu(alone);
  console.log(`CLI as run by default / in-process, wall time: ${ratio.toFixed(2)}× — goal ≤ ${RATIO_GOAL}×: ${ratio <= RATIO_GOAL ? 'met' : 'NOT met'}`);
  console.log(`A worker per core (-j ${jobs}) / in-process, wall time: ${pooledRatio.toFixed(2)}×`);
  // What one thread keeps busy: V8 compiles and collects on threads of its own.
  console.log(`Cores one thread keeps busy (in-process CPU time / wall time): ${(cpu(alone) / wall(alone)).toFixed(2)}`);
  console.log(`Pooled CLI CPU time / ${jobs} workers / in-process CPU time (the ratio on an idle machine, if the workers ran fully in parallel): ${bound.toFixed(2)}× — ${bound <= RATIO_GOAL ? 'met' : 'NOT met'}`);
  console.log(`Load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores`);
  console.log(`Peak RSS, --format json, ${files.length} files: ${mb(json.rss)} pooled, ${mb(jsonAlone.rss)} with -j 1 — goal < ${mb(RSS_GOAL)}: ${json.rss < RSS_GOAL ? 'met' : 'NOT met'}\n`);

  const pdfDir = join(root, '..', 'shared', 'corpus', 'pdf');
  const pdfs = existsSync(pdfDir) ? readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(pdfDir, f)) : [];
  if (pdfs.length > 0) {
    console.log('| PDF | pages | CLI wall time | per page (start-up taken off) | CPU time | peak RSS |');
    console.log('|---|---:|---:|---:|---:|---:|');
    const { parsePdfReport } = await import(join(root, 'dist/pdf.js'));
    let pages = 0;
    for (const pdf of pdfs) {
      const n = (await parsePdfReport(new Uint8Array(readFileSync(pdf)))).document?.pages ?? NaN;
      pages += n;
      const runs = [0, 1, 2].slice(0, RUNS).map(() => runCli(['parse', '-f', 'jsonl', pdf]));
      const ms = median(runs.map((r) => r.ms));
      console.log(`| ${pdf.split('/').pop()} | ${n} | ${seconds(ms)} | ${((ms - startup) / n).toFixed(0)} ms | ${seconds(cpu(runs))} | ${mb(Math.max(...runs.map((r) => r.rss)))} |`);
    }
    const all = runCli(['parse', '-f', 'jsonl', '--quiet', '-j', String(jobs), ...pdfs]);
    const allAlone = runCli(['parse', '-f', 'jsonl', '--quiet', '-j', '1', ...pdfs]);
    console.log(`\nAll ${pdfs.length} PDFs (${pages} pages) in one run: ${seconds(all.ms)} pooled (CPU ${seconds(all.cpu)}, peak RSS ${mb(all.rss)}), ${seconds(allAlone.ms)} with -j 1 (CPU ${seconds(allAlone.cpu)}, ${mb(allAlone.rss)}).`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
