import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createPool, type WorkerRequest } from '../../src/cli/pool.js';
import type { FileResult, FileTask } from '../../src/cli/process-file.js';

/**
 * A stand-in for a worker thread: answers each request on the next tick with
 * a result naming the file — or, for a file whose name says `crash`, throws
 * and exits as a crashed worker does.
 */
class FakeWorker extends EventEmitter {
  static made = 0;
  readonly number = ++FakeWorker.made;
  handled = 0;
  postMessage(request: WorkerRequest): void {
    setTimeout(() => {
      const file = request.task.kind === 'path' ? request.task.path : request.task.input.file;
      if (file.includes('crash')) {
        this.emit('error', new Error(`boom in ${file}`));
        this.emit('exit', 1);
        return;
      }
      this.handled++;
      const result: FileResult = { file, parsed: true, rendered: { text: `${file} by worker ${this.number}\n` } };
      this.emit('message', { id: request.id, result });
    }, file(request.task).length % 3);
  }
  terminate(): Promise<number> {
    setTimeout(() => this.emit('exit', 1), 0);
    return Promise.resolve(1);
  }
}

function file(task: FileTask): string {
  return task.kind === 'path' ? task.path : task.input.file;
}

const path = (p: string): FileTask => ({ kind: 'path', path: p });

describe('createPool', () => {
  it('runs files in at most `size` workers, starting them only as files need them', async () => {
    const workers: FakeWorker[] = [];
    const pool = createPool(3, () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const results = await Promise.all(['a', 'bb', 'ccc', 'd', 'ee', 'fff', 'g'].map((p) => pool.run(path(p))));
    expect(results.map((r) => r.file)).toEqual(['a', 'bb', 'ccc', 'd', 'ee', 'fff', 'g']);
    expect(pool.started()).toBe(3);
    expect(workers.reduce((n, w) => n + w.handled, 0)).toBe(7);
    await pool.close();

    const small = createPool(4, () => new FakeWorker() as unknown as Worker);
    await small.run(path('only'));
    expect(small.started()).toBe(1);
    await small.close();
  });

  it('gives the file a crashed worker was on an error result, replaces the worker and goes on', async () => {
    const pool = createPool(2, () => new FakeWorker() as unknown as Worker);
    const results = await Promise.all(['a', 'crash-1', 'b', 'crash-2', 'c', 'd'].map((p) => pool.run(path(p))));
    expect(results.map((r) => [r.file, r.parsed])).toEqual([['a', true], ['crash-1', false], ['b', true], ['crash-2', false], ['c', true], ['d', true]]);
    expect(results[1]?.problem).toEqual({ path: 'crash-1', reason: 'the worker reading it stopped: boom in crash-1' });
    expect(results[1]?.rendered).toBeUndefined();
    // Two workers, and one more for each crash.
    expect(pool.started()).toBe(4);
    await pool.close();
  });

  it('does not hang when no worker can start: each file says why', async () => {
    const pool = createPool(2, () => {
      throw new Error('cannot find module cli-worker.js');
    });
    const results = await Promise.all(['a', 'b', 'c'].map((p) => pool.run(path(p))));
    expect(results.map((r) => r.problem?.reason)).toEqual(Array(3).fill('the worker reading it stopped: it could not start: cannot find module cli-worker.js'));
    await pool.close();
  });

  it('does not hang when every worker dies at once', async () => {
    const pool = createPool(2, () => {
      const w = new FakeWorker();
      w.postMessage = () => setTimeout(() => w.emit('exit', 7), 0);
      return w as unknown as Worker;
    });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((p) => pool.run(path(p))));
    expect(results.map((r) => r.problem?.reason)).toEqual(Array(4).fill('the worker reading it stopped: exit code 7'));
    await pool.close();
  });
});
