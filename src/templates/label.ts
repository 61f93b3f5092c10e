import { isChineseNumeral } from '../text/chinese-numeral.js';
import { labelKey } from '../text/fold.js';
import { addUnit, createUnitSet, hasUnit, type UnitSet } from '../text/unit-set.js';

/**
 * A label of the template (a row, a column, a group heading) and the ways
 * reports write it. `variants` are matching keys in {@link labelKey} form
 * (folded, no white space): the label matches when its key, with any leading
 * enumerator removed, contains a variant — or equals it when `exact` is set
 * (for short labels such as 其他 and 总计 that occur inside longer ones).
 *
 * @example
 * ```ts
 * import { matchLabel, type LabelEntry } from 'xxgk-report';
 * const columns: readonly LabelEntry<'naturalPerson' | 'commercial'>[] = [
 *   { key: 'naturalPerson', label: '自然人', variants: ['自然人'] },
 *   { key: 'commercial', label: '商业企业', variants: ['商业企业'] },
 * ];
 * matchLabel('商业\n企业', columns)?.key; // 'commercial'
 * ```
 */
export interface LabelEntry<K extends string = string> {
  /** The model key, e.g. `stateSecret`. */
  readonly key: K;
  /** The template's own wording, e.g. `1.属于国家秘密`. */
  readonly label: string;
  /** Matching keys, most specific first. */
  readonly variants: readonly string[];
  /** Match the whole key instead of a substring. */
  readonly exact?: boolean;
}

/** A label's matching key split into its enumerator and the rest. */
export interface LabelParts {
  /** The enumerator as folded, e.g. `(三)`, `一、`, `1.`; empty when none. */
  readonly enumerator: string;
  /** The key without the enumerator. */
  readonly core: string;
}


function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Splits a leading enumerator off a label key: `一、`, `(三)`, `1.`, `1、`,
 * `(1)`. A small scanner rather than a regex: bounded, no backtracking. It
 * reads UTF-16 codes: every cell's key goes through it, and a one-character
 * string per Chinese character read was most of its time.
 */
export function splitEnumerator(key: string): LabelParts {
  let i = 0;
  const open = key.charCodeAt(0) === 0x28; // (
  if (open) i = 1;
  const numStart = i;
  if (isChineseNumeral(key.charCodeAt(i))) {
    while (i < key.length && i - numStart < 4 && isChineseNumeral(key.charCodeAt(i))) i++;
  } else if (isDigit(key.charCodeAt(i))) {
    while (i < key.length && i - numStart < 3 && isDigit(key.charCodeAt(i))) i++;
  }
  if (i === numStart) return { enumerator: '', core: key };
  const next = key.charCodeAt(i);
  // ) after (, else 、 . , :
  if (open ? next === 0x29 : next === 0x3001 || next === 0x2e || next === 0x2c || next === 0x3a) {
    // A bare digit run followed by '.' may be a decimal number, not an enumerator.
    if (!open && next === 0x2e && isDigit(key.charCodeAt(i + 1))) return { enumerator: '', core: key };
    return { enumerator: key.slice(0, i + 1), core: key.slice(i + 1) };
  }
  return { enumerator: '', core: key };
}

/** Longest label key we try to match: longer cells are prose, not labels. */
export const MAX_LABEL_KEY_LENGTH = 120;

/**
 * Finds the first entry whose variants match the text, or `undefined`.
 * Entries are tried in order, so put specific entries before general ones.
 *
 * @example
 * ```ts
 * import { matchLabel, type LabelEntry } from 'xxgk-report';
 * const rows: readonly LabelEntry[] = [
 *   { key: 'stateSecret', label: '1.属于国家秘密', variants: ['属于国家秘密'] },
 *   { key: 'total', label: '总计', variants: ['总计', '合计'], exact: true },
 * ];
 * matchLabel('1. 属于国家 秘密', rows)?.key; // 'stateSecret'
 * matchLabel('（七）合计', rows)?.key;        // 'total'
 * matchLabel('总计数', rows);                 // undefined   `exact`: 总计 alone, not inside a longer label
 * ```
 */
export function matchLabel<E extends LabelEntry>(text: string, entries: readonly E[]): E | undefined {
  const key = labelKey(text);
  if (key.length === 0 || key.length > MAX_LABEL_KEY_LENGTH) return undefined;
  return matchLabelKey(splitEnumerator(key).core, entries);
}

/** A substring variant and the position of its entry in the list. */
interface Candidate {
  readonly variant: string;
  readonly order: number;
}

/**
 * The variants of an entry list, indexed once: exact variants by their whole
 * text, substring variants by their first UTF-16 unit (each bucket in entry
 * order), so a key is matched in one pass over its characters instead of
 * one `includes` per variant.
 */
interface LabelIndex {
  readonly exact: ReadonlyMap<string, number>;
  /** The longest exact variant: a longer key cannot be one, and is not hashed to find out. */
  readonly longestExact: number;
  readonly byFirstUnit: ReadonlyMap<number, readonly Candidate[]>;
  /** The units that start a substring variant (most units of a key start none). */
  readonly starts: UnitSet;
  /** Order of the first non-exact entry with an empty variant (matches every key), or Infinity. */
  readonly always: number;
}

