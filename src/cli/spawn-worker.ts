import { Worker } from 'node:worker_threads';
import type { ProcessConfig } from './process-file.js';

/**
 * The built worker entry beside `dist/cli.js` (and the chunks it shares):
 * a path esbuild leaves alone, resolved from this module's own URL, so the
 * CLI finds its worker wherever the package is installed.
 */
const workerEntry = './cli-worker.js';

/**
 * Makes the pool's workers: each gets the run's {@link ProcessConfig} as
 * `workerData`. Their standard output goes to `toStderr`, never to the
 * CLI's own standard output, which carries the records: a stray log line
 * from a reader (pdf.js warns on stdout) must not corrupt them.
 */
export function workerSpawner(config: ProcessConfig, toStderr: (text: string) => void): () => Worker {
  return () => {
    const worker = new Worker(new URL(workerEntry, import.meta.url), { workerData: config, stdout: true });
    worker.stdout.setEncoding('utf8');
    worker.stdout.on('data', (text: string) => toStderr(text));
    return worker;
  };
}
