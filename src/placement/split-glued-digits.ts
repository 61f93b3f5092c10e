/**
 * Splits digit runs that lost their cell separators (a crawler's
 * `textContent`: `21710000218` for 217 | 1 | 0 | 0 | 0 | 0 | 218) into `n`
 * values — but only when exactly one split satisfies the template's
 * arithmetic. Never guesses: two splits that both fit are ambiguous.
 */

/** A sum the values must satisfy: values at `parts` add up to the value at `total`. */
export interface SumConstraint {
  /** Indexes of the addends. */
  readonly parts: readonly number[];
  /** Index of the total. */
  readonly total: number;
}

/** One run of digits as written, with where it starts in the input. */
export interface DigitRun {
  /** The run, e.g. `+11151` or `000121`; an optional sign, then digits. */
  readonly text: string;
  /** Offset of the run in the input. */
  readonly start: number;
}

/** One value of a split: the number and the part of the run it came from. */
export interface SplitPart {
  /** The value. */
  readonly value: number;
  /** The digits of this part as written. */
  readonly raw: string;
  /** Offset of the part in the input. */
  readonly start: number;
}

/** The outcome of {@link splitGluedDigits}. */
export type GluedSplit =
  /** Exactly one split fits. */
  | { readonly kind: 'unique'; readonly parts: readonly SplitPart[] }
  /** Several splits fit (at least `count`); nothing is chosen. `splits` lists them when all were found. */
  | { readonly kind: 'ambiguous'; readonly count: number; readonly candidates: readonly (readonly number[])[]; readonly splits: readonly (readonly SplitPart[])[] }
  /** No split fits the arithmetic. */
  | { readonly kind: 'none' }
  /** The search was stopped at its step cap before it could decide. */
  | { readonly kind: 'too-many' };

/**
 * Search steps left for a whole table: each row's search is capped, and so
 * is their sum, so that a table of many glued rows stays linear. Mutable on
 * purpose: one object is handed to every row of a table.
 */
export interface GluedSearchBudget {
  /** Steps left. */
  remaining: number;
}

/**
 * Steps a table's glued rows may take together: as many as one row may take
 * ({@link GLUED_SEARCH_CAP}). The hardest table of every fixture, seed and
 * corpus file (383 files, 2026-12-04) took 9,745 steps — a pdftotext table 3
 * whose cells came apart — so this is twenty times that, and a hostile
 * table (runs that split in thousands of ways) costs no more than one row.
 * A table past it gets `cell-glued` errors on the rows left (null, said),
 * never a guess.
 */
export const GLUED_TABLE_BUDGET = 200_000;

/** Most digits of one value (counts of a report are far below 10⁹). */
const MAX_PART_DIGITS = 9;
/** Search steps before we give up and say so. */
export const GLUED_SEARCH_CAP = 200_000;
/** Candidates kept for cross-row disambiguation. */
const MAX_CANDIDATES = 8;

/**
 * Finds the splits of `runs` into `n` values (each run gives at least one
 * value; no value but 0 starts with 0; a run's sign belongs to its first
 * value) that satisfy every constraint. Bounded: at most
 * {@link GLUED_SEARCH_CAP} steps.
 */
