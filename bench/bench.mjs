// npm run bench — parseReport against two references measured in the same
// run on the same machine: remark-parse + remark-gfm parsing the same text
// (what a user would otherwise reach for) and a single scan of the text that
// splits it into lines and finds the digit runs (the floor). Prints Markdown
// tables (docs/performance.md keeps a copy) and which goals are met.
//
//   npm run bench                 # build, then the full run (a few minutes)
//   node bench/bench.mjs --quick  # shorter time budgets, no 10 MB remark run
//
// Sizes are bytes of UTF-8 (1 MB = 10⁶ bytes), the size of the text as a file.
// The last table holds every goal of issue #12, met or not, from this run.

import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { MB, bytesOf, concatenation, contenders, hostileShapes, markdownReports, root, sampleReports } from './inputs.mjs';

const quick = process.argv.includes('--quick');
const NAMES = ['parseReport', 'remark+gfm', 'floor'];

/** Median latency (ms) of each contender on each input, measured by tinybench. */
async function measure(inputs, options) {
  const bench = new Bench({ warmup: true, ...options });
  for (const input of inputs) {
    for (const name of input.contenders ?? NAMES) {
      const run = contenders[name];
      bench.add(`${name} | ${input.name}`, () => {
        run(input.text);
      });
    }
  }
  await bench.run();
  const out = new Map();
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state} ${r.error ?? ''}`);
    out.set(task.name, r.latency.p50);
  }
  return (name, input) => out.get(`${name} | ${input.name}`);
}

const fmt = (x, digits = 1) => (x === undefined || Number.isNaN(x) ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
const mib = (bytes) => `${fmt(bytes / MB, 0)} MB`;

function table(head, rows) {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map((h, k) => (k === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# xxgk-report benchmark\n`);
console.log(`node ${process.version}, ${cpu} × ${cpus().length}, tinybench 6${quick ? ', --quick' : ''}; ${new Date().toISOString().slice(0, 10)}\n`);

// 1. The sample reports, one at a time.
const samples = sampleReports().map((s) => ({ ...s, bytes: bytesOf(s.text) }));
const onSamples = await measure(samples, { time: quick ? 300 : 1500, iterations: 20 });
let sum = { parse: 0, remark: 0, floor: 0, bytes: 0 };
const sampleRows = samples.map((s) => {
  const p = onSamples('parseReport', s);
  const r = onSamples('remark+gfm', s);
  const f = onSamples('floor', s);
  sum = { parse: sum.parse + p, remark: sum.remark + r, floor: sum.floor + f, bytes: sum.bytes + s.bytes };
  return [s.name, fmt(s.bytes / 1000), fmt(p * 1000, 0), fmt(mbps(s.bytes, p), 2), fmt(r * 1000, 0), `${fmt(r / p)}×`, fmt(f * 1000, 1), `${fmt(p / f)}×`];
});
const n = samples.length;
sampleRows.push([
  '**mean per report**',
  fmt(sum.bytes / n / 1000),
  `**${fmt((sum.parse / n) * 1000, 0)}**`,
  `**${fmt(mbps(sum.bytes, sum.parse), 2)}**`,
  fmt((sum.remark / n) * 1000, 0),
  `**${fmt(sum.remark / sum.parse)}×**`,
  fmt((sum.floor / n) * 1000, 1),
  `**${fmt(sum.parse / sum.floor)}×**`,
]);
console.log('## Sample reports (examples/reports/)\n');
console.log(table(['report', 'KB', 'parseReport µs', 'MB/s', 'remark+gfm µs', 'remark ÷ parseReport', 'floor µs', 'parseReport ÷ floor'], sampleRows));
const speedupVsRemark = sum.remark / sum.parse;
const overFloor = sum.parse / sum.floor;

