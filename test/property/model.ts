import fc from 'fast-check';
import { applicantColumns, applicationRowPaths } from '../../src/templates/applications-table.js';
import { outcomeColumns, reviewGroups } from '../../src/templates/review-litigation-table.js';
import { template2019 } from '../../src/templates/template-2019.js';
import { template2021 } from '../../src/templates/template-2021.js';

/**
 * The report a property generates: the values of tables 2, 3 and 4 by model
 * path, and what the template arithmetic says about them. This is the
 * oracle; the renderers turn it into text and the parser must give these
 * values back (or null with a diagnostic).
 */

/**
 * Which tables the report has: the 2021 template, the 2019 template, or the
 * hybrid seen in the corpus — a 2021 table 2 with one undivided （六）其他处理
 * row in table 3 (002/004 hongze).
 */
export type ReportKind = '2021' | '2019' | 'hybrid';

/** The three tables a report has. */
export type TableKind = 'proactive' | 'applications' | 'reviewLitigation';

/** A generated report: metadata and every table value by its `flattenReport` path. */
export interface ModelReport {
  /** Which template the tables follow. */
  readonly kind: ReportKind;
  /** 发布机关, as printed in the title. */
  readonly organization: string;
  /** 报告年度: 2019–2020 for the 2019 template, 2021 on for the others. */
  readonly year: number;
  /** Table 2 values, `proactive.<row>.<column>`. */
  readonly proactive: ReadonlyMap<string, number>;
  /** Table 3 rows, by row path under `applications`, seven values in column order. */
  readonly applications: ReadonlyMap<string, readonly number[]>;
  /** Table 4 groups in template order, five values each (维持, 纠正, 其他, 尚未审结, 总计). */
  readonly reviewLitigation: ReadonlyMap<string, readonly number[]>;
}

/** The template a report kind's table 2 follows. */
export function templateOf(kind: ReportKind): '2021' | '2019' {
  return kind === '2019' ? '2019' : '2021';
}

/** How （六）其他处理 is laid out in a report of this kind. */
export function otherHandlingOf(kind: ReportKind): 'divided' | 'undivided' {
  return kind === '2021' ? 'divided' : 'undivided';
}

/** Table-2 layout (row → columns) of a report kind. */
export function proactiveLayoutOf(kind: ReportKind): Readonly<Record<string, readonly string[]>> {
  return templateOf(kind) === '2019' ? template2019.proactive : template2021.proactive;
}

/** Column keys of table 3 in template order: six applicant kinds and 总计. */
export const applicantKeys: readonly string[] = applicantColumns.map((c) => c.key);

/** Outcome keys of table 4 in template order. */
export const outcomeKeys: readonly string[] = outcomeColumns.map((c) => c.key);

/** Group keys of table 4 in template order. */
export const reviewGroupKeys: readonly string[] = reviewGroups.map((g) => g.key);

/** Table-3 rows outside 三、本年度办理结果. */
const FRAME_ROWS = new Set(['newReceived', 'carriedOver', 'total', 'carriedForward']);

/** The result rows （一）…（六） of table 3 for a （六） layout. */
export function resultRows(otherHandling: 'divided' | 'undivided'): string[] {
  return applicationRowPaths(otherHandling).filter((p) => !FRAME_ROWS.has(p));
}

/** Every table value of a model report by its full model path, in template order. */
export function modelValues(report: ModelReport): Map<string, number> {
  const values = new Map<string, number>();
  for (const [path, v] of report.proactive) values.set(`proactive.${path}`, v);
  for (const row of applicationRowPaths(otherHandlingOf(report.kind))) {
    const seven = report.applications.get(row) ?? [];
    applicantKeys.forEach((c, k) => values.set(`applications.${row}.${c}`, seven[k] as number));
  }
  for (const group of reviewGroupKeys) {
    const five = report.reviewLitigation.get(group) ?? [];
    outcomeKeys.forEach((c, k) => values.set(`reviewLitigation.${group}.${c}`, five[k] as number));
  }
  return values;
}

/** The table a model path belongs to. */
export function tableOfPath(path: string): TableKind {
  return path.slice(0, path.indexOf('.')) as TableKind;
}

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

