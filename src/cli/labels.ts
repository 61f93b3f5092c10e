import { reportPaths } from '../templates/flatten-report.js';
import { shortRowLabel } from '../templates/short-row-label.js';

export { shortRowLabel };
import { applicationGroups, applicationRows } from '../templates/applications-table.js';
import { proactiveColumns, proactiveRows } from '../templates/proactive-table.js';

/**
 * Row and column labels for the `table` format, built from the template data
 * in `src/templates/`, and the CSV column order. A path's full label (the CSV
 * headers with `--labels zh`) is the core's `pathLabel`.
 */

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
