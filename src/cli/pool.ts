import type { Worker } from 'node:worker_threads';
import { describeError } from './collect-inputs.js';
import type { FileResult, FileTask } from './process-file.js';

/** What the main thread posts to a worker: one file. */
export interface WorkerRequest {
  readonly id: number;
  readonly task: FileTask;
}

/** What a worker posts back: that file's result, output already rendered. */
export interface WorkerReply {
  readonly id: number;
  readonly result: FileResult;
}

/** A fixed number of worker threads, each processing one file at a time. */
export interface WorkerPool {
  /** Processes one file in the first free worker (queued until one is free). Never rejects: a worker that dies makes the file's error result. */
  run(task: FileTask): Promise<FileResult>;
  /** Stops every worker; files still queued get an error result. */
  close(): Promise<void>;
  /** How many workers were started, replacements included (for tests and the bench). */
  readonly started: () => number;
}

interface Pending {
  readonly id: number;
  readonly task: FileTask;
  readonly resolve: (result: FileResult) => void;
}

interface Slot {
  readonly worker: Worker;
  busy: Pending | undefined;
  /** The error the worker threw, reported when it exits. */
  error: unknown;
}

function taskName(task: FileTask): string {
  return task.kind === 'path' ? task.path : task.input.file;
}

/** The error result of a file whose worker stopped while on it. */
export function workerLost(task: FileTask, why: string): FileResult {
  const file = taskName(task);
  return { file, problem: { path: file, reason: `the worker reading it stopped: ${why}` }, parsed: false };
}

/**
 * A pool of at most `size` workers made by `spawn`. Workers start when a
 * file needs one (so a batch smaller than the pool starts fewer), and a
 * worker that crashes — an uncaught error, an exit, running out of memory —
 * costs only the file it was on: that file gets an error result, a new
 * worker takes the next file, and the batch goes on. Each crash ends one
 * file, so even a worker that cannot start at all cannot hang the batch.
 */
export function createPool(size: number, spawn: () => Worker): WorkerPool {
  const slots = new Set<Slot>();
  const idle: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let started = 0;
  let closed = false;

  const dispatch = () => {
    while (queue.length > 0 && !closed) {
      let slot = idle.pop();
      if (!slot && slots.size < size) {
        try {
          slot = startWorker();
        } catch (error) {
          // No worker to be had: this file says why, and the next one tries again.
          const pending = queue.shift() as Pending;
          pending.resolve(workerLost(pending.task, `it could not start: ${describeError(error)}`));
          continue;
        }
      }
      if (!slot) return;
      const pending = queue.shift() as Pending;
      slot.busy = pending;
      const message: WorkerRequest = { id: pending.id, task: pending.task };
      // Copied, not transferred: the bytes of a small read may share Node's buffer pool.
      slot.worker.postMessage(message);
    }
  };

  const startWorker = (): Slot => {
    const worker = spawn();
    started++;
    const slot: Slot = { worker, busy: undefined, error: undefined };
    slots.add(slot);
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.busy;
      if (!pending || reply.id !== pending.id) return;
      slot.busy = undefined;
      idle.push(slot);
      pending.resolve(reply.result);
      dispatch();
    });
    worker.on('error', (error: unknown) => {
      slot.error = error;
    });
    worker.on('exit', (code: number) => {
      slots.delete(slot);
      const at = idle.indexOf(slot);
      if (at >= 0) idle.splice(at, 1);
      const pending = slot.busy;
      slot.busy = undefined;
      if (pending) pending.resolve(workerLost(pending.task, slot.error !== undefined ? describeError(slot.error) : `exit code ${code}`));
      // A replacement starts only for queued files (dispatch), never for an idle pool.
      dispatch();
    });
    return slot;
  };

  return {
    run(task) {
      if (closed) return Promise.resolve(workerLost(task, 'the batch was stopped'));
      return new Promise<FileResult>((resolve) => {
        queue.push({ id: nextId++, task, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.resolve(workerLost(pending.task, 'the batch was stopped'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
    started: () => started,
  };
}