// 2. Markdown with GFM pipe tables: parseReport against remark+gfm alone.
const markdown = markdownReports().map((s) => ({ ...s, bytes: bytesOf(s.text), contenders: ['parseReport', 'remark+gfm'] }));
const onMarkdown = await measure(markdown, { time: quick ? 200 : 800, iterations: 10 });
let worstMarkdown = 0;
const mdRows = markdown.map((s) => {
  const p = onMarkdown('parseReport', s);
  const r = onMarkdown('remark+gfm', s);
  worstMarkdown = Math.max(worstMarkdown, p / r);
  return [s.name, fmt(s.bytes / 1000), fmt(p * 1000, 0), fmt(r * 1000, 0), `${fmt(p / r, 2)}`];
});
console.log('\n## Markdown with GFM tables (real PDF-to-Markdown reports, pandoc GFM)\n');
console.log(table(['report', 'KB', 'parseReport µs', 'remark+gfm µs', 'parseReport ÷ remark+gfm'], mdRows));

// 3. Concatenations of the sample reports: 1 MB and 10 MB.
const big = [
  { name: '1 MB', text: concatenation(MB) },
  { name: '10 MB', text: concatenation(10 * MB), contenders: quick ? ['parseReport', 'floor'] : NAMES },
].map((s) => ({ ...s, bytes: bytesOf(s.text) }));
// 1 MB: ten runs after two to warm up; 10 MB: three runs after one (remark+gfm takes ~8 s a run).
const on1 = await measure([big[0]], { time: 0, iterations: quick ? 3 : 10, warmupIterations: 2, warmupTime: 0 });
const on10 = await measure([big[1]], { time: 0, iterations: quick ? 2 : 3, warmupIterations: 1, warmupTime: 0 });
const onBig = (name, input) => (input === big[0] ? on1 : on10)(name, input);
const nsPerByte = {};
const bigRows = big.map((s) => {
  const p = onBig('parseReport', s);
  const r = onBig('remark+gfm', s);
  const f = onBig('floor', s);
  nsPerByte[s.name] = (p * 1e6) / s.bytes;
  return [s.name, fmt(s.bytes / MB, 2), fmt(p, 0), fmt(mbps(s.bytes, p), 2), fmt(nsPerByte[s.name], 0), r === undefined ? '—' : fmt(r, 0), r === undefined ? '—' : `${fmt(r / p)}×`, fmt(f, 1), `${fmt(p / f)}×`];
});
const perByteGrowth = nsPerByte['10 MB'] / nsPerByte['1 MB'];
console.log('\n## Concatenations of the sample reports\n');
console.log(table(['input', 'MB', 'parseReport ms', 'MB/s', 'ns/byte', 'remark+gfm ms', 'remark ÷ parseReport', 'floor ms', 'parseReport ÷ floor'], bigRows));
console.log(`\nTime per byte at 10 MB ÷ at 1 MB: **${fmt(perByteGrowth, 2)}**`);

// 4. Hostile shapes of the robustness suite: cost per byte against a sample report's.
const HOSTILE_CHARS = quick ? 32_000 : 64_000;
const WARM_UP_RUNS = 3;
const samplePerByte = sum.parse / sum.bytes; // ms per byte on the sample reports, this run
const hostileRows = [];
let worstHostile = { ratio: 0, name: '—' };
for (const shape of hostileShapes(HOSTILE_CHARS)) {
  const bytes = bytesOf(shape.text);
  // Untimed runs first: the goal is the cost per byte, and a shape's first
  // runs are the compiler's (a 32 kB shape took 48, 25, 20, then 10 ms).
  for (let k = 0; k < WARM_UP_RUNS; k++) shape.parse(shape.text);
  let best = Infinity;
  for (let k = 0; k < (quick ? 2 : 3); k++) {
    const t0 = performance.now();
    shape.parse(shape.text);
    best = Math.min(best, performance.now() - t0);
  }
  const ratio = best / bytes / samplePerByte;
  if (ratio > worstHostile.ratio) worstHostile = { ratio, name: shape.name };
  hostileRows.push([shape.name, shape.entry, fmt(bytes / 1000), fmt(best, 1), `${fmt(ratio)}×`]);
}
console.log(`\n## Hostile shapes (test/robustness/generators.mjs, about ${HOSTILE_CHARS.toLocaleString('en-US')} characters each; fastest of ${quick ? 2 : 3} after ${WARM_UP_RUNS} untimed)\n`);
console.log(table(['shape', 'entry', 'KB', 'parseReport ms', 'cost per byte ÷ sample report'], hostileRows));

