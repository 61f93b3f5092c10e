import type { ReportPath } from '../model/report-path.js';
import { applicantColumns, applicationGroups, applicationRows } from './applications-table.js';
import { proactiveColumns, proactiveRows } from './proactive-table.js';
import { outcomeColumns, reviewGroups } from './review-litigation-table.js';
import { shortRowLabel } from './short-row-label.js';

// Chinese labels of model paths, built from the template data beside this
// file (row label + column label): short but unambiguous — the template's
// parenthetical notes and the clause after a row's first `、` are dropped.
// The CLI's CSV headers and the browser example show these labels.

/** Labels of the `meta.*` paths that `flattenReport` emits. */
const META_LABELS: ReadonlyMap<string, string> = new Map([
  ['title', '标题'],
  ['organization', '发布机关'],
  ['year', '年度'],
  ['template', '模板'],
  ['publishedAt', '发布时间'],
  ['source', '信息来源'],
]);

/** Unit of money in the model (表二 amounts are converted to 万元). */
const MONEY_UNIT = '（万元）';

/** Separator between the parts of a label. */
const SEP = '·';

function labelOf(entries: readonly { readonly key: string; readonly label: string }[], key: string | undefined): string | undefined {
  return entries.find((e) => e.key === key)?.label;
}

/** A 表二 column's label in its row: 本年收费金额 or 采购总金额 for `amount`, with its unit. */
function proactiveColumnLabel(row: string, column: string): string | undefined {
  const label = labelOf(proactiveColumns, column);
  if (label === undefined || column !== 'amount') return label;
  // The template data lists both amounts as one label: "本年收费金额 / 采购总金额".
  const [fee, procurement] = label.split('/').map((s) => s.trim());
  return (row === 'procurement' ? procurement ?? label : fee ?? label) + MONEY_UNIT;
}

/** The short label of a 表三 row path such as `denied.stateSecret` or `otherHandling.total`. */
function applicationRowLabel(rowPath: string): string | undefined {
  if (rowPath === 'otherHandling.total') return labelOf(applicationGroups, 'otherHandling');
  const row = applicationRows.find((r) => r.path === rowPath);
  if (!row) return undefined;
  const group = row.group && row.group !== 'results' ? labelOf(applicationGroups, row.group) : undefined;
  return (group ? group + SEP : '') + shortRowLabel(row.label);
}

/**
 * The Chinese label of a model path, from the template's own wording: table,
 * row (with its group) and column joined by `·`; `meta.*` paths by their
 * field's name. Unambiguous across both templates, so it serves as a CSV
 * header or a table caption. A string that is no path (from untyped code)
 * comes back unchanged.
 *
 * @example
 * ```ts
 * import { pathLabel } from 'xxgk-report';
 * pathLabel('applications.newReceived.total');           // '表三·一、本年新收政府信息公开申请数量·总计'
 * pathLabel('applications.denied.stateSecret.research'); // '表三·（三）不予公开·1.属于国家秘密·科研机构'
 * pathLabel('proactive.fees.amount');                    // '表二·行政事业性收费·本年收费金额（万元）'
 * pathLabel('reviewLitigation.directSuit.upheld');       // '表四·未经复议直接起诉·结果维持'
 * pathLabel('meta.organization');                        // '发布机关'
 * ```
 */
export function pathLabel(path: ReportPath): string {
  const [head, ...rest] = String(path).split('.');
  if (head === 'meta' && rest.length === 1) return META_LABELS.get(rest[0] ?? '') ?? path;
  if (head === 'proactive' && rest.length === 2) {
    const row = labelOf(proactiveRows, rest[0]);
    const column = proactiveColumnLabel(rest[0] ?? '', rest[1] ?? '');
    return row && column ? ['表二', row, column].join(SEP) : path;
  }
  if (head === 'applications' && rest.length >= 2) {
    const row = applicationRowLabel(rest.slice(0, -1).join('.'));
    const column = labelOf(applicantColumns, rest[rest.length - 1]);
    return row && column ? ['表三', row, column].join(SEP) : path;
  }
  if (head === 'reviewLitigation' && rest.length === 2) {
    const group = labelOf(reviewGroups, rest[0]);
    const outcome = labelOf(outcomeColumns, rest[1]);
    return group && outcome ? ['表四', group, outcome].join(SEP) : path;
  }
  return path;
}
