import type { Report } from '../model/report.js';
import { applicantColumns, applicationRowPaths } from '../templates/applications-table.js';
import { applicantColumnName, applicationRowName, organizationsName } from './cell-names.js';
import { checkSum, type SumRelation } from './check-sum.js';
import { makeFinding, type Finding } from './finding.js';
import { missingTableFinding } from './missing-table.js';
import { applicationsLayout, readCell } from './read-cell.js';

/** A way to read two adjacent cells as one number that makes a row add up. */
export interface JoinedCells {
  /** Column key of the left cell. */
  readonly left: string;
  /** Column key of the right cell. */
  readonly right: string;
  /** The two values as read. */
  readonly values: readonly [number, number];
  /** The number they make when joined: 1 and 0 → 10. */
  readonly joined: number;
}

/**
 * R3 — 表三, per row (all rows): 自然人 + the five 法人或其他组织 columns =
 * 总计. When a row fails and reading two adjacent cells as one number (1 and
 * 0 → 10: a number split over two cells by a converter, the rest of the row
 * shifted) would make it hold, the finding carries that as a suggestion. The
 * values are never changed.
 */
export function checkRowSum(report: Report): Finding[] {
  const { all, leftWords, relations } = rowSumPlan(applicationsLayout(report));
  const missing = missingTableFinding(report, all, '表三', 'Table 3', `${leftWords} = ${applicantColumnName('total')}`, 'sum of applicant columns = total');
  if (missing) return [missing];
  const findings: Finding[] = [];
  for (const { row, relation } of relations) {
    const finding = checkSum(report, relation);
    if (!finding) continue;
    const cells = applicantColumns.map((c) => ({ key: c.key, value: readCell(report, `applications.${row}.${c.key}`) }));
    const joins = finding.code === 'row-sum' ? findJoinedCells(cells) : [];
    if (joins.length === 0) {
      findings.push(finding);
      continue;
    }
    findings.push(
      makeFinding({
        ...finding,
        suggestion: `疑为相邻两格数字被拆分：${joins.map((j) => `${applicantColumnName(j.left)}栏的${j.values[0]}与${applicantColumnName(j.right)}栏的${j.values[1]}合并为${j.joined}后本行合计相符`).join('；或')}`,
        suggestionEn: `Possibly one number split over two cells: ${joins.map((j) => `${j.left} ${j.values[0]} and ${j.right} ${j.values[1]} joined give ${j.joined}, and the row adds up`).join('; or ')}`,
      }),
    );
  }
  return findings;
}

interface RowSumPlan {
  readonly all: readonly string[];
  readonly leftWords: string;
  readonly relations: readonly { readonly row: string; readonly relation: SumRelation }[];
}

/**
 * R3's paths and relations for a （六） layout, built once: the same for
 * every report of that layout, and the same path strings on every read.
 */
const rowSumPlans = new Map<'divided' | 'undivided', RowSumPlan>();
function rowSumPlan(layout: 'divided' | 'undivided'): RowSumPlan {
  let plan = rowSumPlans.get(layout);
  if (plan) return plan;
  const rows = applicationRowPaths(layout);
  const parts = applicantColumns.filter((c) => c.key !== 'total');
  const leftWords = `${applicantColumnName('naturalPerson')}与${organizationsName}各列之和`;
  plan = {
    all: rows.flatMap((r) => applicantColumns.map((c) => `applications.${r}.${c.key}`)),
    leftWords,
    relations: rows.map((row) => ({
      row,
      relation: {
        code: 'row-sum',
        where: `表三“${applicationRowName(row)}”行`,
        whereEn: `Table 3, row ${row}`,
        left: parts.map((c) => `applications.${row}.${c.key}`),
        right: [`applications.${row}.total`],
        leftWords,
        rightWords: applicantColumnName('total'),
        leftWordsEn: 'naturalPerson + the five organisation columns',
        rightWordsEn: 'total',
        nameOf: applicantColumnNameOfPath,
      },
    })),
  };
  rowSumPlans.set(layout, plan);
  return plan;
}

function applicantColumnNameOfPath(path: string): string {
  return applicantColumnName(path.slice(path.lastIndexOf('.') + 1));
}

/**
 * The pairs of adjacent cells of a row (parts then total, in column order)
 * that, read as one number, make the row add up: with cells i and i+1
 * joined, the row has one value fewer, its last value is the total and the
 * ones before it are the parts. A left cell of 0 is never joined (no number
 * is written 05).
 *
 * @example
 * ```ts
 * // A row written 10 0 0 0 3 0 | 13, read as 1 0 0 0 0 3 | 13 (10 split in two, a 0 lost):
 * findJoinedCells(cells);
 * // [{ left: 'naturalPerson', right: 'commercial', values: [1, 0], joined: 10 }]
 * ```
 */
export function findJoinedCells(cells: readonly { readonly key: string; readonly value: number | null }[]): JoinedCells[] {
  const values = cells.map((c) => c.value);
  const found: JoinedCells[] = [];
  for (let i = 0; i + 1 < values.length; i++) {
    const a = values[i];
    const b = values[i + 1];
    if (!isCount(a) || !isCount(b) || a === 0) continue;
    const joined = Number(`${a}${b}`);
    if (!Number.isSafeInteger(joined)) continue;
    const row = [...values.slice(0, i), joined, ...values.slice(i + 2)];
    const last = row[row.length - 1];
    if (!isCount(last)) continue;
    let sum = 0;
    let complete = true;
    for (const v of row.slice(0, -1)) {
      if (!isCount(v)) complete = false;
      else sum += v;
    }
    if (complete && sum === last) found.push({ left: (cells[i] as { key: string }).key, right: (cells[i + 1] as { key: string }).key, values: [a, b], joined });
  }
  return found;
}

function isCount(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