/** A count as reports have them: many zeros, many small numbers, some in the thousands. */
const count: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 40 }) },
  { weight: 2, arbitrary: fc.integer({ min: 41, max: 999 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 9999 }) },
);

/** A big count of table 2 (行政许可 1166001 in seed 000). */
const bigCount: fc.Arbitrary<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 999 }) },
  { weight: 2, arbitrary: fc.integer({ min: 1000, max: 2_000_000 }) },
);

/** An amount of money in 万元 with up to four decimals (61175.6871, 127.3, 0). */
const money: fc.Arbitrary<number> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 4 })).map(([a, b, d]) => Number((a + (b % 10 ** d) / 10 ** d).toFixed(d))) },
);

/** 本年增/减: signed. */
const change: fc.Arbitrary<number> = fc.oneof(fc.constant(0), fc.integer({ min: -60, max: 200 }));

const ORGANIZATIONS = ['某某市人民政府', '某某县人民政府办公室', '某某区人民政府', '某某市自然资源和规划局', '某某经济开发区管委会', '某某市教育局'];

function proactiveArb(kind: ReportKind): fc.Arbitrary<Map<string, number>> {
  const layout = proactiveLayoutOf(kind);
  const entries: [string, fc.Arbitrary<number>][] = [];
  for (const [row, columns] of Object.entries(layout)) {
    for (const column of columns) {
      const arb = column === 'amount' ? money : column === 'change' ? change : row === 'regulations' ? fc.integer({ min: 0, max: 60 }) : bigCount;
      entries.push([`${row}.${column}`, arb]);
    }
  }
  return fc.tuple(...entries.map(([, a]) => a)).map((values) => new Map(entries.map(([p], k) => [p, values[k] as number])));
}

const withTotal = (six: readonly number[]): number[] => [...six, six.reduce((a, b) => a + b, 0)];

function applicationsArb(otherHandling: 'divided' | 'undivided'): fc.Arbitrary<Map<string, number[]>> {
  const results = resultRows(otherHandling);
  const six = (arb: fc.Arbitrary<number>): fc.Arbitrary<number[]> => fc.array(arb, { minLength: 6, maxLength: 6 });
  return fc
    .record({
      results: fc.array(six(count), { minLength: results.length, maxLength: results.length }),
      carriedOver: six(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 }))),
      carriedForward: six(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 }))),
    })
    .map(({ results: rows, carriedOver, carriedForward }) => {
      const table = new Map<string, number[]>();
      results.forEach((p, k) => table.set(p, withTotal(rows[k] as number[])));
      const totalSix = [0, 1, 2, 3, 4, 5].map((c) => rows.reduce((a, r) => a + (r[c] as number), 0));
      // 新收 = 总计 + 结转下年度 − 上年结转, kept ≥ 0 by capping 上年结转.
      const carried = carriedOver.map((v, c) => Math.min(v, (totalSix[c] as number) + (carriedForward[c] as number)));
      const newSix = totalSix.map((t, c) => t + (carriedForward[c] as number) - (carried[c] as number));
      table.set('newReceived', withTotal(newSix));
      table.set('carriedOver', withTotal(carried));
      table.set('total', withTotal(totalSix));
      table.set('carriedForward', withTotal(carriedForward));
      return table;
    });
}

const reviewArb: fc.Arbitrary<Map<string, number[]>> = fc
  .array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 80 })), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 })
  .map((groups) => new Map(reviewGroupKeys.map((g, k) => [g, withTotal(groups[k] as number[])])));

/**
 * A consistent report of one kind: every relation `validate` checks holds —
 * R1 新收 + 上年结转 = 总计 + 结转下年度 per column, R2 the result rows sum
 * to （七）总计 per column, R3 each row's six columns sum to its 总计, R4
 * each table-4 group's four outcomes sum to its 总计.
 */
export function consistentReport(kind: ReportKind): fc.Arbitrary<ModelReport> {
  const years = kind === '2019' ? fc.integer({ min: 2019, max: 2020 }) : fc.integer({ min: 2021, max: 2025 });
  return fc
    .record({
      organization: fc.constantFrom(...ORGANIZATIONS),
      year: years,
      proactive: proactiveArb(kind),
      applications: applicationsArb(otherHandlingOf(kind)),
      reviewLitigation: reviewArb,
    })
    .map((r) => ({ kind, ...r }));
}

