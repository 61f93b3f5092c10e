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
  /** Processes one file in a worker (queued until one has room). Never rejects: a worker that dies makes the file's error result. */
  run(task: FileTask): Promise<FileResult>;
  /** Stops every worker; files still queued get an error result. */
  close(): Promise<void>;
  /** How many workers were started, replacements included (for tests and the bench). */
  readonly started: () => number;
}

/**
 * How many files each worker holds at once: the one it is on and the next,
 * already in its message queue, so that it never waits for the main
 * thread's round trip (which, on a machine whose cores the workers fill,
 * can wait for a core itself) between two files.
 */
export const FILES_PER_WORKER = 2;

interface Pending {
  readonly id: number;
  readonly task: FileTask;
  readonly resolve: (result: FileResult) => void;
}

interface Slot {
  readonly worker: Worker;
  /** The files posted to it and not yet answered, in the order posted: the worker takes them in that order, one at a time. */
  readonly inFlight: Pending[];
  /** The error the worker threw, reported when it exits. */
  error: unknown;
  exited: boolean;
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
 * A pool of at most `size` workers made by `spawn`, each given up to
 * `perWorker` files at once ({@link FILES_PER_WORKER}). Workers start when a
 * file needs one (so a batch smaller than the pool starts fewer; a new
 * worker is preferred to a second file for a busy one), and a worker that
 * crashes — an uncaught error, an exit, running out of memory — costs only
 * the file it was on: that file gets an error result, the files it held
 * but had not begun go back to the head of the queue, a new worker takes
 * them, and the batch goes on. Each crash ends one file, so even a worker
 * that cannot start at all cannot hang the batch.
 */
export function createPool(size: number, spawn: () => Worker, perWorker: number = FILES_PER_WORKER): WorkerPool {
  const depth = Math.max(1, Math.floor(perWorker));
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let started = 0;
  let closed = false;

  /** The worker to post the next file to: the least loaded one with room, or a new one while the pool is not full and none is free. */
  const slotWithRoom = (): Slot | 'start' | undefined => {
    let best: Slot | undefined;
    for (const slot of slots) if (slot.inFlight.length < depth && (!best || slot.inFlight.length < best.inFlight.length)) best = slot;
    if (best && best.inFlight.length === 0) return best;
    if (slots.length < size) return 'start';
    return best;
  };

  const dispatch = () => {
    while (queue.length > 0 && !closed) {
      let slot = slotWithRoom();
      if (slot === 'start') {
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
      slot.inFlight.push(pending);
      const message: WorkerRequest = { id: pending.id, task: pending.task };
      // Copied, not transferred: the bytes of a small read may share Node's buffer pool.
      slot.worker.postMessage(message);
    }
  };

  const startWorker = (): Slot => {
    const worker = spawn();
    started++;
    const slot: Slot = { worker, inFlight: [], error: undefined, exited: false };
    slots.push(slot);
    worker.on('message', (reply: WorkerReply) => {
      if (slot.exited) return;
      const at = slot.inFlight.findIndex((p) => p.id === reply.id);
      if (at < 0) return;
      const [pending] = slot.inFlight.splice(at, 1) as [Pending];
      pending.resolve(reply.result);
      dispatch();
    });
    worker.on('error', (error: unknown) => {
      slot.error = error;
    });
    worker.on('exit', (code: number) => {
      if (slot.exited) return;
      slot.exited = true;
      slots.splice(slots.indexOf(slot), 1);
      const [current, ...unbegun] = slot.inFlight.splice(0);
      if (current) current.resolve(workerLost(current.task, slot.error !== undefined ? describeError(slot.error) : `exit code ${code}`));
      if (closed) {
        for (const pending of unbegun) pending.resolve(workerLost(pending.task, 'the batch was stopped'));
        return;
      }
      // The files it held but had not begun: first in line again, in their order.
      queue.unshift(...unbegun);
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
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
    started: () => started,
  };
}