// 5. Peak memory, each measurement in a fresh process.
function probe(name, kind, bytes) {
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(root, 'bench/memory.mjs'), name, kind, String(bytes)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) {
    console.error(`memory probe for ${name} on ${kind} failed:\n${child.stderr}`);
    return undefined;
  }
  return JSON.parse(child.stdout.trim().split('\n').pop());
}
const probes = [
  ['10 MB concatenation', 'parseReport', 'concatenation', 10 * MB],
  ...(quick ? [] : [['10 MB concatenation', 'remark+gfm', 'concatenation', 10 * MB]]),
  ['10 MB concatenation', 'floor', 'concatenation', 10 * MB],
  ['1 M short lines (`a`)', 'parseReport', 'short-lines', 0],
  ['5 MB of pipes', 'parseReport', 'pipes', 5 * MB],
  // No goal: how much a text dense in numbers costs, every number a cell (docs/performance.md).
  ['2 MB of table rows (`规章 1 2`)', 'parseReport', 'table-rows', 2 * MB],
];
const memory = new Map();
for (const [label, name, kind, bytes] of probes) {
  const m = probe(name, kind, bytes);
  if (m) memory.set(`${name} | ${kind}`, { ...m, label });
}
const memRows = [...memory.values()].map((m) => [m.label, m.contender, fmt(m.inputBytes / MB, 2), fmt(m.ms, 0), mib(m.rssPeak), `${fmt(m.rssPeak / m.inputBytes)}×`, mib(m.heapPeak), `${fmt(m.heapPeak / m.inputBytes)}×`, mib(m.heapRetained), mib(m.rssPeakAbsolute)]);
console.log('\n## Peak memory (node --expose-gc bench/memory.mjs <contender> <kind> <bytes>, one process each)\n');
console.log(table(['input', 'contender', 'input MB', 'ms', 'RSS peak − before', '÷ input', 'heap peak − before', '÷ input', 'heap retained (result)', 'max RSS of the process'], memRows));

// 6. Goals (issue #12), every one in this run.
const factor = (kind, field) => {
  const m = memory.get(`parseReport | ${kind}`);
  if (!m) return NaN;
  return field ? m[field] / m.inputBytes : Math.max(m.rssPeak, m.heapPeak) / m.inputBytes;
};
const rss10 = factor('concatenation', 'rssPeak');
const heap10 = factor('concatenation', 'heapPeak');
const shortLinesFactor = factor('short-lines');
const pipesFactor = factor('pipes');
const goals = [
  ['parseReport at least 10× faster than remark+gfm alone on the sample reports', speedupVsRemark >= 10, `${fmt(speedupVsRemark)}× faster`],
  ['parseReport within 15× of the floor (one scan: lines and digit runs) on the sample reports', overFloor <= 15, `${fmt(overFloor)}× the floor`],
  ['time per byte at 10 MB within 1.3× of that at 1 MB', perByteGrowth <= 1.3, `${fmt(perByteGrowth, 2)}×`],
  ['peak RSS for a 10 MB input at most 5× its size', rss10 <= 5, `${fmt(rss10)}×`],
  ['peak heap for a 10 MB input at most 5× its size', heap10 <= 5, `${fmt(heap10)}×`],
  ['peak memory for a million short lines under 20× the input', shortLinesFactor < 20, `${fmt(shortLinesFactor)}× (the larger of RSS and heap peak)`],
  ['peak memory for 5 MB of pipes under 20× the input', pipesFactor < 20, `${fmt(pipesFactor)}× (the larger of RSS and heap peak)`],
  ['on Markdown with GFM tables, no slower than remark+gfm alone (worst file)', worstMarkdown <= 1, `worst ${fmt(worstMarkdown, 2)}× remark+gfm's time`],
  ['every hostile shape within 20× the cost per byte of a sample report', worstHostile.ratio <= 20, `worst ${fmt(worstHostile.ratio)}× (${worstHostile.name})`],
];
console.log('\n## Goals\n');
console.log(table(['goal', 'met', 'measured'], goals.map(([g, ok, m]) => [g, ok ? 'yes' : '**no**', m])));