/** A consistent report of any kind. */
export const anyConsistentReport: fc.Arbitrary<ModelReport> = fc.constantFrom<ReportKind>('2021', '2019', 'hybrid').chain(consistentReport);

// ---------------------------------------------------------------------------
// Breaking one relation
// ---------------------------------------------------------------------------

/** The relations validate checks, by the finding code that names a failure. */
export type RelationCode = 'applications-balance' | 'results-sum' | 'row-sum' | 'review-sum';

/** A report with one relation broken, and the cell the break was made at. */
export interface BrokenReport {
  readonly report: ModelReport;
  /** The finding code validate must give. */
  readonly code: RelationCode;
  /** The cell that was changed first: the finding's paths must include it. */
  readonly cell: string;
  /** Every cell changed. */
  readonly changed: readonly string[];
}

function bump(table: Map<string, readonly number[]>, row: string, column: number, by: number): void {
  const values = [...(table.get(row) ?? [])];
  values[column] = (values[column] as number) + by;
  table.set(row, values);
}

/**
 * Breaks exactly one family of relations, adding `by` (> 0, so no value goes
 * negative) to a few cells chosen so that every other family still holds
 * (a single R3 failure alone is impossible: the relations are dependent, so
 * R3 is broken in three rows of one column while R1 and R2 still hold):
 *
 * - `applications-balance` (R1): 一、本年新收 · column c and its 总计 → R1
 *   fails for c and 总计; R2, R3 hold.
 * - `results-sum` (R2): result row r · column c and its 总计 → R2 fails for
 *   c and 总计; R1, R3 hold.
 * - `row-sum` (R3): column c of result row r, of （七）总计 and of 一、本年新收
 *   (c not 总计) → R3 fails in those three rows; R1, R2 hold.
 * - `review-sum` (R4): one cell of one table-4 group.
 */
export function breakRelation(report: ModelReport, code: RelationCode, pick: { row: number; column: number; by: number }): BrokenReport {
  const applications = new Map(report.applications);
  const review = new Map(report.reviewLitigation);
  const results = resultRows(otherHandlingOf(report.kind));
  const part = pick.column % 6;
  const anyColumn = pick.column % 7;
  const row = results[pick.row % results.length] as string;
  const at = (r: string, c: number): string => `applications.${r}.${applicantKeys[c]}`;
  let changed: string[];
  switch (code) {
    case 'applications-balance':
      bump(applications, 'newReceived', part, pick.by);
      bump(applications, 'newReceived', 6, pick.by);
      changed = [at('newReceived', part), at('newReceived', 6)];
      break;
    case 'results-sum':
      bump(applications, row, part, pick.by);
      bump(applications, row, 6, pick.by);
      changed = [at(row, part), at(row, 6)];
      break;
    case 'row-sum':
      bump(applications, row, part, pick.by);
      bump(applications, 'total', part, pick.by);
      bump(applications, 'newReceived', part, pick.by);
      changed = [at(row, part), at('total', part), at('newReceived', part)];
      break;
    case 'review-sum': {
      const group = reviewGroupKeys[pick.row % 3] as string;
      bump(review, group, anyColumn % 5, pick.by);
      changed = [`reviewLitigation.${group}.${outcomeKeys[anyColumn % 5]}`];
      break;
    }
  }
  return { report: { ...report, applications, reviewLitigation: review }, code, cell: changed[0] as string, changed };
}

/** A report with one relation family broken. */
export function brokenReport(kind: fc.Arbitrary<ReportKind>): fc.Arbitrary<BrokenReport> {
  return fc
    .tuple(
      kind.chain(consistentReport),
      fc.constantFrom<RelationCode>('applications-balance', 'results-sum', 'row-sum', 'review-sum'),
      fc.record({ row: fc.nat({ max: 30 }), column: fc.nat({ max: 6 }), by: fc.integer({ min: 1, max: 9 }) }),
    )
    .map(([report, code, pick]) => breakRelation(report, code, pick));
}
