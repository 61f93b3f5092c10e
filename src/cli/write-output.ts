import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeError } from './collect-inputs.js';

/**
 * Where a run writes its output: standard output or an `--output` file.
 * Every write is checked: the first one that fails (ENOSPC, EPIPE, EIO…)
 * is kept as `failure`, later writes are dropped, and the run ends with
 * exit status 2 and that reason — never a cut file and exit 0.
 */
export interface Output {
  /** Writes text (as UTF-8) or bytes already encoded. */
  write(text: string | Uint8Array): void;
  /** Why the output is incomplete, once a write has failed. */
  readonly failure: () => string | undefined;
  /** Ends the output (for a file: flushes it and renames it into place); returns the failure, if any. */
  finish(): string | undefined;
  /** Gives up: for a file, removes the temporary file. */
  abort(): void;
  /** Whether the output is a terminal (no progress bar shares it). */
  readonly isTTY: boolean;
}

const reasons: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on device',
  EPIPE: 'the reader of the output closed it (broken pipe)',
  EBADF: 'the output is closed',
  EIO: 'input/output error',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
};

function reasonOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return (Object.prototype.hasOwnProperty.call(reasons, code) ? reasons[code] : undefined) ?? describeError(error);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `bytes` to `fd`, going on after a short write (the kernel may
 * take part of a large buffer) and waiting when a non-blocking pipe is full
 * (EAGAIN). Throws the error of a write that fails.
 */
function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    let n: number;
    try {
      n = writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 2);
        continue;
      }
      throw error;
    }
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    offset += n;
  }
}

/** An {@link Output} on an open descriptor (1 for standard output). Synchronous writes: a failure is known at once, in order. */
export function descriptorOutput(fd: number, isTTY: boolean): Output {
  let failure: string | undefined;
  return {
    write(text) {
      if (failure !== undefined || text.length === 0) return;
      try {
        writeAll(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
      } catch (error) {
        failure = reasonOf(error);
      }
    },
    failure: () => failure,
    finish: () => failure,
    abort() {},
    isTTY,
  };
}

/**
 * An {@link Output} to a file that appears under its name only when complete:
 * written to a temporary file beside it (`.name.<pid>.tmp`, same file system),
 * flushed, then renamed over the name. A failed or interrupted run removes
 * the temporary file and leaves whatever was under the name before.
 * Returns a reason instead when the file cannot be created.
 */
export function fileOutput(path: string): Output | string {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) return 'is a directory';
  } catch (error) {
    return reasonOf(error);
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o666);
  } catch (error) {
    return reasonOf(error);
  }
  // Writes as to any descriptor; finishing may fail on its own (fsync, rename).
  const written = descriptorOutput(fd, false);
  let finishFailure: string | undefined;
  const failure = (): string | undefined => written.failure() ?? finishFailure;
  let open = true;
  let done = false;
  const remove = () => {
    if (open) {
      open = false;
      try {
        closeSync(fd);
      } catch {
        // Already failing: the reason given is the first one.
      }
    }
    if (!done) {
      done = true;
      try {
        unlinkSync(temporary);
      } catch {
        // Nothing left to remove.
      }
    }
  };
  // Ctrl-C or a kill: main.ts turns the signal into process.exit, which runs this.
  process.once('exit', remove);
  return {
    write: written.write,
    failure,
    finish() {
      if (failure() === undefined) {
        try {
          fsyncSync(fd);
          closeSync(fd);
          open = false;
          renameSync(temporary, path);
          done = true;
        } catch (error) {
          finishFailure = reasonOf(error);
        }
      }
      process.removeListener('exit', remove);
      if (failure() !== undefined) remove();
      return failure();
    },
    abort() {
      process.removeListener('exit', remove);
      remove();
    },
    isTTY: false,
  };
}
