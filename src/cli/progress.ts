import { truncateStart } from './display-width.js';

/** The part of a stream a progress bar needs (`process.stderr` has it). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string): unknown;
}

/** A progress bar over a known number of steps. */
export interface Progress {
  /** `done` files of the total are finished, the last one `label` (a file name). */
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
 * Whether to show a progress bar: with `--progress` always; otherwise only
 * on a terminal (`isTTY`), for more than {@link PROGRESS_THRESHOLD} files,
 * and not when asked to be quiet. Piped or redirected, stderr gets no
 * progress output unless asked for.
 */
export function shouldShowProgress(total: number, stream: ProgressStream, quiet: boolean, forced = false): boolean {
  if (forced) return true;
  return !quiet && stream.isTTY === true && total > PROGRESS_THRESHOLD;
}

const ERASE_LINE = '\r\u001b[K';
const BAR_WIDTH = 24;

/** `3.24` → `3.2 files/s`; `41.7` → `42 files/s`. */
export function formatRate(filesPerSecond: number): string {
  const shown = filesPerSecond < 10 ? Math.round(filesPerSecond * 10) / 10 : Math.round(filesPerSecond);
  return `${shown} files/s`;
}

/** Whole seconds as `m:ss`, or `h:mm:ss` from an hour on. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** What one progress line shows. */
export interface ProgressState {
  /** Files finished. */
  readonly done: number;
  readonly total: number;
  /** Milliseconds since the batch began. */
  readonly elapsedMs: number;
  /** The file last finished (or begun). */
  readonly label: string;
  /** The terminal's width. */
  readonly columns: number;
}

/**
 * One progress line: `[######......] 12/40 3.2 files/s 0:09 left reports/x.txt`
 * — the bar, files done of the total, the rate so far and the time left at
 * that rate (both once a file is done), and the file name cut from the left
 * to fit the width.
 */
export function formatProgressLine(state: ProgressState): string {
  const { done, total } = state;
  const filled = total > 0 ? Math.round((BAR_WIDTH * Math.min(done, total)) / total) : BAR_WIDTH;
  let head = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} `;
  if (done > 0 && state.elapsedMs > 0) {
    const rate = (done * 1000) / state.elapsedMs;
    head += `${formatRate(rate)} ${formatDuration(Math.max(0, total - done) / rate)} left `;
  }
  const room = Math.max(10, state.columns - head.length - 1);
  return head + truncateStart(state.label, room);
}

/**
 * A one-line progress bar (see {@link formatProgressLine}), redrawn in place
 * with `\r` and erase-line on a terminal; elsewhere (`--progress` to a log)
 * one plain line per redraw. Redraws at most every `interval` ms (80 on a
 * terminal, 1000 elsewhere), and always for the last file.
 */
export function createProgress(total: number, stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const terminal = stream.isTTY === true;
  const interval = options.interval ?? (terminal ? 80 : 1000);
  const now = options.now ?? Date.now;
  const began = now();
  let last = -Infinity;
  let shown = false;
  const draw = (text: string) => {
    stream.write(terminal ? ERASE_LINE + text : text + '\n');
    shown = terminal;
  };
  return {
    update(done, label) {
      const t = now();
      if (t - last < interval && done < total) return;
      last = t;
      draw(formatProgressLine({ done, total, elapsedMs: t - began, label, columns: stream.columns || 80 }));
    },
    clear() {
      if (shown) stream.write(ERASE_LINE);
      shown = false;
      // Draw again at the next update, whatever the interval.
      if (terminal) last = -Infinity;
    },
    finish() {
      if (shown) stream.write(ERASE_LINE);
      shown = false;
    },
  };
}
