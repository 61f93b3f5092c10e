import type { Rule, TextRun } from './page-content.js';

/** A box in user space (`y` the lower edge). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One cell of a ruled table: its slot rectangle in the table's grid, its box, and the runs inside it. */
export interface RuledCell {
  /** 0-based top row and left column of the cell's slots. */
  readonly row: number;
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
  readonly box: Box;
  /** The runs whose middle lies in the cell, in no particular order. */
  readonly runs: TextRun[];
}

/** A table drawn with rules: rows from its horizontal rules, columns from its vertical ones. */
export interface RuledTable {
  readonly box: Box;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Cells by top row, then left column. */
  readonly cells: readonly RuledCell[];
}

/** A run the geometry cannot place in one cell (it crosses a column rule). */
export interface StrayRun {
  readonly run: TextRun;
  readonly table: RuledTable;
}

/** What {@link findRuledTables} finds on one page. */
export interface RuledPage {
  readonly tables: readonly RuledTable[];
  /** Runs outside every table: the page's narrative, headings, footers. */
  readonly outside: readonly TextRun[];
  /** Runs inside a table that cross a rule between two cells. */
  readonly strays: readonly StrayRun[];
}

/** Coordinates closer than this (points) are one line of the grid. */
const SNAP = 1.5;
/** Two collinear rules with a gap up to this (points) are one rule (a border drawn cell by cell). */
const JOIN_GAP = 2;
/** How far a rule may miss another and still meet it (points). */
const MEET = 2.5;
/** Past this many horizontal × vertical rules on a page the tables are not rebuilt (a drawing, or hostile input). */
export const MAX_RULE_PAIRS = 4_000_000;

interface Segment {
  at: number;
  from: number;
  to: number;
}

/** Joins collinear rules that overlap or touch: a table border is often drawn one cell edge at a time. */
function joinCollinear(rules: readonly Rule[]): Segment[] {
  const sorted = rules.map((r) => ({ at: r.at, from: r.from, to: r.to })).sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  // Group by snapped coordinate, then merge intervals within each group.
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    while (j < sorted.length && (sorted[j] as Segment).at - (sorted[j - 1] as Segment).at <= SNAP / 2) j++;
    const group = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    let sum = 0;
    for (const s of group) sum += s.at;
    const at = sum / group.length;
    let current: Segment | null = null;
    for (const s of group) {
      if (current && s.from <= current.to + JOIN_GAP) current.to = Math.max(current.to, s.to);
      else {
        if (current) out.push(current);
        current = { at, from: s.from, to: s.to };
      }
    }
    if (current) out.push(current);
    i = j;
  }
  return out;
}

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] as number;
  while (parent[i] !== root) {
    const next = parent[i] as number;
    parent[i] = root;
    i = next;
  }
  return root;
}

function union(parent: number[], a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra !== rb) parent[ra] = rb;
}

/** Sorted distinct coordinates, values within {@link SNAP} of each other taken as one (their mean). */
function snapCoordinates(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    let sum = sorted[i] as number;
    while (j < sorted.length && (sorted[j] as number) - (sorted[j - 1] as number) <= SNAP) sum += sorted[j++] as number;
    out.push(sum / (j - i));
    i = j;
  }
  return out;
}

