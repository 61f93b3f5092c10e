import type { ApplicantCounts } from '../model/report.js';
import type { LabelEntry } from './label.js';

/**
 * 表三 收到和处理政府信息公开申请情况, shared by the 2019 and 2021 templates
 * (they differ only in （六）其他处理: one row or three).
 */

/** Applicant columns in template order: 自然人, 法人或其他组织 ×5, 总计. */
export const applicantColumns: readonly LabelEntry<keyof ApplicantCounts>[] = [
  { key: 'naturalPerson', label: '自然人', variants: ['自然人'] },
  // The short forms are these labels wrapped by pdftotext (商业企 / 业): a
  // header repeated after a page break comes with them.
  { key: 'commercial', label: '商业企业', variants: ['商业企业', '商业企'] },
  { key: 'research', label: '科研机构', variants: ['科研机构', '科研机'] },
  { key: 'publicWelfare', label: '社会公益组织', variants: ['社会公益组织', '公益组织', '社会公'] },
  { key: 'legalService', label: '法律服务机构', variants: ['法律服务机构', '法律服'] },
  { key: 'other', label: '其他', variants: ['其他'], exact: true },
  { key: 'total', label: '总计', variants: ['总计', '合计'], exact: true },
];

/** Header cells that are not columns: the corner note and column groups. */
export const applicantHeaderLabels: readonly LabelEntry[] = [
  { key: 'cornerNote', label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', variants: ['勾稽关系', '本列数据'] },
  { key: 'applicants', label: '申请人情况', variants: ['申请人情况'] },
  { key: 'organizations', label: '法人或其他组织', variants: ['法人或其他组织', '法人或者其他组织'] },
];

/** A row of table 3: `path` is its dotted path under `applications`. */
export interface ApplicationRowEntry<P extends string = string> extends LabelEntry {
  /** Dotted path under `applications`, e.g. `denied.stateSecret`. */
  readonly path: P;
  /** The group heading the row sits under, if any. */
  readonly group?: ApplicationGroupKey;
}

/** The group headings of table 3's 三、本年度办理结果. */
export type ApplicationGroupKey = 'results' | 'denied' | 'unableToProvide' | 'notProcessed' | 'otherHandling';

/**
 * Group headings. （六）其他处理 doubles as a row when the table has it
 * undivided: it is then followed by numbers, not by sub-rows.
 */
export const applicationGroups: readonly LabelEntry<ApplicationGroupKey>[] = [
  { key: 'results', label: '三、本年度办理结果', variants: ['本年度办理结果', '办理结果'] },
  { key: 'denied', label: '（三）不予公开', variants: ['不予公开'] },
  { key: 'unableToProvide', label: '（四）无法提供', variants: ['无法提供'] },
  { key: 'notProcessed', label: '（五）不予处理', variants: ['不予处理'] },
  { key: 'otherHandling', label: '（六）其他处理', variants: ['其他处理'] },
];

// The rows as literal data, so that their paths are a type (ApplicationRowPath).
const rows = [
  { path: 'newReceived', key: 'newReceived', label: '一、本年新收政府信息公开申请数量', variants: ['本年新收'] },
  { path: 'carriedOver', key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', variants: ['上年结转'] },
  { path: 'carriedForward', key: 'carriedForward', label: '四、结转下年度继续办理', variants: ['结转下年度', '结转下一年度'] },
  { path: 'granted', key: 'granted', label: '（一）予以公开', variants: ['予以公开'], group: 'results' },
  { path: 'partiallyGranted', key: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', variants: ['部分公开'], group: 'results' },
  { path: 'denied.stateSecret', key: 'stateSecret', label: '1.属于国家秘密', variants: ['国家秘密'], group: 'denied' },
  { path: 'denied.prohibitedByLaw', key: 'prohibitedByLaw', label: '2.其他法律行政法规禁止公开', variants: ['禁止公开', '其他法律', '行政止公开'], group: 'denied' },
  { path: 'denied.threeSecurities', key: 'threeSecurities', label: '3.危及"三安全一稳定"', variants: ['三安全一稳定', '三安全'], group: 'denied' },
  { path: 'denied.thirdPartyRights', key: 'thirdPartyRights', label: '4.保护第三方合法权益', variants: ['第三方合法权益', '第三方'], group: 'denied' },
  { path: 'denied.internalAffairs', key: 'internalAffairs', label: '5.属于三类内部事务信息', variants: ['内部事务'], group: 'denied' },
  { path: 'denied.processInformation', key: 'processInformation', label: '6.属于四类过程性信息', variants: ['过程性信息'], group: 'denied' },
  { path: 'denied.enforcementFile', key: 'enforcementFile', label: '7.属于行政执法案卷', variants: ['行政执法案卷', '执法案卷'], group: 'denied' },
  { path: 'denied.administrativeQuery', key: 'administrativeQuery', label: '8.属于行政查询事项', variants: ['行政查询事项', '查询事项'], group: 'denied' },
  { path: 'unableToProvide.notHeld', key: 'notHeld', label: '1.本机关不掌握相关政府信息', variants: ['不掌握'], group: 'unableToProvide' },
  { path: 'unableToProvide.needsCreation', key: 'needsCreation', label: '2.没有现成信息需要另行制作', variants: ['另行制作', '没有现成信息'], group: 'unableToProvide' },
  { path: 'unableToProvide.unclearAfterCorrection', key: 'unclearAfterCorrection', label: '3.补正后申请内容仍不明确', variants: ['补正后', '仍不明确'], group: 'unableToProvide' },
  { path: 'notProcessed.complaint', key: 'complaint', label: '1.信访举报投诉类申请', variants: ['信访举报投诉', '信访举报'], group: 'notProcessed' },
  { path: 'notProcessed.duplicate', key: 'duplicate', label: '2.重复申请', variants: ['重复申请'], group: 'notProcessed' },
  { path: 'notProcessed.publication', key: 'publication', label: '3.要求提供公开出版物', variants: ['公开出版物'], group: 'notProcessed' },
  { path: 'notProcessed.excessive', key: 'excessive', label: '4.无正当理由大量反复申请', variants: ['大量反复'], group: 'notProcessed' },
  { path: 'notProcessed.confirmation', key: 'confirmation', label: '5.要求行政机关确认或重新出具已获取信息', variants: ['重新出具', '确认或'], group: 'notProcessed' },
  { path: 'otherHandling.noCorrection', key: 'noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', variants: ['逾期不补正'], group: 'otherHandling' },
  { path: 'otherHandling.unpaidFee', key: 'unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', variants: ['缴纳费用', '收费通知'], group: 'otherHandling' },
  { path: 'otherHandling.other', key: 'other', label: '3.其他', variants: ['其他'], exact: true, group: 'otherHandling' },
  { path: 'total', key: 'total', label: '（七）总计', variants: ['总计', '合计'], exact: true },
] as const satisfies readonly ApplicationRowEntry[];

/**
 * The row paths of table 3 under `applications`, as the data above lists
 * them (`denied.stateSecret`, `otherHandling.noCorrection`, …), plus
 * `otherHandling.total` for an undivided （六）其他处理.
 */
export type ApplicationRowPath = (typeof rows)[number]['path'] | 'otherHandling.total';

/**
 * Leaf rows, most specific first. Variants are distinctive fragments of the
 * template wording, so that abbreviations and typos around them still match.
 */
export const applicationRows: readonly ApplicationRowEntry<(typeof rows)[number]['path']>[] = rows;

/** Row paths of table 3 in template order, for the divided or undivided （六）. */
export function applicationRowPaths(otherHandling: 'divided' | 'undivided'): readonly ApplicationRowPath[] {
  // Built once per layout: the mapper and the validator ask for them on every report.
  return (ROW_PATHS[otherHandling] ??= Object.freeze(buildRowPaths(otherHandling)));
}

const ROW_PATHS: { divided?: readonly ApplicationRowPath[]; undivided?: readonly ApplicationRowPath[] } = {};

function buildRowPaths(otherHandling: 'divided' | 'undivided'): ApplicationRowPath[] {
  const paths: ApplicationRowPath[] = [];
  for (const row of applicationRows) {
    if (row.path === 'carriedForward') continue;
    if (row.group === 'otherHandling') {
      if (otherHandling === 'divided') paths.push(row.path);
      else if (row.key === 'noCorrection') paths.push('otherHandling.total');
      continue;
    }
    paths.push(row.path);
  }
  paths.push('carriedForward');
  return paths;
}

/** `applications.<row>.<column>` of every row of both layouts, in column order, built at first use. */
let CELL_PATHS: Map<string, readonly string[]> | undefined;

/**
 * The model paths of a table-3 row's cells, `applications.<row>.<column>`
 * in the order of {@link applicantColumns}. The mapper looks cells up by
 * path many times per row; a path built once is one string whose hash V8
 * keeps, where a template literal per lookup was a new string to build and
 * hash each time. A row outside the template gets its paths built (and not
 * kept).
 */
export function cellPaths(rowPath: string): readonly string[] {
  if (!CELL_PATHS) {
    CELL_PATHS = new Map();
    for (const layout of ['divided', 'undivided'] as const) {
      for (const row of applicationRowPaths(layout)) CELL_PATHS.set(row, Object.freeze(applicantColumns.map((col) => `applications.${row}.${col.key}`)));
    }
  }
  return CELL_PATHS.get(rowPath) ?? applicantColumns.map((col) => `applications.${rowPath}.${col.key}`);
}
