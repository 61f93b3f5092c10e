import type { Cell } from '../grids/grid.js';
import { append } from '../model/append.js';
import { readingsOfRows } from './read-rows-in-sequence.js';

/**
 * One thing the table-3 scan met, in input order:
 * - `row`: a row label that was matched, with the numbers after it. `groups`
 *   is empty when the row was read (or failed) on its own, and holds its
 *   runs of seven when more than one row's numbers followed the label.
 * - `loose`: runs of seven numbers under no label.
 */
export type GapEvent =
  | { readonly kind: 'row'; readonly path: string; readonly groups: readonly (readonly Cell[])[] }
  | { readonly kind: 'loose'; readonly groups: readonly (readonly Cell[])[] };

/** Rows placed in one gap between two labelled rows. */
export interface FilledGap {
  /** The labelled row before the gap (null: the table's start). */
  readonly after: string | null;
  /** The labelled row after the gap (null: the table's end). */
  readonly before: string | null;
  /** The rows placed, in template order, with their seven cells. */
  readonly rows: readonly { readonly path: string; readonly cells: readonly Cell[] }[];
  /**
   * Other readings of the same numbers, row for row as `rows`, when a run
   * also reads column by column and still adds up: the caller decides by
   * the column relations, or places nothing.
   */
  readonly alternatives: readonly (readonly { readonly path: string; readonly cells: readonly Cell[] }[])[];
  /** Whether the first row placed is the labelled row before the gap (its label was followed by several rows' numbers). */
  readonly withLabelledRow: boolean;
  /** Indexes of the events whose numbers were used. */
  readonly events: readonly number[];
}

/** Readings of one gap we hand out at most. */
const MAX_ALTERNATIVES = 16;

/**
 * Each path's index in a row order: built once for a frozen order (the
 * template's row paths are), so it cannot change under the cache; built
 * afresh for any other array.
 */
const POSITIONS = new WeakMap<readonly string[], ReadonlyMap<string, number>>();
function positionsIn(order: readonly string[]): ReadonlyMap<string, number> {
  let position = POSITIONS.get(order);
  if (!position) {
    const frozen = Object.isFrozen(order);
    const built = new Map<string, number>();
    order.forEach((p, i) => built.set(p, i));
    position = built;
    if (frozen) POSITIONS.set(order, built);
  }
  return position;
}

/**
 * Fills the gaps between labelled rows with the runs of seven numbers found
 * between them, when a converter printed some labels apart from their
 * numbers (PDF-to-Markdown tools, pdftotext). Labelled rows fix positions in
 * template order; a gap is filled only when
 * - the labelled rows on both sides are in template order,
 * - the template rows between them are exactly as many as the runs of seven
 *   between them, and none of those rows was labelled anywhere or read
 *   otherwise (`isOpen`),
 * - every run adds up: its six applicant columns to its 总计 — read row by
 *   row, or with blocks of rows read column by column as pdftotext prints a
 *   rowspan block ({@link readingsOfRows}). When a run reads several ways,
 *   the other readings come with the gap, for the column relations to decide.
 *
 * A label followed by several rows' numbers counts its first run as its own
 * row, and is placed only when the gap after it is filled. Loose numbers
 * that are not whole runs of seven are left where they are (their caller
 * reports them). Pure; linear in the events and the template.
 */
export function fillRowGaps(events: readonly GapEvent[], order: readonly string[], isOpen: (path: string) => boolean): FilledGap[] {
  const position = positionsIn(order);
  const labelled = new Set<string>();
  for (const e of events) if (e.kind === 'row') labelled.add(e.path);

  const filled: FilledGap[] = [];
  let left: { path: string | null; at: number; event: number } = { path: null, at: -1, event: -1 };
  let loose: { groups: (readonly Cell[])[]; events: number[]; runs: (readonly Cell[])[] } = { groups: [], events: [], runs: [] };
  const close = (right: { path: string | null; at: number }): void => {
    const leftEvent = left.event >= 0 ? events[left.event] : undefined;
    const own = leftEvent && leftEvent.kind === 'row' && leftEvent.groups.length > 0 ? leftEvent.groups : [];
    const groups = [...own.slice(1), ...loose.groups];
    if (groups.length === 0) return;
    if (right.at <= left.at) return;
    const between = order.slice(left.at + 1, right.at);
    if (between.length !== groups.length) return;
    if (between.some((p) => labelled.has(p) || !isOpen(p))) return;
    if (own.length > 0 && left.path !== null && !isOpen(left.path)) return;
    // Each run as printed, read every way its rows add up (row by row, or blocks column by column).
    const runs = own.length > 0 ? [own.flat(), ...loose.runs] : loose.runs;
    const perRun = runs.map(readingsOfRows);
    if (perRun.some((r) => r === null)) return;
    let combinations = 1;
    for (const r of perRun) combinations *= (r as unknown[]).length;
    if (combinations > MAX_ALTERNATIVES) return;
    const paths = own.length > 0 && left.path !== null ? [left.path, ...between] : between;
    const readings: { path: string; cells: readonly Cell[] }[][] = [];
    for (let n = 0; n < combinations; n++) {
      let rest = n;
      const rowsOf: (readonly Cell[])[] = [];
      for (const r of perRun as (readonly (readonly Cell[])[])[][]) {
        append(rowsOf, r[rest % r.length] as readonly (readonly Cell[])[]);
        rest = Math.floor(rest / r.length);
      }
      readings.push(paths.map((path, k) => ({ path, cells: rowsOf[k] as readonly Cell[] })));
    }
    const [rows, ...alternatives] = readings as [{ path: string; cells: readonly Cell[] }[], ...{ path: string; cells: readonly Cell[] }[][]];
    const used = [...loose.events];
    if (own.length > 0 && left.path !== null) used.unshift(left.event);
    filled.push({ after: left.path, before: right.path, rows, alternatives, events: used, withLabelledRow: own.length > 0 && left.path !== null });
  };

  events.forEach((e, i) => {
    if (e.kind === 'loose') {
      // More runs than the template has rows fill no gap: stop collecting (linear, bounded).
      if (loose.groups.length <= order.length) {
        append(loose.groups, e.groups.slice(0, order.length + 1));
        loose.runs.push(e.groups.slice(0, order.length + 1).flat());
      }
      loose.events.push(i);
      return;
    }
    const at = position.get(e.path);
    if (at === undefined) return;
    close({ path: e.path, at });
    left = { path: e.path, at, event: i };
    loose = { groups: [], events: [], runs: [] };
  });
  close({ path: null, at: order.length });
  return filled;
}
