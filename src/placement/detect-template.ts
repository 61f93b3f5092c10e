import type { TemplateId } from '../model/report.js';
import type { ProactiveColumnKey, ProactiveRowKey } from '../templates/proactive-table.js';

/** What the tables say about the template. */
export interface TemplateEvidence {
  /** Column keys seen in table 2 headers. */
  readonly proactiveColumns: ReadonlySet<ProactiveColumnKey>;
  /** Row keys seen in table 2. */
  readonly proactiveRows: ReadonlySet<ProactiveRowKey>;
  /** How table 3 lays out （六）其他处理, or null without table 3. */
  readonly otherHandling: 'divided' | 'undivided' | null;
  /** The report year, a hint only. */
  readonly year: number | null;
}

/** The decision and whether the evidence disagreed. */
export interface TemplateDecision {
  /** The template. */
  readonly template: TemplateId;
  /** True when the tables point to both templates. */
  readonly ambiguous: boolean;
}

const ONLY_2021: readonly ProactiveColumnKey[] = ['issued', 'repealed', 'inForce'];
const ONLY_2019: readonly ProactiveColumnKey[] = ['newlyMade', 'newlyPublished', 'totalPublished', 'previousYearItems', 'change', 'projects'];

/**
 * Decides the template from the tables themselves: table 2's columns
 * (本年制发件数… → 2021; 本年新制作数量, 上一年项目数量, 其他对外管理服务事项,
 * 政府集中采购 → 2019), then table 3's （六） layout — weakly, since some 2021
 * reports keep one （六） row — and only then the year. A report before 2019
 * has no template tables: `pre2019`.
 */
export function detectTemplate(evidence: TemplateEvidence): TemplateDecision {
  const { year } = evidence;
  if (year !== null && year < 2019) return { template: 'pre2019', ambiguous: false };
  let score2021 = 0;
  let score2019 = 0;
  for (const c of evidence.proactiveColumns) {
    if (ONLY_2021.includes(c)) score2021++;
    if (ONLY_2019.includes(c)) score2019++;
  }
  if (evidence.proactiveRows.has('otherServices') || evidence.proactiveRows.has('procurement')) score2019++;
  if (score2019 > 0 || score2021 > 0) {
    return { template: score2019 > score2021 ? '2019' : '2021', ambiguous: score2019 > 0 && score2021 > 0 };
  }
  if (evidence.otherHandling === 'divided') return { template: '2021', ambiguous: false };
  if (year !== null) return { template: year >= 2021 ? '2021' : '2019', ambiguous: false };
  if (evidence.otherHandling === 'undivided') return { template: '2019', ambiguous: false };
  return { template: 'unknown', ambiguous: false };
}
