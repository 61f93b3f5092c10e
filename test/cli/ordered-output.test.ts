import { describe, expect, it } from 'vitest';
import { runInOrder } from '../../src/cli/ordered-output.js';

/** A task that finishes after `ms` milliseconds with its own index. */
const after = (ms: number, value: number) => new Promise<number>((resolve) => setTimeout(() => resolve(value), ms));

describe('runInOrder', () => {
  it('delivers results in index order though later tasks finish first', async () => {
    // Task 0 is the slowest: every other result must wait for it.
    const delays = [30, 1, 12, 0, 7, 3, 20, 2];
    const delivered: number[] = [];
    await runInOrder<number>({ count: delays.length, window: 4, start: (i) => after(delays[i] ?? 0, i * 10), failed: () => -1, deliver: (i, r) => delivered.push(i, r) });
    expect(delivered).toEqual([0, 0, 1, 10, 2, 20, 3, 30, 4, 40, 5, 50, 6, 60, 7, 70]);
  });

  it('never has more than `window` tasks started and not delivered', async () => {
    let running = 0;
    let most = 0;
    let undelivered = 0;
    let mostUndelivered = 0;
    await runInOrder<number>({
      count: 40,
      window: 3,
      start: async (i) => {
        running++;
        undelivered++;
        most = Math.max(most, running);
        mostUndelivered = Math.max(mostUndelivered, undelivered);
        // The first of each three is slow, so the others queue behind it.
        await after(i % 3 === 0 ? 6 : 0, i);
        running--;
        return i;
      },
      failed: () => -1,
      deliver: () => {
        undelivered--;
      },
    });
    expect(most).toBeLessThanOrEqual(3);
    expect(mostUndelivered).toBe(3);
    expect(undelivered).toBe(0);
  });

  it('makes a rejected or throwing task a result of `failed`, in its turn', async () => {
    const delivered: string[] = [];
    await runInOrder<string>({
      count: 3,
      window: 2,
      start: (i) => {
        if (i === 1) throw new Error('sync');
        return i === 2 ? Promise.reject(new Error('async')) : Promise.resolve('ok');
      },
      failed: (i, error) => `failed ${i}: ${(error as Error).message}`,
      deliver: (_i, r) => delivered.push(r),
    });
    expect(delivered).toEqual(['ok', 'failed 1: sync', 'failed 2: async']);
  });

  it('starts nothing more once stopped, and still ends', async () => {
    const started: number[] = [];
    let stop = false;
    await runInOrder<number>({
      count: 100,
      window: 2,
      start: (i) => (started.push(i), after(1, i)),
      failed: () => -1,
      deliver: (i) => {
        if (i === 4) stop = true;
      },
      stopped: () => stop,
    });
    expect(started.length).toBeLessThanOrEqual(7);
    expect(started.length).toBeGreaterThanOrEqual(5);
  });

  it('ends at once for no tasks', async () => {
    await expect(runInOrder({ count: 0, window: 4, start: () => Promise.resolve(0), failed: () => 0, deliver: () => {} })).resolves.toBeUndefined();
  });
});
