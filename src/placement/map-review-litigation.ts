import type { Cell } from '../grids/grid.js';
import { hasDigit, parseCellValue } from '../grids/parse-cell-value.js';
import { labelKey } from '../text/fold.js';
import type { LineIndex } from '../text/line-index.js';
import { MAX_LABEL_KEY_LENGTH, matchLabelKey, splitEnumerator } from '../templates/label.js';
import { emptyMapped, isBlankCell, readValue, resolveRowCells, rowCellsDiagnostic, type MappedValues } from './mapped-table.js';
import { GLUED_TABLE_BUDGET, reviewConstraints } from './split-glued-digits.js';
import { outcomeColumns, reviewGroups, reviewHeaderLabels, reviewPaths } from '../templates/review-litigation-table.js';

/** The result of mapping table 4. */
export interface MappedReviewLitigation extends MappedValues {
  /** Whether the table's values were found. */
  readonly found: boolean;
}

/**
 * Maps table 4: its header cells are labels (行政复议 … 复议后起诉, 结果维持 …
 * 总计), and its values are the 15 numbers that follow, in the template's
 * reading order (行政复议 ×5, 未经复议直接起诉 ×5, 复议后起诉 ×5). Any other
 * count is ambiguous: all 15 are null with a `row-value-count` error.
 */
export function mapReviewLitigation(cells: readonly Cell[], index: LineIndex): MappedReviewLitigation {
  const out = emptyMapped();
  const values: Cell[] = [];
  for (const cell of cells) {
    const key = labelKey(cell.text);
    const kind = parseCellValue(cell.text).kind;
    if (key === '' || kind === 'number' || kind === 'placeholder') {
      if (values.length > 0 || key !== '') values.push(cell);
      continue;
    }
    const { core } = splitEnumerator(key);
    const isLabel =
      key.length <= MAX_LABEL_KEY_LENGTH &&
      Boolean(matchLabelKey(core, reviewGroups) || matchLabelKey(core, outcomeColumns) || matchLabelKey(core, reviewHeaderLabels));
    if (isLabel && values.length === 0) continue;
    // Text among the values: an unknown label or an unreadable value; keep it
    // among the values so that the count, not a guess, decides.
    if (isLabel) continue;
    if (hasDigit(cell.text) || values.length > 0) values.push(cell);
  }
  const filled = values.filter((c) => !isBlankCell(c));
  if (filled.length === 0) return { ...out, found: false };
  const resolved = resolveRowCells(values, reviewPaths.length, reviewConstraints, true, { remaining: GLUED_TABLE_BUDGET });
  const first = values[0] as Cell;
  const note = rowCellsDiagnostic(index, resolved, values, first, { table: '表四', tableEn: 'Table 4', path: 'reviewLitigation', n: reviewPaths.length });
  if (note) out.diagnostics.push(note);
  if (resolved.kind !== 'aligned' && resolved.kind !== 'split' && resolved.kind !== 'joined') {
    for (const p of reviewPaths) out.values.set(`reviewLitigation.${p}`, null);
    return { ...out, found: true };
  }
  const aligned = resolved.cells;
  aligned.forEach((cell, k) => readValue(out, index, cell, `reviewLitigation.${reviewPaths[k] as string}`, 'count'));
  return { ...out, found: true };
}
