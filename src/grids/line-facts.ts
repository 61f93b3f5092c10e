import type { Line } from '../text/split-lines.js';
import { lineListOf, type LineList } from '../text/line-table.js';

/**
 * Per-line facts that the recognizers would otherwise recompute from every
 * start line they are tried at (a 40-line lookahead tried at each line reads
 * each line up to 40 times): a small code per line, computed the first time
 * a recognizer asks, and the next "decisive" line after each line, so that a
 * lookahead is answered in constant time once its lines are classified.
 *
 * The facts belong to one `lines` array (a WeakMap key: they go when the
 * lines go) and depend only on each line's own text, so they hold for every
 * region and section cut from that array. Each recognizer keeps its own
 * classifier; this file only stores the codes.
 */
export interface LineFacts {
  /** The code of line `i`, computed by `classify` on first use (codes must be 1–127). */
  readonly kindOf: (i: number) => number;
  /**
   * The first line `j ≥ i` whose code `isDecisive` accepts, or `lines.length`.
   * Amortized constant time: every line is walked over once.
   */
  readonly nextDecisive: (i: number) => number;
}

/** A named table of facts: one per recognizer that keeps codes. */
export interface LineFactsSpec {
  /** The line's code, 1–127, from its text alone. */
  readonly classify: (line: Line) => number;
  /** Whether a line of this code ends a lookahead (answers it or breaks it). */
  readonly isDecisive: (code: number) => boolean;
}

const tables = new WeakMap<LineList, Map<LineFactsSpec, LineFacts>>();

/** The facts of `spec` over `lines`, made once per lines array and spec. */
export function lineFacts(given: readonly Line[] | LineList, spec: LineFactsSpec): LineFacts {
  const lines = lineListOf(given);
  let bySpec = tables.get(lines);
  if (!bySpec) {
    bySpec = new Map();
    tables.set(lines, bySpec);
  }
  let facts = bySpec.get(spec);
  if (!facts) {
    facts = createLineFacts(lines, spec);
    bySpec.set(spec, facts);
  }
  return facts;
}

function createLineFacts(lines: LineList, spec: LineFactsSpec): LineFacts {
  const n = lines.length;
  // 0 = not classified yet.
  const codes = new Int8Array(n);
  // -1 = not known yet; else the first decisive line at or after the index.
  const next = new Int32Array(n).fill(-1);
  const kindOf = (i: number): number => {
    let code = codes[i] as number;
    if (code === 0) {
      code = spec.classify(lines.get(i) as Line);
      codes[i] = code;
    }
    return code;
  };
  const nextDecisive = (from: number): number => {
    let i = from;
    while (i < n && (next[i] as number) < 0 && !spec.isDecisive(kindOf(i))) i++;
    const found = i >= n ? n : (next[i] as number) >= 0 ? (next[i] as number) : i;
    for (let k = from; k <= i && k < n; k++) next[k] = found;
    return found;
  };
  return { kindOf, nextDecisive };
}
