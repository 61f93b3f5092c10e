import type { CellSource, Diagnostic, Finding, Report, Span } from '../../src/index.js';
import { getPath } from '../../src/templates/flatten-report.js';
import type { PlacedValue, Rendering } from './document.js';
import { applicantKeys, outcomeKeys, resultRows, tableOfPath, type BrokenReport } from './model.js';

/**
 * The checks a property makes on `parse(render(report))`, as lists of what
 * went wrong (empty when the property holds), so a failure message names
 * every bad path at once.
 */

/** What kind of failure of the round trip a problem is. */
export type ProblemKind =
  /** A number different from the one rendered, or a number where none was written: never allowed. */
  | 'wrong'
  /** A right value whose source is not the cell it was rendered in. */
  | 'misplaced'
  /** A rendered number given back as null with no diagnostic covering it. */
  | 'silent'
  /** A rendered number inside no source span and no diagnostic span. */
  | 'unconserved';

/** One failure of the round trip at one rendered value. */
export interface Problem {
  readonly kind: ProblemKind;
  readonly placed: PlacedValue;
  /** What the parser gave back at the value's path. */
  readonly got: number | string | null;
  readonly message: string;
}

/** What one round trip gave back. */
export interface RoundTrip {
  readonly problems: Problem[];
  /** Numbers rendered, and given back equal. */
  readonly rendered: number;
  readonly back: number;
}

const contains = (span: Span, p: PlacedValue): boolean => span.start <= p.start && p.end <= span.end;

/**
 * Whether a diagnostic accounts for a rendered number that came back null:
 * a warning or an error (an `info` such as `cell-blank` says a value was
 * kept or that its cell was empty — never true of a cell holding a number)
 * whose path is the value's path, its row or its table; or a table-level
 * diagnostic (`table-missing`, `table-unrecognized`) for that table; or one
 * whose span holds the number (`unplaced-number`, `column-unexpected`,
 * `row-value-count` quote the cells they drop).
 */
export function covers(d: Diagnostic, p: PlacedValue): boolean {
  if (d.severity === 'info') return false;
  if (d.path !== undefined && (p.path === d.path || p.path.startsWith(`${d.path}.`))) return true;
  if (d.code === 'table-missing' && d.path === tableOfPath(p.path)) return true;
  if (d.code === 'table-unrecognized' && d.span.start <= p.start && p.start <= d.span.end) return true;
  return contains(d.span, p);
}

/** Reads a path of a parsed report as the property sees it: absent is null. */
export function valueAt(report: Report, path: string): number | string | null {
  return getPath(report, path) ?? null;
}

/**
 * The round-trip property for one rendering: every rendered number comes
 * back equal, from its own cell, or null with a diagnostic that covers it;
 * every cell written without a number comes back null; and every rendered
 * number lies inside a source span or a diagnostic span (conservation).
 */
export function checkRoundTrip(rendering: Rendering, report: Report): RoundTrip {
  const problems: Problem[] = [];
  let rendered = 0;
  let back = 0;
  const spans = [...Object.values(report.sources).map((s) => s.span), ...report.diagnostics.map((d) => d.span)];
  for (const p of rendering.placed) {
    const got = valueAt(report, p.path);
    const where = `${p.path} (${JSON.stringify(rendering.text.slice(p.start, p.end))} at ${p.start})`;
    const problem = (kind: ProblemKind, what: string): void => {
      problems.push({ kind, placed: p, got, message: `${kind}: ${where}: ${what}` });
    };
    if (p.shown === null) {
      if (got !== null) problem('wrong', `written as ${p.style}, read ${JSON.stringify(got)}`);
      continue;
    }
    rendered++;
    if (got === p.shown) {
      back++;
      const source = (report.sources as Readonly<Record<string, CellSource | undefined>>)[p.path];
      if (!source || !contains(source.span, p)) problem('misplaced', `source ${source ? `${source.span.start}–${source.span.end} ${JSON.stringify(source.raw)}` : 'none'}`);
    } else if (got !== null) problem('wrong', `expected ${p.shown}, read ${JSON.stringify(got)}`);
    else if (!report.diagnostics.some((d) => covers(d, p))) problem('silent', 'null with no diagnostic');
    if (!spans.some((s) => contains(s, p))) problem('unconserved', 'in no source or diagnostic span');
  }
  return { problems, rendered, back };
}

/**
 * The cells of the relation instance a broken report breaks first (the one
 * holding `cell`), in the （六） layout of the parsed report — the report
 * validate is given. (Whether the parser read the layout right is the
 * round-trip property's business.)
 */
export function relationPaths(broken: BrokenReport, otherHandling: 'divided' | 'undivided'): string[] {
  const parts = broken.cell.split('.');
  const column = parts[parts.length - 1] as string;
  const row = parts.slice(1, -1).join('.');
  switch (broken.code) {
    case 'applications-balance':
      return ['newReceived', 'carriedOver', 'total', 'carriedForward'].map((r) => `applications.${r}.${column}`);
    case 'results-sum':
      return [...resultRows(otherHandling), 'total'].map((r) => `applications.${r}.${column}`);
    case 'row-sum':
      return applicantKeys.map((c) => `applications.${row}.${c}`);
    case 'review-sum':
      return outcomeKeys.map((c) => `reviewLitigation.${row}.${c}`);
  }
}

/** What validate said about a broken report. */
export interface BrokenVerdict {
  /** Empty when validate named the break (or said it could not check it, when a cell came back null). */
  readonly problems: string[];
  /** True when every cell of the relation came back, so validate had to name the break. */
  readonly assessable: boolean;
}

