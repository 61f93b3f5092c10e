import { applicationGroups, applicationRows } from '../../templates/applications-table.js';
import { matchLabel, type LabelEntry } from '../../templates/label.js';
import { proactiveRows } from '../../templates/proactive-table.js';

/** Every row label of tables 2 and 3, rows before the groups that hold them. */
const rowLabels: readonly LabelEntry[] = [...proactiveRows, ...applicationRows, ...applicationGroups];

/**
 * The template row (or group) a label names, or undefined: how the PDF
 * reader tells a label a page break cut (`7.属于行`, named by no row) from a
 * whole one (`规章`), before joining it to the rest on the next page.
 */
export function templateRowOf(text: string): string | undefined {
  return matchLabel(text, rowLabels)?.key;
}
