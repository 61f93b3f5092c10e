/**
 * A worker thread of the CLI's pool (built to `dist/cli-worker.js`): reads,
 * parses, validates and renders the files the main thread posts, one at a
 * time in the order posted, and posts back each result with its output
 * already rendered, so the main thread only writes.
 *
 * @packageDocumentation
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './pool.js';
import { processFile, type ProcessConfig } from './process-file.js';

const config = workerData as ProcessConfig;
const port = parentPort;

/**
 * Test hook: a worker given a file whose path contains this text exits at
 * once, as a crash would — so tests can check that the pool replaces it and
 * the file gets an error record. Unset in normal use.
 */
const exitOn = process.env.XXGK_TEST_WORKER_EXIT;

/**
 * The files posted and not yet begun. The pool posts the next file before
 * this one is done (so that no round trip is waited for), but files are
 * processed strictly one after the other: a reader that awaits (pdf.js)
 * must not let a second file start beside it, and the pool takes the
 * oldest file not yet answered to be the one a crash cost.
 */
const waiting: WorkerRequest[] = [];
const encoder = new TextEncoder();
let running = false;

async function drain(): Promise<void> {
  running = true;
  for (let request = waiting.shift(); request; request = waiting.shift()) {
    const name = request.task.kind === 'path' ? request.task.path : request.task.input.file;
    if (exitOn && name.includes(exitOn)) process.exit(70);
    const result = await processFile(request.task, config);
    // The rendered output encoded here, where the time is spread over the
    // workers, and moved: the main thread writes the bytes as they are, no
    // copy, no decoding.
    const rendered = result.rendered;
    const transfer: ArrayBuffer[] = [];
    const encode = (text: string | Uint8Array | undefined): string | Uint8Array | undefined => {
      if (typeof text !== 'string' || text.length === 0) return text;
      const bytes = encoder.encode(text);
      transfer.push(bytes.buffer as ArrayBuffer);
      return bytes;
    };
    const moved = rendered && { ...rendered, text: encode(rendered.text), jsonElements: encode(rendered.jsonElements) };
    const reply: WorkerReply = { id: request.id, result: moved ? { ...result, rendered: moved } : result };
    port?.postMessage(reply, transfer);
  }
  running = false;
}

port?.on('message', (request: WorkerRequest) => {
  waiting.push(request);
  if (!running) void drain();
});
