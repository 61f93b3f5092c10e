import type { Cell } from '../grids/grid.js';
import { hasDigit, parseCellValue } from '../grids/parse-cell-value.js';
import { labelKey } from '../text/fold.js';
import type { LineIndex } from '../text/line-index.js';
import { MAX_LABEL_KEY_LENGTH, matchLabelKey, splitEnumerator } from '../templates/label.js';
import { emptyMapped, isBlankCell, makeDiagnostic, readValue, resolveRowCells, rowCellsDiagnostic, type MappedValues } from './mapped-table.js';
import { GLUED_TABLE_BUDGET, reviewConstraints } from './split-glued-digits.js';
import { scoreTableLabels } from './table-kinds.js';
import { outcomeColumns, reviewGroups, reviewHeaderLabels, reviewPaths } from '../templates/review-litigation-table.js';

/**
 * The groups (by index in {@link reviewGroups}) whose 结果维持 + 结果纠正 +
 * 其他结果 + 尚未审结 ≠ 总计, among values read one bare digit line each
 * (`mayJoinRuns`) — or, with a part blank or a placeholder, whose other
 * parts already add up to more than 总计 (counts are never negative, so no
 * value of the missing part could mend it). Empty when no value came from a
 * digit line: cells of a row of the grid stand where the grid puts them, and
 * a sum that fails there is the report's own (validate's `review-sum`).
 */
function groupsOutOfBalance(aligned: readonly Cell[]): number[] {
  if (!aligned.some((c) => c.mayJoinRuns === true)) return [];
  const out: number[] = [];
  reviewConstraints.forEach(({ parts, total }, g) => {
    const at = (k: number): number | null => {
      const v = parseCellValue((aligned[k] as Cell).text);
      return v.kind === 'number' ? v.value : null;
    };
    const t = at(total);
    if (t === null) return;
    let sum = 0;
    let missing = false;
    let negative = false;
    for (const k of parts) {
      const v = at(k);
      if (v === null) missing = true;
      else {
        sum += v;
        if (v < 0) negative = true;
      }
    }
    if (missing ? !negative && sum > t + 1e-9 : Math.abs(sum - t) > 1e-9) out.push(g);
  });
  return out;
}

/** Whether a cell carries a label of table 2 or table 3. */
function isForeignLabel(cell: Cell): boolean {
  const score = scoreTableLabels([cell]);
  return score.proactive > 0 || score.applications > 0;
}

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
    // …but a label of table 2 or 3 (a header line repeated after a page
    // break, 信息内容 / 本年处理决定数量) is no value of this table: kept, it
    // could make up the count of 15 and set every value a column off.
    if (!hasDigit(cell.text) && isForeignLabel(cell)) continue;
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
  const failing = resolved.kind === 'aligned' ? groupsOutOfBalance(aligned) : [];
  if (failing.length > 0) {
    // Read one bare digit line per value, by count alone: a line lost (a
    // blank the converter left no line for) and a line gained elsewhere (a
    // number split over two lines, a stray line) give 15 all the same, with
    // every value between moved by one; a group sum that fails is the one
    // sign of it. But reports get their own sums wrong too, and the text
    // cannot tell the two apart: the values are kept, and warned of.
    const raw = aligned.map((c) => c.text).join(' | ');
    const names = failing.map((g) => reviewGroups[g]?.label).join('、');
    const keys = failing.map((g) => reviewGroups[g]?.key).join(', ');
    out.diagnostics.push(
      makeDiagnostic(index, 'row-contradicted', 'warning', { start: first.start, end: (aligned[aligned.length - 1] as Cell).end },
        `表四各数逐行书写，只按顺序读取，而${names}的各项之和与总计不符：或为报告本身的差错，或为数值错位（一行缺失、另有一行多出）：${raw}`,
        `Table 4: its values come one digit line each and are read by order alone, and the parts do not add up to the total in ${keys}: the report's own error, or values out of place (a line lost, another gained): ${raw}`,
        { path: 'reviewLitigation', raw }),
    );
  }
  aligned.forEach((cell, k) => readValue(out, index, cell, `reviewLitigation.${reviewPaths[k] as string}`, 'count'));
  return { ...out, found: true };
}
