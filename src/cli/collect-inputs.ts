import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One input to read: a file path, or standard input. */
export type InputSource = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

/** An input given on the command line that yields nothing to read, and why. */
export interface InputProblem {
  /** The path as given (or as found in a directory). */
  readonly path: string;
  /** A short reason in English, e.g. `no such file or directory`. */
  readonly reason: string;
}

/** What {@link collectInputs} found: the inputs in order, and the problems. */
export interface CollectedInputs {
  readonly sources: readonly InputSource[];
  readonly problems: readonly InputProblem[];
}

/** Extensions of the files read from a directory (files named on the command line are read whatever their name). */
export const reportExtensions: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'];

const errnoReasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A one-line reason for a failed file-system call, without a stack. */
export function describeError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const known = Object.prototype.hasOwnProperty.call(errnoReasons, code) ? errnoReasons[code] : undefined;
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/** Whether a file found in a directory is one to read: a report extension, not hidden, not a README. */
export function isReportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('.') || lower.startsWith('readme.')) return false;
  return reportExtensions.some((ext) => lower.endsWith(ext));
}

/** Compares by UTF-16 code units, so the order does not depend on the locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Walks a directory (depth first, entries in code-unit order, following
 * symbolic links to files) and appends its report files to `out`. A link
 * that cannot be followed is a problem; hidden entries are skipped.
 */
function walk(dir: string, out: InputSource[], problems: InputProblem[], depth: number): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort(byCodeUnit);
  } catch (error) {
    problems.push({ path: dir, reason: describeError(error) });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      // A dangling link or an entry that vanished: report it only if it
      // looks like a report, so stray files do not make noise.
      if (isReportFileName(name)) problems.push({ path, reason: describeError(error) });
      continue;
    }
    if (isDirectory) {
      if (depth < 32) walk(path, out, problems, depth + 1);
      else problems.push({ path, reason: 'directories nested too deep' });
    } else if (isReportFileName(name)) {
      out.push({ kind: 'file', path });
    }
  }
}

/**
 * Expands the inputs of the command line into the files to read, in the
 * order given: a file as is (any extension), a directory as its report files
 * ({@link reportExtensions}, recursively, sorted, hidden files and README
 * files skipped), `-` as standard input. A path that does not exist, or a
 * directory with nothing to read, is a problem; the rest go on.
 *
 * @example
 * ```ts
 * collectInputs(['reports/', 'extra.txt', '-']);
 * // { sources: [{ kind: 'file', path: 'reports/a.txt' }, …, { kind: 'stdin' }], problems: [] }
 * ```
 */
export function collectInputs(inputs: readonly string[]): CollectedInputs {
  const sources: InputSource[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch (error) {
      problems.push({ path: input, reason: describeError(error) });
      continue;
    }
    if (!isDirectory) {
      sources.push({ kind: 'file', path: input });
      continue;
    }
    const sourcesBefore = sources.length;
    const problemsBefore = problems.length;
    walk(input, sources, problems, 0);
    if (sources.length === sourcesBefore && problems.length === problemsBefore) {
      problems.push({ path: input, reason: `no report files in this directory (${reportExtensions.join(' ')})` });
    }
  }
  return { sources, problems };
}
