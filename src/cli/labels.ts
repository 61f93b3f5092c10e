import { reportPaths } from '../model/flatten-report.js';
import { applicantColumns, applicationGroups, applicationRows } from '../templates/applications-table.js';
import { proactiveColumns, proactiveRows } from '../templates/proactive-table.js';
import { outcomeColumns, reviewGroups } from '../templates/review-litigation-table.js';

/**
 * Chinese labels of model paths, built from the template data in
 * `src/templates/` (row label + column label), for CSV headers and the
 * `table` format. Labels are short but unambiguous: the template's
 * parenthetical notes and the clause after a row's first `、` are dropped.
 */

/** Labels of `meta.*`. */
const metaLabels: Readonly<Record<string, string>> = {
  title: '标题',
  organization: '发布机关',
  year: '年度',
  template: '模板',
  publishedAt: '发布时间',
  source: '信息来源',
};

/** Table names, as prefixes of labels. */
export const tableNames = {
  proactive: '表二',
  applications: '表三',
  reviewLitigation: '表四',
} as const;

/** Unit of money in the model (表二 amounts are converted to 万元). */
const moneyUnit = '（万元）';

/** Separator between the parts of a label. */
const SEP = '·';

/**
 * Shortens a template row label: keeps its enumerator (`一、`, `（二）`,
 * `1.`) and the words up to the first `、` or `（` after it.
 *
 * @example
 * ```ts
 * shortRowLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'); // '（二）部分公开'
 * shortRowLabel('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'); // '1.申请人无正当理由逾期不补正'
 * ```
 */
export function shortRowLabel(label: string): string {
  let bodyStart = 0;
  for (let i = 0; i < Math.min(label.length, 5); i++) {
    const ch = label[i];
    if (ch === '、' || ch === '.' || ch === '）') {
      bodyStart = i + 1;
      break;
    }
  }
  for (let i = bodyStart; i < label.length; i++) {
    const ch = label[i];
    if (ch === '、' || ch === '（') return label.slice(0, i);
  }
  return label;
}

function find<E extends { readonly key: string }>(entries: readonly E[], key: string | undefined): E | undefined {
  return entries.find((e) => e.key === key);
}

/** The label of a 表二 column in a row: 本年收费金额 or 采购总金额 for `amount`, with its unit. */
export function proactiveColumnLabel(row: string, column: string): string | undefined {
  const entry = find(proactiveColumns, column);
  if (!entry) return undefined;
  if (column !== 'amount') return entry.label;
  // The template data lists both amounts as one label: "本年收费金额 / 采购总金额".
  const [fee, procurement] = entry.label.split('/').map((s) => s.trim());
  return (row === 'procurement' ? procurement ?? entry.label : fee ?? entry.label) + moneyUnit;
}

/** The short label of a 表三 row path such as `denied.stateSecret` or `otherHandling.total`. */
export function applicationRowLabel(rowPath: string): string | undefined {
  if (rowPath === 'otherHandling.total') return find(applicationGroups, 'otherHandling')?.label;
  const row = applicationRows.find((r) => r.path === rowPath);
  if (!row) return undefined;
  const group = row.group && row.group !== 'results' ? find(applicationGroups, row.group) : undefined;
  return (group ? group.label + SEP : '') + shortRowLabel(row.label);
}

/** The label of a 表二 row, or `undefined`. */
export function proactiveRowLabel(row: string): string | undefined {
  return find(proactiveRows, row)?.label;
}

/**
 * The Chinese label of a model path, e.g.
 * `applications.newReceived.naturalPerson` → `表三·一、本年新收政府信息公开申请数量·自然人`,
 * `proactive.fees.amount` → `表二·行政事业性收费·本年收费金额（万元）`,
 * `meta.organization` → `发布机关`. Falls back to the path itself for a
 * path the templates do not name.
 */
export function pathLabelZh(path: string): string {
  const parts = path.split('.');
  const [head, ...rest] = parts;
  if (head === 'meta') return metaLabels[rest[0] ?? ''] ?? path;
  if (head === 'proactive' && rest.length === 2) {
    const row = proactiveRowLabel(rest[0] ?? '');
    const column = proactiveColumnLabel(rest[0] ?? '', rest[1] ?? '');
    return row && column ? [tableNames.proactive, row, column].join(SEP) : path;
  }
  if (head === 'applications' && rest.length >= 2) {
    const row = applicationRowLabel(rest.slice(0, -1).join('.'));
    const column = find(applicantColumns, rest[rest.length - 1])?.label;
    return row && column ? [tableNames.applications, row, column].join(SEP) : path;
  }
  if (head === 'reviewLitigation' && rest.length === 2) {
    const group = find(reviewGroups, rest[0])?.label;
    const outcome = find(outcomeColumns, rest[1])?.label;
    return group && outcome ? [tableNames.reviewLitigation, group, outcome].join(SEP) : path;
  }
  return path;
}

/**
 * Merges two orders into one that keeps both: each list's items stay in
 * their order, an item of both lists comes once, and an item of one list
 * only comes where that list has it (before the next shared item).
 */
function mergeOrders(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x !== undefined && x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x !== undefined && !inB.has(x)) {
      out.push(x);
      i++;
    } else if (y !== undefined && !inA.has(y)) {
      out.push(y);
      j++;
    } else if (x !== undefined) {
      // Both lists have both items, in different orders: the first list wins.
      out.push(x);
      i++;
    } else {
      j++;
    }
  }
  return [...new Set(out)];
}

/**
 * Every model path a report can have, in one stable order that keeps the
 * order of both templates: the 2021 template's paths (（六） divided) merged
 * with the 2019 template's (（六） undivided), table by table — in 表二 the
 * 2021 rows and columns come before the 2019 ones where the two differ, and
 * in 表三 the undivided （六）其他处理 row follows the three divided ones.
 * Filtered to one template's paths, this is exactly `reportPaths` of that
 * template, so a batch of one template gets its template order. CSV
 * columns follow this order.
 */
export function allReportPaths(): string[] {
  return mergeOrders(reportPaths('2021', 'divided'), reportPaths('2019', 'undivided'));
}
