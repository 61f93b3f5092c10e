/**
 * A worker thread of the CLI's pool (built to `dist/cli-worker.js`): reads,
 * parses, validates and renders the files the main thread posts, one at a
 * time, and posts back each result with its output already rendered, so the
 * main thread only writes.
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

port?.on('message', (request: WorkerRequest) => {
  const name = request.task.kind === 'path' ? request.task.path : request.task.input.file;
  if (exitOn && name.includes(exitOn)) process.exit(70);
  void processFile(request.task, config).then((result) => {
    const reply: WorkerReply = { id: request.id, result };
    port.postMessage(reply);
  });
});