function buildLabelIndex(entries: readonly LabelEntry[]): LabelIndex {
  const exact = new Map<string, number>();
  const byFirstUnit = new Map<number, Candidate[]>();
  const starts = createUnitSet();
  let always = Infinity;
  entries.forEach((entry, order) => {
    for (const variant of entry.variants) {
      if (entry.exact) {
        if (!exact.has(variant)) exact.set(variant, order);
      } else if (variant === '') {
        always = Math.min(always, order);
      } else {
        const code = variant.charCodeAt(0);
        let bucket = byFirstUnit.get(code);
        if (!bucket) byFirstUnit.set(code, (bucket = []));
        bucket.push({ variant, order });
        addUnit(starts, code);
      }
    }
  });
  let longestExact = 0;
  for (const variant of exact.keys()) longestExact = Math.max(longestExact, variant.length);
  return { exact, byFirstUnit, starts, always, longestExact };
}

/**
 * Indexes built for the template's entry lists, one per list. The lists are
 * constant data; an index is derived from a list alone, so it is built once,
 * on the list's first match, and goes when the list goes.
 */
const indexes = new WeakMap<readonly LabelEntry[], LabelIndex>();

/** {@link matchLabel} on a key already in {@link labelKey} form, enumerator removed. */
export function matchLabelKey<E extends LabelEntry>(core: string, entries: readonly E[]): E | undefined {
  let index = indexes.get(entries);
  if (!index) indexes.set(entries, (index = buildLabelIndex(entries)));
  // The first entry in order with a variant that matches: the smallest order seen.
  let best = Math.min(index.always, core.length <= index.longestExact ? (index.exact.get(core) ?? Infinity) : Infinity);
  const starts = index.starts;
  for (let i = 0; i < core.length && best > 0; i++) {
    const code = core.charCodeAt(i);
    if (!hasUnit(starts, code)) continue;
    const bucket = index.byFirstUnit.get(code);
    if (!bucket) continue;
    for (const candidate of bucket) {
      if (candidate.order >= best) break;
      if (core.startsWith(candidate.variant, i)) {
        best = candidate.order;
        break;
      }
    }
  }
  return best === Infinity ? undefined : entries[best];
}

/**
 * The variants of several entry lists, indexed once, each with the bit of
 * its list: one pass over a key tells which lists have an entry that
 * matches it (see {@link firstMatchingList}).
 */
interface ListsIndex {
  /** Exact variants, with the bits of the lists that have them. */
  readonly exact: ReadonlyMap<string, number>;
  readonly longestExact: number;
  readonly byFirstUnit: ReadonlyMap<number, readonly { readonly variant: string; readonly bit: number }[]>;
  readonly starts: UnitSet;
  /** The bits of the lists with a non-exact empty variant (it matches every key). */
  readonly always: number;
}

/** At most this many lists: one bit each in a small integer. */
const MAX_LISTS = 30;

function buildListsIndex(lists: readonly (readonly LabelEntry[])[]): ListsIndex {
  const exact = new Map<string, number>();
  const byFirstUnit = new Map<number, { variant: string; bit: number }[]>();
  const starts = createUnitSet();
  let always = 0;
  lists.forEach((entries, k) => {
    const bit = 1 << k;
    for (const entry of entries) {
      for (const variant of entry.variants) {
        if (entry.exact) exact.set(variant, (exact.get(variant) ?? 0) | bit);
        else if (variant === '') always |= bit;
        else {
          const code = variant.charCodeAt(0);
          let bucket = byFirstUnit.get(code);
          if (!bucket) byFirstUnit.set(code, (bucket = []));
          bucket.push({ variant, bit });
          addUnit(starts, code);
        }
      }
    }
  });
  let longestExact = 0;
  for (const variant of exact.keys()) longestExact = Math.max(longestExact, variant.length);
  return { exact, longestExact, byFirstUnit, starts, always };
}

const listsIndexes = new WeakMap<readonly (readonly LabelEntry[])[], ListsIndex>();

/**
 * The position of the first of `lists` that has an entry matching `core`
 * (as {@link matchLabelKey} matches), or -1 when none has: what a
 * `findIndex` of `matchLabelKey` over the lists gives, in one pass over the
 * key for all of them. For callers that only ask which list a label belongs
 * to (which table a cell's label names). The lists are constant data,
 * indexed on first use; at most 30.
 */
export function firstMatchingList(core: string, lists: readonly (readonly LabelEntry[])[]): number {
  if (lists.length > MAX_LISTS) return lists.findIndex((entries) => matchLabelKey(core, entries) !== undefined);
  let index = listsIndexes.get(lists);
  if (!index) listsIndexes.set(lists, (index = buildListsIndex(lists)));
  let found = index.always | (core.length <= index.longestExact ? (index.exact.get(core) ?? 0) : 0);
  const starts = index.starts;
  // Done as soon as the first list is among them: no later one can come before it.
  for (let i = 0; i < core.length && (found & 1) === 0; i++) {
    const code = core.charCodeAt(i);
    if (!hasUnit(starts, code)) continue;
    const bucket = index.byFirstUnit.get(code);
    if (!bucket) continue;
    for (const candidate of bucket) {
      if ((found & candidate.bit) === 0 && core.startsWith(candidate.variant, i)) found |= candidate.bit;
    }
  }
  // The lowest bit set: the first list in order.
  return found === 0 ? -1 : 31 - Math.clz32(found & -found);
}
