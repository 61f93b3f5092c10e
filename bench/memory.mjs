// Peak memory of one contender on one input, in a fresh process so that
// nothing else is on the heap: `node --expose-gc bench/memory.mjs
// <contender> <kind> <bytes>`, kind one of inputs.mjs's INPUT_KINDS
// (concatenation, short-lines, pipes; `<contender> <bytes>` alone means a
// concatenation). Prints one line of JSON.
//
// - rssPeak: process.resourceUsage().maxRSS after the run, minus the RSS
//   before it (the input already built): the memory the run took from the
//   system at its peak.
// - heapPeak: the V8 heap committed right after the run, before any forced
//   GC, minus the heap in use before it. V8 grows its heap to what the run
//   needs at its peak and gives memory back only in later GCs (the memory
//   reducer runs when idle), so this is the heap's high-water mark, to within
//   what major GCs during the run released.
// - heapRetained: what stays live after a full GC while the result is held
//   (the size of the report itself).

import v8 from 'node:v8';
import { contenders, concatenation, bytesOf, INPUT_KINDS } from './inputs.mjs';

const args = process.argv.slice(2);
const name = args[0];
const [kind, bytesArg] = /^\d+$/.test(args[1] ?? '') ? ['concatenation', args[1]] : [args[1], args[2]];
const run = contenders[name];
const make = INPUT_KINDS[kind];
if (!run || !make || typeof globalThis.gc !== 'function') {
  console.error(`usage: node --expose-gc bench/memory.mjs <parseReport|remark+gfm|floor> <${Object.keys(INPUT_KINDS).join('|')}> <bytes>`);
  process.exit(2);
}

const text = make(Number(bytesArg ?? 0));
// Warm the code up on a small input, so that compiled code is not counted.
run(concatenation(20_000));
globalThis.gc();
globalThis.gc();
const before = { rss: process.memoryUsage().rss, heapUsed: v8.getHeapStatistics().used_heap_size, maxRss: process.resourceUsage().maxRSS * 1024 };

const t0 = performance.now();
let result = run(text);
const ms = performance.now() - t0;

// V8 keeps the heap it grew to until the next GCs shrink it: the heap size
// right after the run (before any forced GC) is the high-water mark of the
// committed heap, and used_heap_size then holds garbage and live data both.
const after = v8.getHeapStatistics();
const maxRss = process.resourceUsage().maxRSS * 1024;
globalThis.gc();
const retained = v8.getHeapStatistics().used_heap_size - before.heapUsed;
result = null;

console.log(
  JSON.stringify({
    contender: name,
    kind,
    inputBytes: bytesOf(text),
    inputChars: text.length,
    ms,
    rssPeak: Math.max(0, maxRss - Math.max(before.maxRss, before.rss)),
    rssPeakAbsolute: maxRss,
    heapPeak: Math.max(0, Math.max(after.used_heap_size, after.total_heap_size) - before.heapUsed),
    heapRetained: retained,
  }),
);
