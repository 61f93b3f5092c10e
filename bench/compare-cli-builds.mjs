// Compares the CLI's batch run across builds, the fairest way on a noisy
// machine: each build's `cli.js parse -f jsonl --quiet` on the same 1,000
// report files (a worker per core, then -j 1), the builds in turn, round after
// round; prints each build's median and best wall time and CPU time (every
// thread, from getrusage, read by the preloaded bench/peak-rss.mjs).
//
//   node bench/compare-cli-builds.mjs [--rounds 6] [--files 1000] DIST_A DIST_B [DIST_C…]
//
// A build is a folder holding cli.js (a copy of dist/ after `npm run build`).
// It must sit inside the repository (e.g. scratch/before/), so that its
// chunks find node_modules.

import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { root } from './inputs.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  argv.splice(at, 2);
  return value;
};
const rounds = option('--rounds', 6);
const count = option('--files', 1000);
const dists = argv.map((d) => resolve(d));
if (dists.length < 2 || !Number.isInteger(rounds) || rounds < 1 || dists.some((d) => !existsSync(join(d, 'cli.js')))) {
  console.error('usage: node bench/compare-cli-builds.mjs [--rounds N] [--files N] DIST_A DIST_B [DIST_C…] (folders holding cli.js)');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'xxgk-cli-compare-'));
const sources = [join(root, 'examples/reports'), join(root, '..', 'shared', 'seeds')]
  .filter((d) => existsSync(d))
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));
for (let i = 0; i < count; i++) {
  const from = sources[i % sources.length];
  copyFileSync(from, join(dir, `${String(i).padStart(4, '0')}-${from.split('/').pop()}`));
}

const rssFile = join(tmpdir(), `xxgk-compare-rss-${process.pid}`);
function run(cli, extra) {
  const devNull = openSync('/dev/null', 'w');
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--import', join(root, 'bench/peak-rss.mjs'), cli, 'parse', '-f', 'jsonl', '--quiet', ...extra, dir], {
    stdio: ['ignore', devNull, 'pipe'],
    env: { ...process.env, XXGK_BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - t0;
  closeSync(devNull);
  if (result.status !== 0) throw new Error(`${cli}: status ${result.status}\n${result.stderr}`);
  const { cpuMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile);
  return { ms, cpu: cpuMs };
}

// A worker per core, named explicitly: the default --jobs is one fewer than the cores (one thread on 2 cores).
const cores = availableParallelism();
const modes = [[`pooled (-j ${cores})`, ['-j', String(cores)]], ['-j 1', ['-j', '1']]];
const runs = dists.map(() => modes.map(() => []));
const load0 = loadavg()[0];
try {
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? dists.map((_, i) => i) : dists.map((_, i) => dists.length - 1 - i);
    for (const [m, [, extra]] of modes.entries()) for (const i of order) runs[i][m].push(run(join(dists[i], 'cli.js'), extra));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`${count} files, ${rounds} rounds, load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}\n`);
console.log('| build | run | wall median / best | CPU median / best |\n| --- | --- | ---: | ---: |');
for (const [i, d] of dists.entries()) {
  for (const [m, [name]] of modes.entries()) {
    const xs = runs[i][m];
    console.log(`| ${d} | ${name} | ${s(median(xs.map((x) => x.ms)))} / ${s(Math.min(...xs.map((x) => x.ms)))} | ${s(median(xs.map((x) => x.cpu)))} / ${s(Math.min(...xs.map((x) => x.cpu)))} |`);
  }
}
