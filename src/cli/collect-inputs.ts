import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
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

/** A file or directory a walk passed over, named on stderr; it does not change the exit status. */
export interface InputNote {
  readonly path: string;
  readonly reason: string;
}

/** What {@link collectInputs} found: the inputs in order, the problems, and what was passed over. */
export interface CollectedInputs {
  readonly sources: readonly InputSource[];
  readonly problems: readonly InputProblem[];
  readonly notes: readonly InputNote[];
}

/**
 * Extensions of the files read from a directory, whatever their content
 * turns out to be (`parseDocument` decides by the content): reports as
 * text, HTML pages as sites save them, PDF and DOCX — and the kinds users
 * hold reports in that no reader takes (`.doc`, `.wps`, images, archives),
 * so that they are named with the reason instead of passed over.
 * Files named on the command line are read whatever their name.
 */
export const reportExtensions: readonly string[] = [
  '.pdf', '.docx', '.htm', '.html', '.shtml', '.jsp', '.aspx', '.asp', '.php', '.txt', '.text', '.md', '.markdown',
  '.doc', '.wps', '.rtf', '.odt', '.ofd', '.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.webp', '.zip', '.rar', '.7z',
];

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

/** What a file-system entry is, in words, when it is not a regular file or a directory; undefined for those. */
export function specialKind(stats: Stats): string | undefined {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return undefined;
}

/** Compares by UTF-16 code units, so the order does not depend on the locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Walk {
  readonly sources: InputSource[];
  readonly problems: InputProblem[];
  readonly notes: InputNote[];
  /** Real paths of the directories and files already taken: a link loop or a second link to one is not followed again. */
  readonly visited: Set<string>;
  /** Per walk root: files passed over for their name, counted by extension. */
  skippedByName: Map<string, number>;
}

const MAX_DEPTH = 32;

/**
 * Walks a directory (depth first, entries in code-unit order, following
 * symbolic links) and appends its report files. Each real path is visited
 * once, so a link to a parent or a loop of links ends; only regular files
 * are taken (a FIFO would block the batch, a device never ends).
 */
function walk(dir: string, state: Walk, depth: number): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort(byCodeUnit);
  } catch (error) {
    state.problems.push({ path: dir, reason: describeError(error) });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let stats: Stats;
    let real: string;
    try {
      stats = statSync(path);
      real = realpathSync(path);
    } catch (error) {
      // A dangling link or an entry that vanished.
      if (isReportFileName(name)) state.problems.push({ path, reason: describeError(error) });
      else state.notes.push({ path, reason: `skipped: ${describeError(error)}` });
      continue;
    }
    if (stats.isDirectory()) {
      if (state.visited.has(real)) {
        state.notes.push({ path, reason: `skipped: a link to a directory already read (${real})` });
      } else if (depth >= MAX_DEPTH) {
        state.problems.push({ path, reason: 'directories nested too deep' });
      } else {
        state.visited.add(real);
        walk(path, state, depth + 1);
      }
      continue;
    }
    const special = specialKind(stats);
    if (special) {
      state.notes.push({ path, reason: `skipped: ${special}; only regular files are read from a directory` });
    } else if (!isReportFileName(name)) {
      const lower = name.toLowerCase();
      const dot = lower.lastIndexOf('.');
      const kind = lower.startsWith('readme.') ? 'README' : dot > 0 ? lower.slice(dot) : '(no extension)';
      state.skippedByName.set(kind, (state.skippedByName.get(kind) ?? 0) + 1);
    } else if (state.visited.has(real)) {
      state.notes.push({ path, reason: `skipped: the same file as one already read (${real})` });
    } else {
      state.visited.add(real);
      state.sources.push({ kind: 'file', path });
    }
  }
}

/**
 * Expands the inputs of the command line into the files to read, in the
 * order given: a file as is (any extension; a device or socket is refused,
 * a FIFO named on the command line is read), a directory as its report files
 * ({@link reportExtensions}, recursively, sorted, each real path once,
 * regular files only), `-` as standard input. A path that does not exist,
 * or a directory with nothing to read, is a problem; what a walk passes over
 * is a note; the rest go on.
 *
 * @example
 * ```ts
 * collectInputs(['reports/', 'extra.txt', '-']);
 * // { sources: [{ kind: 'file', path: 'reports/a.txt' }, …, { kind: 'stdin' }], problems: [], notes: [] }
 * ```
 */
export function collectInputs(inputs: readonly string[]): CollectedInputs {
  const state: Walk = { sources: [], problems: [], notes: [], visited: new Set(), skippedByName: new Map() };
  for (const input of inputs) {
    if (input === '-') {
      state.sources.push({ kind: 'stdin' });
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(input);
    } catch (error) {
      state.problems.push({ path: input, reason: describeError(error) });
      continue;
    }
    if (!stats.isDirectory()) {
      const special = stats.isFIFO() ? undefined : specialKind(stats);
      if (special) state.problems.push({ path: input, reason: `${special}, not a file: not read` });
      else state.sources.push({ kind: 'file', path: input });
      continue;
    }
    const sourcesBefore = state.sources.length;
    const problemsBefore = state.problems.length;
    state.skippedByName = new Map();
    let real: string;
    try {
      real = realpathSync(input);
    } catch (error) {
      state.problems.push({ path: input, reason: describeError(error) });
      continue;
    }
    if (state.visited.has(real)) {
      state.notes.push({ path: input, reason: `skipped: a directory already read (${real})` });
      continue;
    }
    state.visited.add(real);
    walk(input, state, 0);
    if (state.skippedByName.size > 0) {
      const counts = [...state.skippedByName].map(([kind, n]) => (n > 1 ? `${kind} ×${n}` : kind)).join(', ');
      const total = [...state.skippedByName.values()].reduce((a, b) => a + b, 0);
      state.notes.push({ path: input, reason: `${total} ${total === 1 ? 'file' : 'files'} not read, not named as reports (${counts}); name a file to read it` });
    }
    if (state.sources.length === sourcesBefore && state.problems.length === problemsBefore) {
      state.problems.push({ path: input, reason: 'no report files in this directory' });
    }
  }
  return { sources: state.sources, problems: state.problems, notes: state.notes };
}
