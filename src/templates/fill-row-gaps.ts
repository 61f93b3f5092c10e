import type { Cell } from '../grids/grid.js';
import { parseCellValue } from '../grids/parse-cell-value.js';
import { append } from '../model/append.js';

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
  /** Whether the first row placed is the labelled row before the gap (its label was followed by several rows' numbers). */
  readonly withLabelledRow: boolean;
  /** Indexes of the events whose numbers were used. */
  readonly events: readonly number[];
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
 * - every run adds up: its six applicant columns to its 总计.
 *
 * A label followed by several rows' numbers counts its first run as its own
 * row, and is placed only when the gap after it is filled. Loose numbers
 * that are not whole runs of seven are left where they are (their caller
 * reports them). Pure; linear in the events and the template.
 */
export function fillRowGaps(events: readonly GapEvent[], order: readonly string[], isOpen: (path: string) => boolean): FilledGap[] {
  const position = new Map<string, number>();
  order.forEach((p, i) => position.set(p, i));
  const labelled = new Set<string>();
  for (const e of events) if (e.kind === 'row') labelled.add(e.path);

  const filled: FilledGap[] = [];
  let left: { path: string | null; at: number; event: number } = { path: null, at: -1, event: -1 };
  let loose: { groups: (readonly Cell[])[]; events: number[] } = { groups: [], events: [] };
  const close = (right: { path: string | null; at: number }): void => {
    const leftEvent = left.event >= 0 ? events[left.event] : undefined;
    const own = leftEvent && leftEvent.kind === 'row' && leftEvent.groups.length > 0 ? leftEvent.groups : [];
    const groups = [...own.slice(1), ...loose.groups];
    if (groups.length === 0) return;
    if (right.at <= left.at) return;
    const between = order.slice(left.at + 1, right.at);
    if (between.length !== groups.length) return;
    if (between.some((p) => labelled.has(p) || !isOpen(p))) return;
    if (!groups.every(addsUp) || (own.length > 0 && !addsUp(own[0] as readonly Cell[]))) return;
    if (own.length > 0 && left.path !== null && !isOpen(left.path)) return;
    const rows = between.map((path, k) => ({ path, cells: groups[k] as readonly Cell[] }));
    const used = [...loose.events];
    if (own.length > 0 && left.path !== null) {
      rows.unshift({ path: left.path, cells: own[0] as readonly Cell[] });
      used.unshift(left.event);
    }
    filled.push({ after: left.path, before: right.path, rows, events: used, withLabelledRow: own.length > 0 && left.path !== null });
  };

  events.forEach((e, i) => {
    if (e.kind === 'loose') {
      // More runs than the template has rows fill no gap: stop collecting (linear, bounded).
      if (loose.groups.length <= order.length) append(loose.groups, e.groups.slice(0, order.length + 1));
      loose.events.push(i);
      return;
    }
    const at = position.get(e.path);
    if (at === undefined) return;
    close({ path: e.path, at });
    left = { path: e.path, at, event: i };
    loose = { groups: [], events: [] };
  });
  close({ path: null, at: order.length });
  return filled;
}

/** Seven plain numbers whose first six add up to the seventh. */
function addsUp(cells: readonly Cell[]): boolean {
  if (cells.length !== 7) return false;
  let sum = 0;
  for (let c = 0; c < 7; c++) {
    const v = parseCellValue((cells[c] as Cell).text);
    if (v.kind !== 'number') return false;
    if (c < 6) sum += v.value;
    else return sum === v.value;
  }
  return false;
}
