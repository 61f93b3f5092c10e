import type { Report } from '../model/report.js';
import { outcomeColumns, reviewGroups } from '../templates/review-litigation-table.js';
import { outcomeName, reviewGroupName } from './cell-names.js';
import { checkSum, type SumRelation } from './check-sum.js';
import type { Finding } from './finding.js';
import { missingTableFinding } from './missing-table.js';

/**
 * R4 — 表四, for 行政复议, 未经复议直接起诉 and 复议后起诉: 结果维持 +
 * 结果纠正 + 其他结果 + 尚未审结 = 总计.
 */
export function checkReviewSum(report: Report): Finding[] {
  const { all, leftWords, leftWordsEn, relations } = (plan ??= reviewSumPlan());
  const missing = missingTableFinding(report, all, '表四', 'Table 4', `${leftWords} = ${outcomeName('total')}`, `${leftWordsEn} = total`);
  if (missing) return [missing];
  const findings: Finding[] = [];
  for (const relation of relations) {
    const finding = checkSum(report, relation);
    if (finding) findings.push(finding);
  }
  return findings;
}

interface ReviewSumPlan {
  readonly all: readonly string[];
  readonly leftWords: string;
  readonly leftWordsEn: string;
  readonly relations: readonly SumRelation[];
}

/** R4's paths and relations, built on first use (the same path strings on every read). */
let plan: ReviewSumPlan | undefined;
function reviewSumPlan(): ReviewSumPlan {
  const parts = outcomeColumns.filter((c) => c.key !== 'total');
  const leftWords = parts.map((c) => c.label).join('+');
  const leftWordsEn = parts.map((c) => c.key).join(' + ');
  return {
    all: reviewGroups.flatMap((g) => outcomeColumns.map((c) => `reviewLitigation.${g.key}.${c.key}`)),
    leftWords,
    leftWordsEn,
    relations: reviewGroups.map((group) => ({
      code: 'review-sum',
      where: `表四“${reviewGroupName(group.key)}”`,
      whereEn: `Table 4, ${group.key}`,
      left: parts.map((c) => `reviewLitigation.${group.key}.${c.key}`),
      right: [`reviewLitigation.${group.key}.total`],
      leftWords,
      rightWords: outcomeName('total'),
      leftWordsEn,
      rightWordsEn: 'total',
      nameOf: (p: string) => outcomeName(p.slice(p.lastIndexOf('.') + 1)),
    })),
  };
}
