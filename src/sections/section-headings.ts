import type { SectionKind } from '../model/report.js';
import type { LabelEntry } from '../templates/label.js';

/** The six standard sections, matched by what the heading says, not its number. */
export type StandardSectionKind = Exclude<SectionKind, 'preamble' | 'extra'>;

/**
 * Section headings and their variants, most specific first: 行政复议 comes
 * before 申请 because 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
 * mentions both.
 */
export const sectionHeadings: readonly LabelEntry<StandardSectionKind>[] = [
  { key: 'reviewLitigation', label: '四、政府信息公开行政复议、行政诉讼情况', variants: ['行政复议', '行政诉讼'] },
  { key: 'otherMatters', label: '六、其他需要报告的事项', variants: ['其他需要报告', '需要报告的事项', '其他事项'] },
  { key: 'problems', label: '五、存在的主要问题及改进情况', variants: ['存在的主要问题', '主要问题', '存在问题', '改进情况'] },
  { key: 'applications', label: '三、收到和处理政府信息公开申请情况', variants: ['收到和处理', '处理政府信息公开申请', '依申请公开'] },
  { key: 'proactive', label: '二、主动公开政府信息情况', variants: ['主动公开'] },
  { key: 'overview', label: '一、总体情况', variants: ['总体情况', '基本情况', '概述'] },
];

/** The canonical headings without numbers, accepted when a report drops the number. */
export const bareSectionHeadings: ReadonlyMap<string, StandardSectionKind> = new Map([
  ['总体情况', 'overview'],
  ['主动公开政府信息情况', 'proactive'],
  ['收到和处理政府信息公开申请情况', 'applications'],
  ['政府信息公开行政复议、行政诉讼情况', 'reviewLitigation'],
  ['存在的主要问题及改进情况', 'problems'],
  ['政府信息公开工作存在的主要问题及改进情况', 'problems'],
  ['其他需要报告的事项', 'otherMatters'],
]);

/**
 * Full titles of the standard sections as reports write them, used to find
 * headings run into the text of a one-line page (after their 一、…六、).
 */
export const inlineSectionTitles: readonly string[] = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '政府信息公开行政复议和行政诉讼情况',
  '政府信息公开行政法复议、行政诉讼情况', // a typo seen in real reports
  '因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  '存在的主要问题及改进情况',
  '政府信息公开工作存在的主要问题及改进情况',
  '其他需要报告的事项',
];
