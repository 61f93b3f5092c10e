#!/usr/bin/env node
// Long-running fuzzer for parseReport and validate (npm run fuzz), separate
// from the CI suite (which runs a bounded number of the same cases in
// test/robustness/fuzz-cases.test.ts).
//
//   npm run fuzz -- --iterations 1000000 --seed 7
//   npm run fuzz -- --resume                      # go on where the last run of that seed stopped
//   node scripts/fuzz.mjs --seed 7 --only 123456  # make input 123456 again and check it alone
//   npm run fuzz -- --per-path --iterations 200   # single edits to converter output and the corpus:
//                                                 # every changed value must carry a warning on its path
//
// Input i of a run is made from (seed, i) alone: a real report mutated (lines
// deleted, duplicated, swapped, shuffled; truncated; numbers replaced by huge,
// negative or decimal values or blanked; noise inserted), an arbitrary string
// (any UTF-16 units, lone surrogates and NUL included), markup soup for the
// HTML entry, and every --hostile-every inputs a hostile shape of random size
// (the shapes of known, reported bugs only with --known-bugs).
// Checks: never throws; the report and findings are plain data (JSON,
// structuredClone); every span inside the input; every code a documented one;
// every value read from the raw text at its span; for edits inside one line,
// every value on an untouched line as in the original report, or — where the
// original was null — the hand-checked value of the seed; and no input
// costs more per character than --slow-factor times a sample report.
//
// Progress goes to a state file every few seconds (--state, default
// node_modules/.cache/xxgk-report-fuzz/state-<seed>.json); each failing input
// is written next to it (failures/<seed>-<i>.input.txt or .html, and a .json
// of what went wrong).

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { flattenReport, parseCellValue, parseReport, validate } from '../dist/index.js';
import { htmlToText, parseReport as parseHtmlReport } from '../dist/html.js';
import { checkCase, readKnownCodes } from '../test/robustness/checks.mjs';
import { loadSeedFiles, makeFuzzCase } from '../test/robustness/generators.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    resume: { type: 'boolean', default: false },
    state: { type: 'string' },
    only: { type: 'string' },
    'max-length': { type: 'string', default: '4000' },
    'hostile-every': { type: 'string', default: '500' },
    'hostile-size': { type: 'string', default: '200000' },
    'slow-factor': { type: 'string', default: '50' },
    'max-failures': { type: 'string', default: '100' },
    'known-bugs': { type: 'boolean', default: false },
    'per-path': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
  console.log(header.slice(0, header.findIndex((l) => !l.startsWith('//'))).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  console.log('\nOptions: --iterations N (1000000), --seed S (1), --resume, --state FILE, --only I, --max-length N (4000),');
  console.log('  --hostile-every N (500), --hostile-size N (200000), --known-bugs, --slow-factor F (50), --max-failures N (100)');
  process.exit(0);
}

const seed = Number(args.seed);
if (args['per-path']) await perPath();
const iterations = Number(args.iterations);
const options = { maxLength: Number(args['max-length']), hostileEvery: Number(args['hostile-every']), hostileSize: Number(args['hostile-size']), knownBugs: args['known-bugs'] };
const slowFactor = Number(args['slow-factor']);
const maxFailures = Number(args['max-failures']);
const statePath = resolve(args.state ?? join(root, 'node_modules/.cache/xxgk-report-fuzz', `state-${seed}.json`));
const failureDir = join(dirname(statePath), 'failures');
if (!Number.isInteger(seed) || !Number.isInteger(iterations) || iterations < 0) {
  console.error('fuzz: --seed and --iterations take integers');
  process.exit(2);
}

const lib = {
  parseText: parseReport,
  parseHtml: parseHtmlReport,
  validate,
  flatten: flattenReport,
  readCell: parseCellValue,
  htmlText: htmlToText,
  codes: readKnownCodes(root),
};
const seeds = loadSeedFiles(root);
const originals = seeds.map((s) => ({ report: (s.entry === 'html' ? parseHtmlReport : parseReport)(s.text), expected: s.expected }));

