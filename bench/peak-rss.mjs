// Preloaded by bench/cli.mjs (`node --import ./bench/peak-rss.mjs dist/cli.js …`):
// when the process ends, writes its peak resident set size and its CPU time —
// every thread's, workers included, as getrusage counts them — as JSON to the
// file named by XXGK_BENCH_RSS_FILE, so the CLI itself carries no benchmark hook.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.XXGK_BENCH_RSS_FILE;
if (isMainThread && target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
