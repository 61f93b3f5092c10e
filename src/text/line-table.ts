import type { Line } from './split-lines.js';

/**
 * Lines by number, as the pipeline's own stages read them: an array of
 * {@link Line} (wrapped) or a {@link LineTable} (offsets only).
 */
export interface LineList {
  /** How many lines there are. */
  readonly length: number;
  /** Line `i`, or undefined outside `0 … length − 1` (a negative index does not count from the end). */
  get(i: number): Line | undefined;
}

/**
 * How many lines a table keeps as objects: one a slot, the slot given by the
 * line number (mod this power of two), the last asked for in each. The
 * recognizers read a few lines around their start line, over and over, so
 * this many answer nearly every request without a new object.
 */
const WINDOW = 1024;

/**
 * The lines of a text held as offsets (8 bytes a line) rather than objects
 * (about 70 bytes a line, and a string each): a {@link Line} is made when a
 * stage asks for it, and at most {@link WINDOW} are kept. A million
 * short lines then take 8 MB, not 70. Splits as {@link splitLines} does (LF,
 * CRLF, lone CR), and `get(i)` equals `splitLines(text)[i]`.
 */
export class LineTable implements LineList {
  readonly length: number;
  /** Offset of each line's first character. */
  readonly starts: Int32Array;
  /** Offset just past each line's last character, before its terminator. */
  readonly ends: Int32Array;
  readonly #text: string;
  /** Made at the first `get` (a table built for its offsets alone never needs it). */
  #recent: (Line | undefined)[] | undefined;

  constructor(text: string) {
    this.#text = text;
    // Counted first, so that the offsets are two arrays of the exact size (no growth, no garbage).
    let n = 0;
    eachLine(text, () => {
      n++;
    });
    this.length = n;
    const starts = (this.starts = new Int32Array(n));
    const ends = (this.ends = new Int32Array(n));
    let k = 0;
    eachLine(text, (start, end) => {
      starts[k] = start;
      ends[k] = end;
      k++;
    });
  }

  get(i: number): Line | undefined {
    const slot = i & (WINDOW - 1);
    const recent = (this.#recent ??= new Array<Line | undefined>(WINDOW).fill(undefined));
    const kept = recent[slot];
    if (kept !== undefined && kept.index === i) return kept;
    if (!(i >= 0 && i < this.length && (i | 0) === i)) return undefined;
    const start = this.starts[i] as number;
    const end = this.ends[i] as number;
    const line: Line = { index: i, start, end, text: this.#text.slice(start, end) };
    recent[slot] = line;
    return line;
  }
}

/**
 * Calls `visit` with each line's start and end, splitting on LF, CRLF and
 * lone CR (old Mac exports and some HTML-to-text tools); a form feed stays
 * inside its line. One pass, no regex: without a carriage return each line
 * ends at the next line feed, found by the engine's search rather than a
 * test per character.
 */
function eachLine(text: string, visit: (start: number, end: number) => void): void {
  if (text.indexOf('\r') < 0) {
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      visit(from, nl < 0 ? text.length : nl);
      if (nl < 0) return;
      from = nl + 1;
    }
  }
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      visit(start, i);
      if (c === 0x0d && i + 1 < text.length && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  visit(start, text.length);
}

const wrapped = new WeakMap<readonly Line[], LineList>();

/**
 * The stages' view of a region's lines: a {@link LineTable} as it is, an
 * array of lines (given by a user calling a stage directly) wrapped once.
 */
export function lineListOf(lines: readonly Line[] | LineList): LineList {
  if (lines instanceof LineTable || !Array.isArray(lines)) return lines as LineList;
  const array = lines as readonly Line[];
  let list = wrapped.get(array);
  if (!list) {
    // length read through: an array the caller still adds to stays whole.
    list = {
      get length() {
        return array.length;
      },
      get: (i) => array[i],
    };
    wrapped.set(array, list);
  }
  return list;
}

const listReaders = new WeakSet<object>();

/**
 * Marks a stage (a recognizer, a section splitter) that reads its lines only
 * through {@link lineListOf}: the parser may hand it a {@link LineTable} in
 * place of an array. Stages a user writes get an array of {@link Line}.
 */
export function readsLineLists<T extends object>(stage: T): T {
  listReaders.add(stage);
  return stage;
}

/** Whether every stage given reads its lines through {@link lineListOf}. */
export function allReadLineLists(stages: readonly object[]): boolean {
  for (let i = 0; i < stages.length; i++) if (!listReaders.has(stages[i] as object)) return false;
  return true;
}
