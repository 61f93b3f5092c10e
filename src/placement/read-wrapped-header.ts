import { labelKey } from '../text/fold.js';
import { headerUnit, type HeaderUnit } from './header-unit.js';
import { proactiveHeaderForms, type ProactiveColumnKey } from '../templates/proactive-table.js';

/** Longest header we try to spell: more words are not a table-2 header. */
const MAX_HEADER_WORDS = 40;

/** Units a header may end with, in {@link labelKey} form. */
const UNIT_SUFFIXES = ['', '(单位:元)', '(单位:万元)', '(元)', '(万元)', '单位:元', '单位:万元'];

/** A table-2 header read from its words joined across lines. */
export interface WrappedHeader {
  /** The value columns, in order (信息内容 not included). */
  readonly columns: readonly ProactiveColumnKey[];
  /** The money unit each column's header states, or null. */
  readonly units: readonly (HeaderUnit | null)[];
}

/**
 * Reads a table-2 header printed over several lines, each header cell
 * wrapped inside its column (pdftotext -layout of a narrow table):
 *
 * ```text
 *   信息内容 上一年项
 *           目数量  本年增/减 处理决定
 *                      数量
 * ```
 *
 * `lines` are the header's words, line by line, left to right. A reading
 * takes, for each column in turn, zero or more words from the left of every
 * line, top to bottom, and the words taken must spell the column's header
 * (信息内容 first, then each of `candidate`'s columns, a unit such as （元）
 * allowed at the end). Every word must be used. Returns the candidate that
 * spells the header, or null when none does or several do: columns we are
 * not sure of are not columns.
 */
export function readWrappedHeader(lines: readonly (readonly string[])[], candidates: readonly (readonly ProactiveColumnKey[])[]): WrappedHeader | null {
  const words = lines.reduce((n, l) => n + l.length, 0);
  if (words === 0 || words > MAX_HEADER_WORDS) return null;
  const keys = lines.map((l) => l.map(labelKey).filter((w) => w !== ''));
  let found: WrappedHeader | null = null;
  for (const columns of candidates) {
    const units = spell(keys, columns);
    if (!units) continue;
    if (found && found.columns.join() !== columns.join()) return null;
    found = { columns, units };
  }
  return found;
}

/** The units of a reading of `keys` as 信息内容 + `columns`, or null when there is none. */
function spell(keys: readonly (readonly string[])[], columns: readonly ProactiveColumnKey[]): (HeaderUnit | null)[] | null {
  const forms: (readonly string[])[] = [['信息内容'], ...columns.map((c) => proactiveHeaderForms[c])];
  const at = keys.map(() => 0);
  const units: (HeaderUnit | null)[] = [];
  for (let k = 0; k < forms.length; k++) {
    const taken = take(keys, at, forms[k] as readonly string[], k === forms.length - 1);
    if (taken === null) return null;
    if (k > 0) units.push(headerUnit(taken));
  }
  return at.every((p, j) => p === (keys[j] as readonly string[]).length) ? units : null;
}

/**
 * Takes words for one column from the left of each line (advancing `at`)
 * so that they spell one of `forms` (plus a unit); the last column takes
 * everything left. Depth-first over lines; each line's choice is how many
 * words to take, so the search is bounded by the header's few words.
 */
function take(keys: readonly (readonly string[])[], at: number[], forms: readonly string[], last: boolean): string | null {
  const targets = forms.flatMap((f) => UNIT_SUFFIXES.map((u) => f + u));
  const isPrefix = (s: string): boolean => targets.some((t) => t.startsWith(s));
  const start = [...at];
  const go = (j: number, text: string): string | null => {
    if (j === keys.length) return targets.includes(text) ? text : null;
    const line = keys[j] as readonly string[];
    const from = start[j] as number;
    const options: number[] = [];
    if (last) options.push(line.length - from);
    else for (let t = 0; from + t <= line.length; t++) options.push(t);
    for (const t of options) {
      const next = text + line.slice(from, from + t).join('');
      if (next !== '' && !isPrefix(next)) continue;
      const done = go(j + 1, next);
      if (done !== null) {
        at[j] = from + t;
        return done;
      }
    }
    return null;
  };
  return go(0, '');
}
