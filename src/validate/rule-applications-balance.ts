import type { Report } from '../model/report.js';
import { applicantColumns } from '../templates/applications-table.js';
import { applicantColumnName, applicationRowName } from './cell-names.js';
import { checkSum, type SumRelation } from './check-sum.js';
import type { Finding } from './finding.js';
import { missingTableFinding, rowOfApplicationPath } from './missing-table.js';

/**
 * R1 — 表三, per applicant column: 一、本年新收 + 二、上年结转 =
 * （七）总计 + 四、结转下年度继续办理 (the corner note of the table:
 * 第一项加第二项之和，等于第三项加第四项之和). An `applications-balance`
 * error when it fails, `not-assessable` info when a cell is blank.
 */
export function checkApplicationsBalance(report: Report): Finding[] {
  const { all, relations } = (plan ??= balancePlan());
  const missing = missingTableFinding(report, all, '表三', 'Table 3', '本年新收+上年结转 = 办理结果总计+结转下年度继续办理', 'newReceived + carriedOver = total + carriedForward');
  if (missing) return [missing];
  const findings: Finding[] = [];
  for (const relation of relations) {
    const finding = checkSum(report, relation);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** R1's paths and relations, built on first use (the same path strings on every read). */
let plan: { readonly all: readonly string[]; readonly relations: readonly SumRelation[] } | undefined;
function balancePlan(): { readonly all: readonly string[]; readonly relations: readonly SumRelation[] } {
  const paths = (k: string): string[] => ['newReceived', 'carriedOver', 'total', 'carriedForward'].map((row) => `applications.${row}.${k}`);
  const byColumn = applicantColumns.map((c) => paths(c.key) as [string, string, string, string]);
  return {
    all: byColumn.flat(),
    relations: applicantColumns.map((column, k) => {
      const [newReceived, carriedOver, total, carriedForward] = byColumn[k] as [string, string, string, string];
      return {
        code: 'applications-balance',
        where: `表三${applicantColumnName(column.key)}列`,
        whereEn: `Table 3, column ${column.key}`,
        left: [newReceived, carriedOver],
        right: [total, carriedForward],
        leftWords: '本年新收+上年结转',
        rightWords: '办理结果总计+结转下年度继续办理',
        leftWordsEn: 'newReceived + carriedOver',
        rightWordsEn: 'total + carriedForward',
        nameOf: (p: string) => applicationRowName(rowOfApplicationPath(p)),
      };
    }),
  };
}
