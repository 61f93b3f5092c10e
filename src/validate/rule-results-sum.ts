import type { Report } from '../model/report.js';
import { applicantColumns, applicationRowPaths, applicationRows } from '../templates/applications-table.js';
import { applicantColumnName, applicationRowName } from './cell-names.js';
import { checkSum, type SumRelation } from './check-sum.js';
import type { Finding } from './finding.js';
import { missingTableFinding, rowOfApplicationPath } from './missing-table.js';
import { applicationsLayout } from './read-cell.js';

/** Rows of 表三 outside 三、本年度办理结果: 一, 二, （七）总计, 四. */
const FRAME_ROWS: ReadonlySet<string> = new Set(applicationRows.filter((r) => r.group === undefined).map((r) => r.path));

/** The result rows （一）…（六） for a （六） layout, in template order. */
export function resultRowPaths(layout: 'divided' | 'undivided'): string[] {
  return applicationRowPaths(layout).filter((p) => !FRAME_ROWS.has(p));
}

/**
 * R2 — 表三, per applicant column: （一）予以公开 + （二）部分公开 +
 * Σ（三）1–8 + Σ（四）1–3 + Σ（五）1–5 + Σ（六） = （七）总计, with （六）
 * as three rows or one (2019 template, and 2021 reports that keep one row).
 */
export function checkResultsSum(report: Report): Finding[] {
  const { all, relations } = resultsSumPlan(applicationsLayout(report));
  const missing = missingTableFinding(report, all, '表三', 'Table 3', '（一）至（六）各项之和 = （七）总计', 'sum of results = total');
  if (missing) return [missing];
  const findings: Finding[] = [];
  for (const relation of relations) {
    const finding = checkSum(report, relation);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** R2's paths and relations for a （六） layout, built once (the same path strings on every read). */
const resultsSumPlans = new Map<'divided' | 'undivided', { readonly all: readonly string[]; readonly relations: readonly SumRelation[] }>();
function resultsSumPlan(layout: 'divided' | 'undivided'): { readonly all: readonly string[]; readonly relations: readonly SumRelation[] } {
  let plan = resultsSumPlans.get(layout);
  if (plan) return plan;
  const rows = resultRowPaths(layout);
  plan = {
    all: applicantColumns.flatMap((c) => [...rows, 'total'].map((r) => `applications.${r}.${c.key}`)),
    relations: applicantColumns.map((column) => ({
      code: 'results-sum',
      where: `表三${applicantColumnName(column.key)}列`,
      whereEn: `Table 3, column ${column.key}`,
      left: rows.map((r) => `applications.${r}.${column.key}`),
      right: [`applications.total.${column.key}`],
      leftWords: '（一）至（六）各项之和',
      rightWords: '（七）总计',
      leftWordsEn: 'sum of results (granted … otherHandling)',
      rightWordsEn: 'total',
      nameOf: (p: string) => applicationRowName(rowOfApplicationPath(p)),
    })),
  };
  resultsSumPlans.set(layout, plan);
  return plan;
}
