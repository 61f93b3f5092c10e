/**
 * Joins digit runs that one number was split into (a crawler writing one DOM
 * text node per line, where a Word-pasting editor left `<span>1</span><span>62</span>`
 * for 162: `1` / `62`) back into `n` values — but only when exactly one
 * joining satisfies the template's arithmetic. The mirror of
 * {@link splitGluedDigits}: there one run holds several values, here one value
 * is held by several runs. Never guesses: two joinings that both fit are
 * ambiguous, and with no sum to check every joining fits.
 */
import { GLUED_SEARCH_CAP, type GluedSearchBudget, type SumConstraint } from './split-glued-digits.js';

/** The outcome of {@link joinSplitRuns}: for each value, the index of its first run and one past its last. */
export type RunJoin =
  /** Exactly one joining fits. */
  | { readonly kind: 'unique'; readonly groups: readonly { readonly from: number; readonly to: number }[] }
  /** Several joinings fit (at least `count`). */
  | { readonly kind: 'ambiguous'; readonly count: number }
  /** No joining fits the arithmetic. */
  | { readonly kind: 'none' }
  /** The search was stopped at its step cap before it could decide. */
  | { readonly kind: 'too-many' };

/** Most digits of one value (counts of a report are far below 10⁹). */
const MAX_VALUE_DIGITS = 9;

/**
 * Finds the ways to join adjacent `runs` (bare digit strings, each one line)
 * into `n` values that satisfy every constraint. A value is never read from
 * a group whose first run starts with 0 unless the group is the single run
 * `0` (no count is written 062), and a run's own digits are never cut.
 * Without constraints nothing is checked, so more runs than values are
 * ambiguous whenever two joinings are possible. Bounded: at most
 * {@link GLUED_SEARCH_CAP} steps, shared with `budget`.
 */
export function joinSplitRuns(
  runs: readonly string[],
  n: number,
  constraints: readonly SumConstraint[],
  budget: GluedSearchBudget = { remaining: GLUED_SEARCH_CAP },
): RunJoin {
  if (n <= 0 || runs.length <= n || runs.some((r) => !/^\d+$/.test(r))) return { kind: 'none' };
  const values: number[] = [];
  const ends: number[] = [];
  let found: number[] = [];
  let count = 0;
  let steps = 0;
  // A sum is checked once its last index is placed.
  const fits = (index: number): boolean =>
    constraints.every((c) => Math.max(c.total, ...c.parts) !== index || c.parts.reduce((a, p) => a + (values[p] as number), 0) === values[c.total]);
  // Places value `index` from run `from` on; false once the step cap stops the search.
  const search = (from: number, index: number): boolean => {
    if (++steps > GLUED_SEARCH_CAP || --budget.remaining < 0) return false;
    if (index === n) {
      if (from === runs.length && ++count === 1) found = [...ends];
      return true;
    }
    let digits = '';
    // Each value after this one needs a run of its own.
    for (let to = from + 1; to <= runs.length - (n - index - 1) && count < 2; to++) {
      digits += runs[to - 1] as string;
      if (digits.length > MAX_VALUE_DIGITS || (digits[0] === '0' && digits.length > 1)) break;
      values[index] = Number(digits);
      ends[index] = to;
      if (fits(index) && !search(to, index + 1)) return false;
    }
    return true;
  };
  if (!search(0, 0)) return { kind: 'too-many' };
  if (count === 0) return { kind: 'none' };
  if (count > 1) return { kind: 'ambiguous', count };
  return { kind: 'unique', groups: found.map((to, k) => ({ from: k === 0 ? 0 : (found[k - 1] as number), to })) };
}
