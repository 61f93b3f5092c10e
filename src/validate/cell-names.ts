import { applicantColumns, applicantHeaderLabels, applicationGroups, applicationRows } from '../templates/applications-table.js';
import { proactiveColumns, proactiveRows } from '../templates/proactive-table.js';
import { outcomeColumns, reviewGroups, reviewHeaderLabels } from '../templates/review-litigation-table.js';

/**
 * Names of cells for messages, in the template's own words (taken from the
 * template data, never copied here), shortened the way practitioners say
 * them: the four frame rows of 表三 by their short names, notes in brackets
 * dropped.
 */

/** Short names of 表三's frame rows, as practitioners say them. */
const SHORT_ROW_NAMES: Readonly<Record<string, string>> = {
  newReceived: '一、本年新收',
  carriedOver: '二、上年结转',
  total: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

/** Drops a trailing bracketed note: （二）部分公开（区分处理的…） → （二）部分公开. */
export function shortLabel(label: string): string {
  if (!label.endsWith('）')) return label;
  const at = label.lastIndexOf('（');
  if (at <= 0) return label;
  const head = label.slice(0, at);
  const close = head.indexOf('）');
  const rest = close >= 0 && head.startsWith('（') ? head.slice(close + 1) : head;
  return rest.length > 0 ? head : label;
}

/** The organisations' group label: 法人或其他组织. */
export const organizationsName: string = applicantHeaderLabels.find((l) => l.key === 'organizations')?.label ?? 'organizations';

/** 表三's column name: 自然人, 法人或其他组织·商业企业, 总计. */
export function applicantColumnName(key: string): string {
  const column = applicantColumns.find((c) => c.key === key);
  if (!column) return key;
  if (key === 'naturalPerson' || key === 'total') return column.label;
  return `${organizationsName}·${column.label}`;
}

/** 表三's row name, with its group for numbered sub-rows: （三）不予公开·1.属于国家秘密, （一）予以公开, 一、本年新收. */
export function applicationRowName(path: string): string {
  if (Object.prototype.hasOwnProperty.call(SHORT_ROW_NAMES, path)) return SHORT_ROW_NAMES[path] as string;
  const dot = path.indexOf('.');
  const groupKey = dot >= 0 ? path.slice(0, dot) : '';
  const group = applicationGroups.find((g) => g.key === groupKey);
  if (path === 'otherHandling.total') return group ? shortLabel(group.label) : path;
  const row = applicationRows.find((r) => r.path === path);
  if (!row) return path;
  // （一）/（二） stand on their own; the numbered sub-rows 1.–8. need their group.
  return group && row.group !== 'results' ? `${shortLabel(group.label)}·${shortLabel(row.label)}` : shortLabel(row.label);
}

/** 表四's group name: 行政复议, 行政诉讼·未经复议直接起诉. */
export function reviewGroupName(key: string): string {
  const group = reviewGroups.find((g) => g.key === key);
  if (!group) return key;
  if (key === 'review') return group.label;
  const litigation = reviewHeaderLabels.find((l) => l.key === 'litigation')?.label ?? '';
  return litigation ? `${litigation}·${group.label}` : group.label;
}

/** 表四's outcome column name: 结果维持 … 总计. */
export function outcomeName(key: string): string {
  return outcomeColumns.find((c) => c.key === key)?.label ?? key;
}

/** 表二's cell name: 行政规范性文件·本年制发件数, 行政事业性收费·本年收费金额. */
function proactiveCellName(row: string, column: string): string {
  const rowLabel = proactiveRows.find((r) => r.key === row)?.label ?? row;
  let columnLabel = proactiveColumns.find((c) => c.key === column)?.label ?? column;
  // One column key serves two rows: 本年收费金额 / 采购总金额.
  const parts = columnLabel.split(' / ');
  if (parts.length === 2) columnLabel = (row === 'procurement' ? parts[1] : parts[0]) ?? columnLabel;
  return `${rowLabel}·${columnLabel}`;
}

/**
 * Names any value path of a report for a message: 表三“一、本年新收”自然人栏,
 * 表四“行政复议”总计栏, 表二“行政规范性文件·本年制发件数”. Unknown paths are
 * returned as they are.
 */
export function cellName(path: string): string {
  const parts = path.split('.');
  const table = parts[0];
  if (table === 'applications' && parts.length >= 3) {
    const column = parts[parts.length - 1] as string;
    return `表三“${applicationRowName(parts.slice(1, -1).join('.'))}”${applicantColumnName(column)}栏`;
  }
  if (table === 'reviewLitigation' && parts.length === 3) {
    return `表四“${reviewGroupName(parts[1] as string)}”${outcomeName(parts[2] as string)}栏`;
  }
  if (table === 'proactive' && parts.length === 3) {
    return `表二“${proactiveCellName(parts[1] as string, parts[2] as string)}”`;
  }
  return path;
}
