import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { describeError, specialKind, type InputProblem, type InputSource } from './collect-inputs.js';

/** The name standard input goes by in output. */
export const stdinName = '<stdin>';

/** An input's bytes, ready for `parseDocument`. */
export interface LoadedInput {
  /** The file's path as given or found, or `<stdin>`. */
  readonly file: string;
  readonly bytes: Uint8Array;
}

/** Options of {@link readInput}. */
export interface ReadInputOptions {
  /** The most bytes read from one input; a larger one is refused unread (or, from a pipe, once past it). */
  readonly maxSize: number;
  /** Where `-` reads from. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
}

/** `268435456` → `256 MB`. */
export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} kB`;
  return `${bytes} bytes`;
}

function tooLarge(file: string, size: number | undefined, max: number): InputProblem {
  const seen = size === undefined ? `more than ${describeSize(max)}` : describeSize(size);
  return { path: file, reason: `too large: ${seen}, over the limit of ${describeSize(max)} (--max-size); not read` };
}

async function readStream(file: string, stream: AsyncIterable<Uint8Array | string>, max: number): Promise<Uint8Array | InputProblem> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    // Stop at once: a pipe from /dev/zero never ends.
    if (total > max) return tooLarge(file, undefined, max);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

const CHUNK = 1024 * 1024;

/** Reads a regular file (size checked by fstat first, then while reading: it may grow) or a FIFO named on the command line. */
function readFile(path: string, max: number): Uint8Array | InputProblem {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { path, reason: describeError(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { path, reason: 'is a directory' };
    const special = stats.isFIFO() ? undefined : specialKind(stats);
    if (special) return { path, reason: `${special}, not a file: not read` };
    if (stats.isFile() && stats.size > max) return tooLarge(path, stats.size, max);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > max) return tooLarge(path, stats.isFile() ? Math.max(stats.size, total) : undefined, max);
      chunks.push(buffer.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    return { path, reason: describeError(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one input's bytes, at most `maxSize` of them. A file that cannot be
 * read, or is too large, is returned as an {@link InputProblem}, never thrown.
 */
export async function readInput(source: InputSource, options: ReadInputOptions): Promise<LoadedInput | InputProblem> {
  const file = source.kind === 'stdin' ? stdinName : source.path;
  let bytes: Uint8Array | InputProblem;
  try {
    bytes = source.kind === 'stdin' ? await readStream(file, options.stdin, options.maxSize) : readFile(source.path, options.maxSize);
  } catch (error) {
    return { path: file, reason: describeError(error) };
  }
  return 'reason' in bytes ? bytes : { file, bytes };
}

/** Whether a read gave a problem rather than an input. */
export function isProblem(value: LoadedInput | InputProblem): value is InputProblem {
  return 'reason' in value;
}
