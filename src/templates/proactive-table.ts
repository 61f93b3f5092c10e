import type { LabelEntry } from './label.js';

/**
 * 表二 主动公开政府信息情况. The 2019 and 2021 templates share its frame
 * (第二十条第（X）项 blocks of 信息内容 + column headers + rows) but not its
 * columns; the labels of both are listed here, and each template says which
 * row × column cells it has.
 */

/** Row keys of table 2, across both templates. */
export type ProactiveRowKey =
  | 'regulations'
  | 'normativeDocuments'
  | 'licensing'
  | 'otherServices'
  | 'punishment'
  | 'enforcement'
  | 'fees'
  | 'procurement';

/** Column keys of table 2, across both templates. */
export type ProactiveColumnKey =
  | 'issued'
  | 'repealed'
  | 'inForce'
  | 'newlyMade'
  | 'newlyPublished'
  | 'totalPublished'
  | 'previousYearItems'
  | 'change'
  | 'decisions'
  | 'amount'
  | 'projects';

/** Row labels, specific before general (其他对外管理服务事项 before 行政许可…). */
export const proactiveRows: readonly LabelEntry<ProactiveRowKey>[] = [
  { key: 'otherServices', label: '其他对外管理服务事项', variants: ['其他对外管理服务事项', '对外管理服务事项'] },
  { key: 'normativeDocuments', label: '行政规范性文件', variants: ['规范性文件'] },
  { key: 'regulations', label: '规章', variants: ['规章'], exact: true },
  { key: 'licensing', label: '行政许可', variants: ['行政许可'], exact: true },
  { key: 'punishment', label: '行政处罚', variants: ['行政处罚'], exact: true },
  { key: 'enforcement', label: '行政强制', variants: ['行政强制'], exact: true },
  { key: 'fees', label: '行政事业性收费', variants: ['行政事业性收费', '事业性收费'] },
  { key: 'procurement', label: '政府集中采购', variants: ['政府集中采购', '集中采购'] },
];

/** Column labels, specific before general. */
export const proactiveColumns: readonly LabelEntry<ProactiveColumnKey>[] = [
  { key: 'issued', label: '本年制发件数', variants: ['制发件数', '本年制发'] },
  { key: 'repealed', label: '本年废止件数', variants: ['废止件数', '本年废止'] },
  { key: 'inForce', label: '现行有效件数', variants: ['现行有效'] },
  { key: 'newlyMade', label: '本年新制作数量', variants: ['新制作数量', '新制作'] },
  { key: 'newlyPublished', label: '本年新公开数量', variants: ['新公开数量', '本年新公开'] },
  { key: 'totalPublished', label: '对外公开总数量', variants: ['对外公开总数量', '公开总数量'] },
  { key: 'previousYearItems', label: '上一年项目数量', variants: ['上一年项目数量', '上年项目数量', '上一年项目'] },
  { key: 'change', label: '本年增/减', variants: ['增/减', '增减', '增(减)'] },
  { key: 'decisions', label: '处理决定数量', variants: ['处理决定数量', '处理决定'] },
  { key: 'projects', label: '采购项目数量', variants: ['采购项目数量', '采购项目'] },
  { key: 'amount', label: '本年收费金额 / 采购总金额', variants: ['收费金额', '采购总金额', '总金额'] },
];

/**
 * The whole header of each column as the templates print it, in
 * {@link labelKey} form, for reading a header wrapped over lines (where
 * only the words joined spell it).
 */
export const proactiveHeaderForms: Readonly<Record<ProactiveColumnKey, readonly string[]>> = {
  issued: ['本年制发件数'],
  repealed: ['本年废止件数'],
  inForce: ['现行有效件数'],
  newlyMade: ['本年新制作数量'],
  newlyPublished: ['本年新公开数量'],
  totalPublished: ['对外公开总数量'],
  previousYearItems: ['上一年项目数量'],
  change: ['本年增/减', '本年增减'],
  decisions: ['本年处理决定数量', '处理决定数量'],
  projects: ['采购项目数量'],
  amount: ['本年收费金额', '采购总金额'],
};

/** Cells of table 2 that frame blocks: 第二十条第（X）项 and 信息内容. */
export const proactiveFrameLabels: readonly LabelEntry<'article' | 'contentHeader'>[] = [
  { key: 'article', label: '第二十条第（一）项', variants: ['第二十条', '第二十条第'] },
  { key: 'contentHeader', label: '信息内容', variants: ['信息内容'], exact: true },
];

/** Which columns each row has in a template, in template order. */
export type ProactiveLayout = Readonly<Partial<Record<ProactiveRowKey, readonly ProactiveColumnKey[]>>>;