/**
 * The validate property for a report with one relation family broken: when
 * every cell of the broken relation came back, `validate` gives a finding of
 * the relation's code whose paths include the changed cell; when one came
 * back null, a `not-assessable` finding over that relation's cells (or over
 * its whole family, when the table has no values).
 * Either way no other relation family is reported failing (the parser never
 * gives a different number, so the families left intact still hold).
 */
export function checkBroken(broken: BrokenReport, report: Report, findings: readonly Finding[]): BrokenVerdict {
  const problems: string[] = [];
  // Cells of a row the parsed report does not have cannot be named by
  // validate: an undivided （六）其他处理 row (row-sum broken there) when the
  // report came back divided, because no （六） row was read (pdftotext-raw
  // with every table-3 label apart from its numbers). The round trip has
  // required a diagnostic for their numbers already.
  const paths = relationPaths(broken, 'total' in report.applications.otherHandling ? 'undivided' : 'divided').filter((p) => getPath(report, p) !== undefined);
  const assessable = paths.length > 0 && paths.every((p) => typeof valueAt(report, p) === 'number');
  if (paths.length === 0) {
    // Nothing validate could name.
  } else if (assessable) {
    if (!findings.some((f) => f.code === broken.code && f.severity === 'error' && (f.paths as readonly string[]).includes(broken.cell))) {
      problems.push(`no ${broken.code} error naming ${broken.cell}`);
    }
  } else {
    // One finding for the relation, or one for the whole family when its table has no values at all.
    const over = (f: Finding): boolean => paths.every((p) => (f.paths as readonly string[]).includes(p));
    if (!findings.some((f) => f.code === 'not-assessable' && over(f))) problems.push(`a cell of the ${broken.code} relation at ${broken.cell} came back null, but no not-assessable finding covers the relation`);
  }
  const relationCodes = new Set(['applications-balance', 'results-sum', 'row-sum', 'review-sum']);
  for (const f of findings) {
    if (f.severity === 'error' && relationCodes.has(f.code) && f.code !== broken.code) problems.push(`unexpected ${f.code}: ${f.messageEn}`);
  }
  return { problems, assessable };
}

/** Recall statistics per layout, filled in by the properties and printed after them. */
export interface RecallStats {
  /** Round trips run. */
  runs: number;
  /** Numbers rendered, and given back equal. */
  rendered: number;
  back: number;
  /** The same by report kind (2021, 2019, hybrid). */
  byKind: Record<string, { rendered: number; back: number }>;
  /** Runs in which a known bug (known-bugs.ts) explained some problem, by bug id. */
  knownBugs: Record<string, number>;
  /** Broken-relation runs, and those where every cell of the relation came back (validate had to name it). */
  brokenRuns: number;
  assessable: number;
}

/** A fresh statistics table. */
export function createStats(): Map<string, RecallStats> {
  return new Map();
}

function statsOf(stats: Map<string, RecallStats>, layout: string): RecallStats {
  let s = stats.get(layout);
  if (!s) {
    s = { runs: 0, rendered: 0, back: 0, byKind: {}, knownBugs: {}, brokenRuns: 0, assessable: 0 };
    stats.set(layout, s);
  }
  return s;
}

/** Adds one round trip (and the known bugs that explained its problems) to the statistics of its layout. */
export function record(stats: Map<string, RecallStats>, layout: string, kind: string, trip: RoundTrip, bugs: readonly string[] = []): void {
  const s = statsOf(stats, layout);
  s.rendered += trip.rendered;
  s.back += trip.back;
  const k = (s.byKind[kind] ??= { rendered: 0, back: 0 });
  k.rendered += trip.rendered;
  k.back += trip.back;
  s.runs++;
  for (const id of new Set(bugs)) s.knownBugs[id] = (s.knownBugs[id] ?? 0) + 1;
}

/** Adds one broken-report verdict to the statistics of its layout. */
export function recordBroken(stats: Map<string, RecallStats>, layout: string, verdict: BrokenVerdict): void {
  const s = statsOf(stats, layout);
  s.brokenRuns++;
  if (verdict.assessable) s.assessable++;
}

/** The statistics as a table for the test log. */
export function formatStats(stats: Map<string, RecallStats>): string {
  const rows = [...stats].map(([layout, s]) => {
    const cells = [layout.padEnd(14)];
    if (s.runs > 0) {
      const recall = s.rendered === 0 ? '—' : `${((100 * s.back) / s.rendered).toFixed(1)}%`;
      const bugs = Object.entries(s.knownBugs).map(([id, n]) => `${id} ×${n}`).join(', ');
      const kinds = Object.entries(s.byKind)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, k]) => `${kind} ${k.rendered === 0 ? '—' : `${((100 * k.back) / k.rendered).toFixed(1)}%`}`)
        .join(', ');
      cells.push(`runs ${String(s.runs).padStart(4)}  values back ${String(s.back).padStart(6)}/${String(s.rendered).padEnd(6)} ${recall.padStart(6)} (${kinds})${bugs ? `   known bugs: ${bugs}` : ''}`);
    }
    if (s.brokenRuns > 0) cells.push(`broken relation fully read back in ${s.assessable}/${s.brokenRuns} runs`);
    return cells.join('  ');
  });
  return rows.join('\n');
}

/** Number of runs per property: the base, or FC_NUM_RUNS for long local runs. */
export function numRuns(base: number): number {
  const env = Number(process.env['FC_NUM_RUNS']);
  return Number.isFinite(env) && env > 0 ? env : base;
}
