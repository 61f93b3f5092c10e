import type { OutcomeCounts, ReviewLitigationTable } from '../model/report.js';
import type { LabelEntry } from './label.js';

/** 表四 政府信息公开行政复议、行政诉讼情况 — the same in both templates. */

/** The three groups in template order: 行政复议, 未经复议直接起诉, 复议后起诉. */
export const reviewGroups: readonly LabelEntry<keyof ReviewLitigationTable>[] = [
  { key: 'review', label: '行政复议', variants: ['行政复议', '行政法复议'] },
  { key: 'directSuit', label: '未经复议直接起诉', variants: ['未经复议直接起诉', '直接起诉'] },
  { key: 'suitAfterReview', label: '复议后起诉', variants: ['复议后起诉'] },
];

/** The five outcome columns of each group, in template order. */
export const outcomeColumns: readonly LabelEntry<keyof OutcomeCounts>[] = [
  { key: 'upheld', label: '结果维持', variants: ['结果维持', '维持'] },
  { key: 'corrected', label: '结果纠正', variants: ['结果纠正', '纠正'] },
  { key: 'other', label: '其他结果', variants: ['其他结果'] },
  { key: 'pending', label: '尚未审结', variants: ['尚未审结', '未审结'] },
  { key: 'total', label: '总计', variants: ['总计', '合计'], exact: true },
];

/** Header cells of table 4 that are neither groups nor outcomes. */
export const reviewHeaderLabels: readonly LabelEntry[] = [
  { key: 'litigation', label: '行政诉讼', variants: ['行政诉讼'] },
];

/** The 15 value paths of table 4 in reading order. */
export const reviewPaths: readonly `${keyof ReviewLitigationTable}.${keyof OutcomeCounts}`[] = reviewGroups.flatMap((g) =>
  outcomeColumns.map((c) => `${g.key}.${c.key}` as const),
);