/** Index of the coordinate in `coords` nearest to `value` within SNAP, or -1. */
function snapIndex(coords: readonly number[], value: number): number {
  let lo = 0;
  let hi = coords.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((coords[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  let bestDistance = SNAP + 1e-9;
  for (const k of [lo - 1, lo]) {
    const c = coords[k];
    if (c !== undefined && Math.abs(c - value) <= bestDistance) {
      best = k;
      bestDistance = Math.abs(c - value);
    }
  }
  return best;
}

/** The interval index `k` with `coords[k] <= value < coords[k + 1]`, or -1 outside. */
function intervalOf(coords: readonly number[], value: number): number {
  if (coords.length < 2 || value < (coords[0] as number) || value > (coords[coords.length - 1] as number)) return -1;
  let lo = 0;
  let hi = coords.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((coords[mid] as number) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether one of the segments at a grid line covers `point` along it. */
function covered(segments: readonly Segment[] | undefined, point: number): boolean {
  if (!segments) return false;
  for (const s of segments) if (s.from - MEET <= point && point <= s.to + MEET) return true;
  return false;
}

/**
 * Rebuilds the tables a page draws with rules. Rules that meet form a
 * table; its distinct horizontal rules give the row lines and its vertical
 * rules the column lines. Two neighbouring slots with no rule drawn between
 * them are one cell (a rowspan or colspan), so merged cells come out as the
 * author made them — a rowspan label belongs to every row of its box, where
 * in its box it is drawn. Each text run goes to the cell its middle lies in;
 * a run that crosses a rule between two cells is a stray, reported, never
 * put in one of them.
 */
export function findRuledTables(runs: readonly TextRun[], rules: readonly Rule[]): RuledPage {
  const horizontal = joinCollinear(rules.filter((r) => r.axis === 'horizontal'));
  const vertical = joinCollinear(rules.filter((r) => r.axis === 'vertical'));
  if (horizontal.length < 2 || vertical.length < 2 || horizontal.length * vertical.length > MAX_RULE_PAIRS) {
    return { tables: [], outside: runs, strays: [] };
  }
  // Rules that meet belong to one table.
  const parent = Array.from({ length: horizontal.length + vertical.length }, (_, i) => i);
  for (let h = 0; h < horizontal.length; h++) {
    const hs = horizontal[h] as Segment;
    for (let v = 0; v < vertical.length; v++) {
      const vs = vertical[v] as Segment;
      if (vs.at >= hs.from - MEET && vs.at <= hs.to + MEET && hs.at >= vs.from - MEET && hs.at <= vs.to + MEET) {
        union(parent, h, horizontal.length + v);
      }
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  for (let i = 0; i < parent.length; i++) {
    const root = find(parent, i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    if (i < horizontal.length) g.h.push(horizontal[i] as Segment);
    else g.v.push(vertical[i - horizontal.length] as Segment);
  }
  const tables: RuledTable[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const table = buildTable(g.h, g.v);
    if (table) tables.push(table);
  }
  tables.sort((a, b) => b.box.y + b.box.height - (a.box.y + a.box.height));

  const outside: TextRun[] = [];
  const strays: StrayRun[] = [];
  for (const run of runs) {
    const middleX = run.x + run.width / 2;
    const middleY = run.y + run.size * 0.35;
    const table = tables.find((t) => middleX >= t.box.x && middleX <= t.box.x + t.box.width && middleY >= t.box.y && middleY <= t.box.y + t.box.height);
    if (!table) {
      outside.push(run);
      continue;
    }
    const cell = cellAt(table, middleX, middleY);
    if (!cell) {
      strays.push({ run, table });
      continue;
    }
    // A run reaching well past its cell's side crosses into the next cell:
    // pdf.js gave the text of several cells as one run.
    const slack = Math.max(1.5, run.size * 0.3);
    if (run.x < cell.box.x - slack || run.x + run.width > cell.box.x + cell.box.width + slack) {
      if (!splitAcrossCells(table, run, middleY, slack)) strays.push({ run, table });
      continue;
    }
    cell.runs.push(run);
  }
  return { tables, outside, strays };
}

interface MutableTable extends RuledTable {
  readonly xs: readonly number[];
  /** Row lines from the top down (descending y). */
  readonly ys: readonly number[];
  /** The same, ascending, for binary search. */
  readonly ysAscending: readonly number[];
  /** Cell index by slot, row-major. */
  readonly slotCell: Int32Array;
}

function buildTable(h: readonly Segment[], v: readonly Segment[]): MutableTable | null {
  const xs = snapCoordinates(v.map((s) => s.at));
  const ysAscending = snapCoordinates(h.map((s) => s.at));
  if (xs.length < 2 || ysAscending.length < 2) return null;
  const ys = [...ysAscending].reverse();
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // Segments by the grid line they lie on.
  const vAt: Segment[][] = Array.from({ length: xs.length }, () => []);
  for (const s of v) {
    const k = snapIndex(xs, s.at);
    if (k >= 0) (vAt[k] as Segment[]).push(s);
  }
  const hAt: Segment[][] = Array.from({ length: ys.length }, () => []);
  for (const s of h) {
    const k = snapIndex(ysAscending, s.at);
    if (k >= 0) (hAt[ys.length - 1 - k] as Segment[]).push(s);
  }
  // Slots with no rule between them are one cell.
  const slots = rows * cols;
  const parent = Array.from({ length: slots }, (_, i) => i);
  for (let r = 0; r < rows; r++) {
    const middleY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    for (let c = 0; c + 1 < cols; c++) {
      if (!covered(vAt[c + 1], middleY)) union(parent, r * cols + c, r * cols + c + 1);
    }
  }
  for (let c = 0; c < cols; c++) {
    const middleX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
    for (let r = 0; r + 1 < rows; r++) {
      if (!covered(hAt[r + 1], middleX)) union(parent, r * cols + c, (r + 1) * cols + c);
    }
  }
  const extent = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(parent, r * cols + c);
      const e = extent.get(root);
      if (!e) extent.set(root, { r0: r, c0: c, r1: r, c1: c });
      else {
        if (r > e.r1) e.r1 = r;
        if (c < e.c0) e.c0 = c;
        if (c > e.c1) e.c1 = c;
      }
    }
  }
  const cells: RuledCell[] = [];
  const slotCell = new Int32Array(slots).fill(-1);
  const ordered = [...extent.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const e of ordered) {
    const index = cells.length;
    const x = xs[e.c0] as number;
    const top = ys[e.r0] as number;
    const bottom = ys[e.r1 + 1] as number;
    cells.push({
      row: e.r0,
      col: e.c0,
      rowspan: e.r1 - e.r0 + 1,
      colspan: e.c1 - e.c0 + 1,
      box: { x, y: bottom, width: (xs[e.c1 + 1] as number) - x, height: top - bottom },
      runs: [],
    });
    // An L-shaped region (rules missing oddly) takes its bounding box: its
    // slots all point to the one cell.
    for (let r = e.r0; r <= e.r1; r++) for (let c = e.c0; c <= e.c1; c++) if (slotCell[r * cols + c] === -1) slotCell[r * cols + c] = index;
  }
  const left = xs[0] as number;
  const bottomY = ys[rows] as number;
  return {
    box: { x: left, y: bottomY, width: (xs[cols] as number) - left, height: (ys[0] as number) - bottomY },
    rowCount: rows,
    columnCount: cols,
    cells,
    xs,
    ys,
    ysAscending,
    slotCell,
  };
}

/**
 * Places a run that crosses cell borders when that is certain: pdf.js joins
 * the texts of neighbouring cells into one run with a space between them
 * (`本年制发件数 本年废止件数 现行有效件数`). When the run's words are exactly
 * as many as the cells it crosses, word k belongs to cell k — the count
 * decides, not estimated glyph positions. Otherwise the run is left to the
 * caller to report.
 */
function splitAcrossCells(table: RuledTable, run: TextRun, y: number, slack: number): boolean {
  const t = table as MutableTable;
  const from = run.x + slack;
  const to = run.x + run.width - slack;
  const crossed: RuledCell[] = [];
  for (let c = 0; c + 1 < t.xs.length; c++) {
    if ((t.xs[c + 1] as number) <= from || (t.xs[c] as number) >= to) continue;
    const cell = cellAt(table, ((t.xs[c] as number) + (t.xs[c + 1] as number)) / 2, y);
    if (cell && crossed[crossed.length - 1] !== cell) crossed.push(cell);
  }
  const words = run.text.split(/\s+/).filter((w) => w.length > 0);
  if (crossed.length < 2 || words.length !== crossed.length) return false;
  // And a check by estimated glyph widths (a CJK character one em, others
  // half), the gaps shared evenly: each word's middle must fall in its cell.
  const ems = words.map((w) => [...w].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 1 : 0.5), 0));
  const glyphs = ems.reduce((a, b) => a + b, 0) * run.size;
  const gap = words.length > 1 ? Math.max(0, run.width - glyphs) / (words.length - 1) : 0;
  let x = run.x;
  for (let k = 0; k < words.length; k++) {
    const width = (ems[k] as number) * run.size;
    const middle = x + width / 2;
    const cell = crossed[k] as RuledCell;
    if (middle < cell.box.x || middle > cell.box.x + cell.box.width) return false;
    x += width + gap;
  }
  for (let k = 0; k < words.length; k++) {
    const cell = crossed[k] as RuledCell;
    const left = Math.max(run.x, cell.box.x);
    const right = Math.min(run.x + run.width, cell.box.x + cell.box.width);
    cell.runs.push({ text: words[k] as string, x: left, y: run.y, width: Math.max(0, right - left), size: run.size });
  }
  return true;
}

function cellAt(table: RuledTable, x: number, y: number): RuledCell | null {
  const t = table as MutableTable;
  const c = intervalOf(t.xs, x);
  // ys descend: search the ascending copy, then flip.
  const k = intervalOf(t.ysAscending, y);
  if (c < 0 || k < 0) return null;
  const r = t.ys.length - 2 - k;
  const index = t.slotCell[r * t.columnCount + c];
  return index === undefined || index < 0 ? null : (t.cells[index] as RuledCell);
}