// The cost of a sample report per character, as the yardstick for "slow".
const samples = seeds.filter((s) => s.name.includes('examples/reports'));
for (let k = 0; k < 5; k++) for (const s of samples) validate(parseReport(s.text));
let sampleChars = 0;
const s0 = performance.now();
for (let k = 0; k < 10; k++) for (const s of samples) (validate(parseReport(s.text)), (sampleChars += s.text.length));
const msPerChar = (performance.now() - s0) / sampleChars;
// Short inputs cost a fixed overhead; below this the per-character test means nothing.
const SLOW_FLOOR_MS = 50;

function runOne(i) {
  const fuzzCase = makeFuzzCase(seed, i, seeds, options);
  let { problems, ms } = checkCase(fuzzCase, lib, originals);
  const budget = slowFactor * msPerChar * Math.max(1, fuzzCase.text.length);
  // A GC pause or a busy machine can make one run slow: time it twice more, keep the fastest.
  for (let k = 0; k < 2 && ms > SLOW_FLOOR_MS && ms > budget; k++) {
    const t0 = performance.now();
    validate((fuzzCase.entry === 'html' ? parseHtmlReport : parseReport)(fuzzCase.text));
    ms = Math.min(ms, performance.now() - t0);
  }
  if (ms > SLOW_FLOOR_MS && ms > budget) {
    problems.push(`slow: ${ms.toFixed(0)} ms for ${fuzzCase.text.length} characters, ${(ms / fuzzCase.text.length / msPerChar).toFixed(0)}× a sample report's cost per character`);
  }
  return { fuzzCase, problems, ms };
}

function saveFailure(i, fuzzCase, problems) {
  mkdirSync(failureDir, { recursive: true });
  const base = join(failureDir, `${seed}-${i}`);
  writeFileSync(`${base}.input${fuzzCase.entry === 'html' ? '.html' : '.txt'}`, fuzzCase.text);
  writeFileSync(`${base}.json`, `${JSON.stringify({ seed, iteration: i, kind: fuzzCase.kind, label: fuzzCase.label, entry: fuzzCase.entry, problems }, null, 2)}\n`);
  return base;
}

if (args.only !== undefined) {
  const i = Number(args.only);
  const { fuzzCase, problems, ms } = runOne(i);
  console.log(`input ${i} of seed ${seed}: ${fuzzCase.kind} — ${fuzzCase.label} (${fuzzCase.text.length} characters, ${ms.toFixed(1)} ms)`);
  for (const p of problems) console.log(`  ${p}`);
  if (problems.length > 0) console.log(`written to ${saveFailure(i, fuzzCase, problems)}.*`);
  process.exit(problems.length > 0 ? 1 : 0);
}

// Input i depends on the seed reports too: a resumed run must see the same ones.
const seedSet = `${seeds.length} files, ${seeds.reduce((h, s) => (Math.imul(h, 31) + s.text.length + s.name.length) | 0, 7) >>> 0}`;
let state = { seed, seedSet, options, next: 0, iterations, failures: [], kinds: {}, totalMs: 0, slowest: null };
if (args.resume && existsSync(statePath)) {
  const saved = JSON.parse(readFileSync(statePath, 'utf8'));
  if (saved.seed !== seed) {
    console.error(`fuzz: ${statePath} is for seed ${saved.seed}, not ${seed}`);
    process.exit(2);
  }
  if (saved.seedSet !== seedSet || JSON.stringify(saved.options) !== JSON.stringify(options)) {
    console.error(`fuzz: the seed reports or options changed since ${statePath} was written (${saved.seedSet} → ${seedSet}); inputs would differ. Start over without --resume.`);
    process.exit(2);
  }
  state = { ...state, ...saved, iterations };
  console.log(`resuming seed ${seed} at input ${state.next} (${state.failures.length} failures so far)`);
} else if (existsSync(statePath) && !args.resume) {
  console.log(`starting over (${statePath} exists; pass --resume to go on from it)`);
}

function save() {
  mkdirSync(dirname(statePath), { recursive: true });
  writeFileSync(statePath, `${JSON.stringify(state, null, 2)}\n`);
}

