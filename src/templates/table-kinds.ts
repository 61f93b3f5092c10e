import type { Cell } from '../grids/grid.js';
import { labelKey } from '../text/fold.js';
import { applicationGroups, applicationRows } from './applications-table.js';
import { MAX_LABEL_KEY_LENGTH, matchLabelKey, splitEnumerator, type LabelEntry } from './label.js';
import { proactiveColumns, proactiveFrameLabels, proactiveRows } from './proactive-table.js';
import { outcomeColumns, reviewGroups } from './review-litigation-table.js';

/** The three standard tables. */
export type TableKind = 'proactive' | 'applications' | 'reviewLitigation';

/** Labels that identify each table (short exact labels left out: they occur in all). */
const identifying: Record<TableKind, readonly LabelEntry[]> = {
  proactive: [...proactiveFrameLabels, ...proactiveColumns, ...proactiveRows.filter((r) => !r.exact)],
  applications: [...applicationRows.filter((r) => !r.exact), ...applicationGroups],
  reviewLitigation: [...reviewGroups, ...outcomeColumns.filter((c) => !c.exact)],
};

/** How many cells of a grid carry each table's labels. */
export function scoreTableLabels(cells: readonly Cell[]): Record<TableKind, number> {
  const score: Record<TableKind, number> = { proactive: 0, applications: 0, reviewLitigation: 0 };
  for (const cell of cells) {
    const key = labelKey(cell.text);
    if (key === '' || key.length > MAX_LABEL_KEY_LENGTH) continue;
    const { core } = splitEnumerator(key);
    for (const kind of ['applications', 'reviewLitigation', 'proactive'] as const) {
      if (matchLabelKey(core, identifying[kind])) {
        score[kind]++;
        break;
      }
    }
  }
  return score;
}
