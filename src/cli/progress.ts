import { truncateStart } from './display-width.js';

/** The part of a stream a progress bar needs (`process.stderr` has it). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string): unknown;
}

/** A progress bar over a known number of steps. */
export interface Progress {
  /** Step `done` of the total has begun on `label` (a file name). */
  update(done: number, label: string): void;
  /** Erases the bar, so that other output can be written to the same terminal. */
  clear(): void;
  /** Erases the bar for good. */
  finish(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Least milliseconds between two redraws. */
  readonly interval?: number;
  /** A clock, for tests. */
  readonly now?: () => number;
}

/** More files than this, on a terminal, get a progress bar. */
export const PROGRESS_THRESHOLD = 20;

/** A progress bar that draws nothing, for pipes, files and small batches. */
export const silentProgress: Progress = { update() {}, clear() {}, finish() {} };

/**
 * Whether to show a progress bar: only on a terminal (`isTTY`), for more
 * than {@link PROGRESS_THRESHOLD} files, and not when asked to be quiet.
 * Piped or redirected, stderr gets no progress output at all.
 */
export function shouldShowProgress(total: number, stream: ProgressStream, quiet: boolean): boolean {
  return !quiet && stream.isTTY === true && total > PROGRESS_THRESHOLD;
}

const ERASE_LINE = '\r\u001b[K';
const BAR_WIDTH = 24;

/**
 * A one-line progress bar redrawn in place with `\r` and erase-line:
 * `[######......] 12/40 reports/some-file.txt`, the file name cut from the
 * left to fit the terminal. Redraws at most every `interval` ms.
 */
export function createProgress(total: number, stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const interval = options.interval ?? 80;
  const now = options.now ?? Date.now;
  let last = -Infinity;
  let shown = false;
  const draw = (text: string) => {
    stream.write(ERASE_LINE + text);
    shown = true;
  };
  return {
    update(done, label) {
      const t = now();
      if (t - last < interval && done < total) return;
      last = t;
      const filled = total > 0 ? Math.round((BAR_WIDTH * Math.min(done, total)) / total) : BAR_WIDTH;
      const head = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
      const room = Math.max(10, (stream.columns || 80) - head.length - 1);
      draw(head + truncateStart(label, room));
    },
    clear() {
      if (shown) stream.write(ERASE_LINE);
      shown = false;
      // Draw again at the next update, whatever the interval.
      last = -Infinity;
    },
    finish() {
      if (shown) stream.write(ERASE_LINE);
      shown = false;
    },
  };
}
