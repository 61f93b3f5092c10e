import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createPool, type WorkerRequest } from '../../src/cli/pool.js';
import type { FileResult, FileTask } from '../../src/cli/process-file.js';

/**
 * A stand-in for a worker thread: like the real one, takes the requests
 * posted to it one at a time, in the order posted, and answers each a few
 * milliseconds later with a result naming the file — or, for a file whose
 * name says `crash`, throws and exits as a crashed worker does. `held`
 * records how many requests it held at once at most.
 */
class FakeWorker extends EventEmitter {
  static made = 0;
  readonly number = ++FakeWorker.made;
  handled = 0;
  held = 0;
  /** The files it was given, in order, as `file:begun` or `file:not begun` when it exited. */
  readonly log: string[] = [];
  private readonly waiting: WorkerRequest[] = [];
  private dead = false;
  private busy = false;
  postMessage(request: WorkerRequest): void {
    this.waiting.push(request);
    this.held = Math.max(this.held, this.waiting.length);
    if (!this.busy) this.next();
  }
  private next(): void {
    const request = this.waiting[0];
    if (!request || this.dead) return;
    this.busy = true;
    setTimeout(() => {
      if (this.dead) return;
      const name = file(request.task);
      this.log.push(`${name}:begun`);
      if (name.includes('crash')) {
        this.dead = true;
        for (const r of this.waiting.slice(1)) this.log.push(`${file(r.task)}:not begun`);
        this.emit('error', new Error(`boom in ${name}`));
        this.emit('exit', 1);
        return;
      }
      this.handled++;
      this.waiting.shift();
      this.busy = false;
      const result: FileResult = { file: name, parsed: true, rendered: { text: `${name} by worker ${this.number}\n` } };
      this.emit('message', { id: request.id, result });
      if (!this.busy) this.next();
    }, file(request.task).length % 3);
  }
  terminate(): Promise<number> {
    this.dead = true;
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

  it('gives each worker its next file before it answers the one it is on, results in the order asked', async () => {
    const workers: FakeWorker[] = [];
    const pool = createPool(2, () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const names = ['a', 'bb', 'ccc', 'd', 'ee', 'fff', 'g', 'hh'];
    const results = await Promise.all(names.map((p) => pool.run(path(p))));
    expect(results.map((r) => r.file)).toEqual(names);
    expect(results.every((r) => String(r.rendered?.text).startsWith(`${r.file} by worker `))).toBe(true);
    // A second worker rather than a second file for the first; then two files each.
    expect(pool.started()).toBe(2);
    expect(workers.map((w) => w.held)).toEqual([2, 2]);
    expect(workers[0]?.handled).toBeGreaterThan(0);
    expect(workers[1]?.handled).toBeGreaterThan(0);
    await pool.close();

    // One file per worker at a time when asked for.
    const single: FakeWorker[] = [];
    const one = createPool(2, () => {
      const w = new FakeWorker();
      single.push(w);
      return w as unknown as Worker;
    }, 1);
    expect((await Promise.all(names.map((p) => one.run(path(p))))).map((r) => r.file)).toEqual(names);
    expect(single.map((w) => w.held)).toEqual([1, 1]);
    await one.close();
  });

  it('a crash costs only the file the worker was on: the next one it held goes to the new worker', async () => {
    const workers: FakeWorker[] = [];
    const pool = createPool(1, () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const results = await Promise.all(['a', 'crash', 'b', 'c'].map((p) => pool.run(path(p))));
    expect(results.map((r) => [r.file, r.parsed])).toEqual([['a', true], ['crash', false], ['b', true], ['c', true]]);
    expect(results[1]?.problem?.reason).toBe('the worker reading it stopped: boom in crash');
    // The crashed worker held `b` and never began it; the replacement read it.
    expect(workers[0]?.log).toEqual(['a:begun', 'crash:begun', 'b:not begun']);
    expect(workers[1]?.log).toEqual(['b:begun', 'c:begun']);
    expect(pool.started()).toBe(2);
    await pool.close();
  });

  it('close gives the files still held or queued an error result', async () => {
    const pool = createPool(1, () => new FakeWorker() as unknown as Worker);
    const running = ['aa', 'bb', 'cc'].map((p) => pool.run(path(p)));
    await pool.close();
    const results = await Promise.all(running);
    expect(results.map((r) => r.parsed)).toEqual([false, false, false]);
    expect(results[2]?.problem?.reason).toBe('the worker reading it stopped: the batch was stopped');
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
