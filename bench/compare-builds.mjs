// Compares parseReport across builds in one process, the fairest way on a
// noisy machine: each build parses the sample reports and the seeds in
// turn, the order alternating from round to round, and the fastest round of
// each build is kept.
//
//   node bench/compare-builds.mjs [--rounds 60] DIST_A DIST_B [DIST_C…]
//
// A build is a folder holding index.js, e.g. a worktree's dist after
// `git worktree add ../old <rev> && (cd ../old && npx tsup)`. The first is
// the base of the ratios.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './inputs.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--rounds');
const rounds = at >= 0 ? Number(argv[at + 1]) : 60;
const dists = argv.filter((_, k) => k !== at && k !== at + 1);
if (dists.length < 2 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node bench/compare-builds.mjs [--rounds N] DIST_A DIST_B [DIST_C…]');
  process.exit(2);
}
const libs = await Promise.all(dists.map((d) => import(pathToFileURL(resolve(d, 'index.js')).href)));
const dirs = [join(root, 'examples/reports'), resolve(root, '../shared/seeds')].filter((d) => existsSync(d));
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(d, f), 'utf8')));
const REPEAT = 20;
const once = (lib) => {
  const t0 = performance.now();
  for (let r = 0; r < REPEAT; r++) for (const t of texts) lib.parseReport(t);
  return performance.now() - t0;
};
const best = libs.map(() => Infinity);
for (let k = 0; k < rounds; k++) {
  const order = k % 2 === 0 ? libs.map((_, i) => i) : libs.map((_, i) => libs.length - 1 - i);
  for (const i of order) best[i] = Math.min(best[i], once(libs[i]));
}
console.log(`${texts.length} reports, fastest of ${rounds} rounds of ${REPEAT} passes each\n`);
console.log('| build | µs per report | ÷ first |\n| --- | ---: | ---: |');
dists.forEach((d, i) => console.log(`| ${d} | ${((best[i] / REPEAT / texts.length) * 1000).toFixed(0)} | ${(best[i] / best[0]).toFixed(3)} |`));
