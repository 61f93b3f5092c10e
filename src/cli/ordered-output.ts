/** Options of {@link runInOrder}. */
export interface RunInOrderOptions<R> {
  /** How many tasks, numbered from 0. */
  readonly count: number;
  /**
   * The most tasks started and not yet handed to `deliver`: results that
   * finish early wait in a buffer of at most this many, so memory stays
   * bounded even when one slow file holds up the rest.
   */
  readonly window: number;
  /** Starts task `index`. Must not reject; if it does, `failed` makes its result. */
  start(index: number): Promise<R>;
  /** The result of a task whose promise rejected. */
  failed(index: number, error: unknown): R;
  /** Takes each result, in index order, as soon as every earlier one has been taken. */
  deliver(index: number, result: R): void;
  /** Asked before each start: true stops starting tasks (the output failed); those started still finish. */
  readonly stopped?: () => boolean;
}

/**
 * Runs numbered tasks, up to `window` at once, and delivers their results in
 * index order — a reorder buffer: task 5 done before task 4 waits for it.
 * Resolves when every started task has been delivered. Linear in the number
 * of tasks; never more than `window` results held.
 */
export function runInOrder<R>(options: RunInOrderOptions<R>): Promise<void> {
  const { count, start, failed, deliver } = options;
  const window = Math.max(1, Math.floor(options.window));
  const stopped = options.stopped ?? (() => false);
  const ready = new Map<number, R>();
  let next = 0; // the next task to start
  let cursor = 0; // the next result to deliver
  return new Promise<void>((resolve, reject) => {
    const fill = () => {
      while (next < count && next - cursor < window && !stopped()) {
        const index = next++;
        let promise: Promise<R>;
        try {
          promise = start(index);
        } catch (error) {
          promise = Promise.reject(error);
        }
        promise.then(
          (result) => settle(index, result),
          (error: unknown) => settle(index, failed(index, error)),
        );
      }
      // Everything started has been delivered, and nothing more will start.
      if (cursor === next && (next === count || stopped())) resolve();
    };
    const settle = (index: number, result: R) => {
      try {
        ready.set(index, result);
        while (ready.has(cursor)) {
          const r = ready.get(cursor) as R;
          ready.delete(cursor);
          deliver(cursor, r);
          cursor++;
        }
        fill();
      } catch (error) {
        // A bug in deliver: end the run with it rather than hang.
        reject(error);
      }
    };
    fill();
  });
}