export function splitGluedDigits(
  runs: readonly DigitRun[],
  n: number,
  constraints: readonly SumConstraint[],
  budget: GluedSearchBudget = { remaining: GLUED_SEARCH_CAP },
): GluedSplit {
  const digits = runs.map((r) => (r.text[0] === '+' || r.text[0] === '-' ? r.text.slice(1) : r.text));
  const totalDigits = digits.reduce((a, d) => a + d.length, 0);
  if (runs.length === 0 || runs.length > n || totalDigits < n || totalDigits > n * MAX_PART_DIGITS) return { kind: 'none' };
  for (const d of digits) if (!/^\d+$/.test(d)) return { kind: 'none' };

  // Constraints checked as soon as their last index is placed (an array by
  // index: asked at every step of the search).
  const byLast: (SumConstraint[] | undefined)[] = [];
  for (const c of constraints) {
    const last = Math.max(c.total, ...c.parts);
    (byLast[last] ??= []).push(c);
  }

  // Digits in runs `r` and after, for each r (and 0 past the last).
  const digitsAfter: number[] = new Array<number>(digits.length + 1).fill(0);
  for (let r = digits.length - 1; r >= 0; r--) digitsAfter[r] = (digitsAfter[r + 1] as number) + (digits[r] as string).length;

  const values: number[] = [];
  // Where each placed value was cut, as three parallel arrays (no object per try).
  const cutRun: number[] = [];
  const cutFrom: number[] = [];
  const cutTo: number[] = [];
  const cutsOf = (count: number): { run: number; from: number; to: number }[] => {
    const out: { run: number; from: number; to: number }[] = [];
    for (let k = 0; k < count; k++) out.push({ run: cutRun[k] as number, from: cutFrom[k] as number, to: cutTo[k] as number });
    return out;
  };
  const found: { values: number[]; cuts: { run: number; from: number; to: number }[] }[] = [];
  let steps = 0;
  let capped = false;

  const fits = (checks: readonly SumConstraint[]): boolean => {
    for (const c of checks) {
      let sum = 0;
      for (const p of c.parts) sum += values[p] as number;
      if (sum !== values[c.total]) return false;
    }
    return true;
  };
  // A run's sign belongs to its first value; read once, not at every try.
  const negative = runs.map((r) => r.text.charCodeAt(0) === 0x2d);
  // The steps this search may take: its own cap, or what the table has left.
  // Counted here and settled with the shared budget once, at the end.
  const startBudget = budget.remaining;
  const limit = Math.min(GLUED_SEARCH_CAP, startBudget);

  // Place value `index` from run `run` at digit `from`.
  const search = (run: number, from: number, index: number): void => {
    if (capped || found.length > MAX_CANDIDATES) return;
    if (++steps > limit) {
      capped = true;
      return;
    }
    const d = digits[run] as string;
    if (from === d.length) {
      if (run + 1 === digits.length) {
        if (index === n) found.push({ values: values.slice(0, n), cuts: cutsOf(n) });
        return;
      }
      search(run + 1, 0, index);
      return;
    }
    if (index === n) return;
    // Values still to place must fit in the digits left, one digit at least each.
    const digitsLeft = d.length - from + (digitsAfter[run + 1] as number);
    const runsLeft = digits.length - run - 1;
    // The piece's value, read a digit at a time (no string per try: this loop is the search's hot path).
    let piece = 0;
    for (let len = 1; len <= MAX_PART_DIGITS && from + len <= d.length; len++) {
      if (len > 1 && d.charCodeAt(from) === 0x30) break;
      piece = piece * 10 + (d.charCodeAt(from + len - 1) - 0x30);
      const valuesAfter = n - index - 1;
      const rest = digitsLeft - len;
      if (rest < valuesAfter || rest > valuesAfter * MAX_PART_DIGITS) continue;
      if (from + len === d.length && valuesAfter < runsLeft) continue;
      const signed = from === 0 && negative[run] === true ? -piece : piece;
      values[index] = signed;
      cutRun[index] = run;
      cutFrom[index] = from;
      cutTo[index] = from + len;
      const checks = byLast[index];
      if (checks === undefined || fits(checks)) search(run, from + len, index + 1);
    }
    // Entries past `index` are left as they are: each is written again before it is read.
  };
  search(0, 0, 0);
  // As if each step had taken one from the budget: a search stopped by its own
  // cap took that many; one stopped by the table's budget took one past it.
  budget.remaining = startBudget - (capped ? (startBudget >= GLUED_SEARCH_CAP ? GLUED_SEARCH_CAP : Math.max(0, startBudget) + 1) : steps);

  if (capped) return { kind: 'too-many' };
  if (found.length === 0) return { kind: 'none' };
  const partsOf = (f: (typeof found)[number]): SplitPart[] =>
    f.cuts.map((cut, k) => {
      const run = runs[cut.run] as DigitRun;
      const signOffset = run.text.length - (digits[cut.run] as string).length;
      const rawStart = cut.from === 0 ? 0 : cut.from + signOffset;
      const raw = run.text.slice(rawStart, cut.to + signOffset);
      return { value: f.values[k] as number, raw, start: run.start + rawStart };
    });
  if (found.length > 1) {
    // Past MAX_CANDIDATES the list is not complete: no split list to choose from.
    const complete = found.length <= MAX_CANDIDATES;
    return { kind: 'ambiguous', count: found.length, candidates: found.map((f) => f.values), splits: complete ? found.map(partsOf) : [] };
  }
  return { kind: 'unique', parts: partsOf(found[0] as (typeof found)[number]) };
}

/** Table 3: the six applicant columns add up to 总计. */
export const applicantRowConstraints: readonly SumConstraint[] = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];

/** Table 4: in each group, 维持 + 纠正 + 其他 + 未审结 = 总计. */
export const reviewConstraints: readonly SumConstraint[] = [0, 5, 10].map((g) => ({ parts: [g, g + 1, g + 2, g + 3], total: g + 4 }));
