// Preloaded by bench/cli.mjs (`node --import ./bench/peak-rss.mjs dist/cli.js …`):
// when the process ends, writes its peak resident set size — every thread's,
// workers included, as getrusage counts it — to the file named by
// XXGK_BENCH_RSS_FILE, so the CLI itself carries no benchmark hook.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.XXGK_BENCH_RSS_FILE;
if (isMainThread && target) {
  process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
}