// Ctrl-C (or a TERM) stops after the current input, with the state saved.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
  });
}

console.log(`fuzz: seed ${seed}, inputs ${state.next}..${iterations - 1}, ${seeds.length} seed reports, state ${statePath}`);
let lastSave = performance.now();
let lastLine = performance.now();
const started = state.next;
const t0 = performance.now();
let lastYield = performance.now();
while (state.next < iterations && !stopping) {
  if (performance.now() - lastYield > 100) {
    // Let signal handlers run: the checks are synchronous.
    await new Promise((resolve) => setImmediate(resolve));
    lastYield = performance.now();
    if (stopping) break;
  }
  const i = state.next;
  const { fuzzCase, problems, ms } = runOne(i);
  state.kinds[fuzzCase.kind] = (state.kinds[fuzzCase.kind] ?? 0) + 1;
  state.totalMs += ms;
  if (!state.slowest || ms > state.slowest.ms) state.slowest = { i, ms: Math.round(ms), label: fuzzCase.label, length: fuzzCase.text.length };
  if (problems.length > 0) {
    const base = saveFailure(i, fuzzCase, problems);
    state.failures.push({ i, kind: fuzzCase.kind, label: fuzzCase.label, problem: problems[0], file: base });
    console.log(`FAIL input ${i} (${fuzzCase.label}): ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}\n  → ${base}.*`);
  }
  state.next = i + 1;
  const now = performance.now();
  if (now - lastSave > 5000) {
    save();
    lastSave = now;
  }
  if (now - lastLine > 10_000) {
    const rate = ((state.next - started) / ((now - t0) / 1000)).toFixed(0);
    console.log(`${state.next}/${iterations} inputs, ${rate}/s, ${state.failures.length} failures`);
    lastLine = now;
  }
  if (state.failures.length >= maxFailures) {
    console.log(`stopping: ${maxFailures} failures`);
    break;
  }
}
save();
const secs = (performance.now() - t0) / 1000;
console.log(`${stopping ? 'interrupted' : 'done'}: inputs ${started}..${state.next - 1} in ${secs.toFixed(1)} s; ${state.failures.length} failures; slowest input ${state.slowest?.i} (${state.slowest?.label}, ${state.slowest?.ms} ms)`);
console.log(`state: ${statePath}${state.next < iterations ? ' (npm run fuzz -- --resume to go on)' : ''}`);
process.exit(state.failures.length > 0 ? 1 : 0);

/**
 * --per-path: single edits to the converter fixtures and the corpus
 * (test/robustness/per-path.mjs), --iterations mutations per input; prints
 * every changed value that carries nothing on its path and exits 1 if any.
 */
async function perPath() {
  const { readdirSync } = await import('node:fs');
  const { perPathMutation, unnamedChanges, expectedValues } = await import('../test/robustness/per-path.mjs');
  const read = (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
  const dirs = [join(root, 'test/fixtures/layouts/'), resolve(root, '../shared/corpus/real/')].filter((d) => existsSync(d));
  const inputs = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => join(d, f)));
  const per = Number(args.iterations) === 1000000 ? 200 : Number(args.iterations);
  const s = Number(args.seed);
  let found = 0;
  for (const path of inputs) {
    const text = new TextDecoder('utf-8').decode(readFileSync(path));
    const before = parseHtmlReport(text);
    const expected = expectedValues(path, read);
    for (let i = 0; i < per; i++) {
      const m = perPathMutation(text, s, i);
      const bad = unnamedChanges({ flatten: flattenReport }, before, parseHtmlReport(m.text), m.own, expected, m.ownAfter);
      if (bad.length === 0) continue;
      found++;
      console.log(`${path.split('/').pop()} #${i} ${m.name}: ${bad.length} value(s) changed with nothing on their path, e.g. ${JSON.stringify(bad[0])}`);
    }
  }
  console.log(`per-path: ${inputs.length} inputs × ${per} mutations (seed ${s}); ${found} with an unnamed change`);
  process.exit(found > 0 ? 1 : 0);
}
