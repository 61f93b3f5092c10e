import type { Cell } from '../grids/grid.js';
import { labelKey } from '../text/fold.js';
import { applicantColumns, applicantHeaderLabels, applicationGroups, applicationRows } from '../templates/applications-table.js';
import { firstMatchingList, MAX_LABEL_KEY_LENGTH, splitEnumerator, type LabelEntry } from '../templates/label.js';
import { proactiveColumns, proactiveFrameLabels, proactiveRows } from '../templates/proactive-table.js';
import { outcomeColumns, reviewGroups } from '../templates/review-litigation-table.js';
import { append } from '../model/append.js';

/** The three standard tables. */
export type TableKind = 'proactive' | 'applications' | 'reviewLitigation';

/** Labels that identify each table (short exact labels left out: they occur in all). */
const identifying: Record<TableKind, readonly LabelEntry[]> = {
  proactive: [...proactiveFrameLabels, ...proactiveColumns, ...proactiveRows.filter((r) => !r.exact)],
  applications: [...applicationRows.filter((r) => !r.exact), ...applicationGroups, ...applicantColumns.filter((c) => !c.exact), ...applicantHeaderLabels],
  reviewLitigation: [...reviewGroups, ...outcomeColumns.filter((c) => !c.exact)],
};

/** The order a label is given to a table when it names several (the first wins), and each table's labels in that order. */
const SCORED_KINDS: readonly TableKind[] = ['applications', 'reviewLitigation', 'proactive'];
const SCORED_LISTS: readonly (readonly LabelEntry[])[] = SCORED_KINDS.map((kind) => identifying[kind]);

/**
 * Longest cell that counts as a label when scoring: the longest template
 * label (2.申请人逾期未按收费通知要求缴纳费用…) has 38 characters. Longer cells are
 * prose that happens to mention 规范性文件 or 行政复议.
 */
const MAX_SCORED_LABEL = 45;

/**
 * Whether a key is made only of a number or dashes: an optional sign, then
 * one or more of 0-9 , . - (what `/^[-+]?[\d,.-]+$/` accepts, without a
 * regex run per cell). Exported for its test.
 *
 * @internal
 */
export function isNumberOnly(key: string): boolean {
  // A leading - is in the class itself; only + needs something after it.
  let i = key.charCodeAt(0) === 0x2b /* + */ ? 1 : 0;
  if (i >= key.length) return false;
  for (; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e || c === 0x2d)) return false;
  }
  return true;
}

/** How many cells of a grid carry each table's labels. */
export function scoreTableLabels(cells: readonly Cell[]): Record<TableKind, number> {
  const score: Record<TableKind, number> = { proactive: 0, applications: 0, reviewLitigation: 0 };
  for (const cell of cells) {
    const key = labelKey(cell.text);
    if (key === '' || key.length > Math.min(MAX_LABEL_KEY_LENGTH, MAX_SCORED_LABEL)) continue;
    if (isNumberOnly(key)) continue; // a number or a placeholder is never a label (1.属于… is)
    const k = firstMatchingList(splitEnumerator(key).core, SCORED_LISTS);
    if (k >= 0) score[SCORED_KINDS[k] as TableKind]++;
  }
  return score;
}

/** The table a score points to: the one with most labels, or null with none. */
function bestOf(score: Record<TableKind, number>): TableKind | null {
  let best: TableKind | null = null;
  for (const kind of ['applications', 'reviewLitigation', 'proactive'] as const) {
    if (score[kind] > 0 && (best === null || score[kind] > score[best])) best = kind;
  }
  return best;
}

/** The table whose labels a row carries most, or null when it carries none. */
export function tableOfRow(cells: readonly Cell[]): TableKind | null {
  return bestOf(scoreTableLabels(cells));
}

/**
 * Cuts a grid's rows where they start carrying another table's labels: two
 * tables can come out as one grid when the heading between them is missing
 * or is itself laid out as a row. Each row is scored once.
 */
export function segmentByTable(rows: readonly (readonly Cell[])[]): (readonly (readonly Cell[])[])[] {
  return scoreSegments(rows).map((s) => s.rows);
}

/** A segment of a grid's rows and its label score (the sum of its rows' scores). */
export interface ScoredSegment {
  readonly rows: readonly (readonly Cell[])[];
  readonly score: Record<TableKind, number>;
}

/**
 * {@link segmentByTable} with each segment's score, summed from the rows'
 * scores so that no cell is scored twice.
 */
export function scoreSegments(rows: readonly (readonly Cell[])[]): ScoredSegment[] {
  const segments: ScoredSegment[] = [];
  let current: (readonly Cell[])[] = [];
  let total: Record<TableKind, number> = { proactive: 0, applications: 0, reviewLitigation: 0 };
  let kind: TableKind | null = null;
  for (const row of rows) {
    const score = scoreTableLabels(row);
    const rowKind = bestOf(score);
    if (rowKind && kind && rowKind !== kind && score[kind] === 0) {
      segments.push({ rows: current, score: total });
      current = [];
      total = { proactive: 0, applications: 0, reviewLitigation: 0 };
    }
    if (rowKind && (kind === null || score[kind] === 0)) kind = rowKind;
    current.push(row);
    total.proactive += score.proactive;
    total.applications += score.applications;
    total.reviewLitigation += score.reviewLitigation;
  }
  if (current.length > 0) segments.push({ rows: current, score: total });
  return segments;
}

/**
 * Header words of the three tables — column labels and their variants, never
 * row labels — for cutting glued text (`信息内容本年制发件数本年废止件数…`)
 * into cells. Short exact labels (其他, 总计) are left out: they occur inside
 * other labels.
 */
export function gluedHeaderWords(): string[] {
  const words: string[] = ['本年处理决定数量', '本年收费金额', '行政诉讼'];
  for (const entry of [...proactiveFrameLabels, ...proactiveColumns, ...applicantColumns, ...applicantHeaderLabels, ...reviewGroups, ...outcomeColumns]) {
    if (entry.exact && entry.key !== 'contentHeader') continue;
    if (!entry.label.includes(' / ') && !entry.label.includes('（')) words.push(entry.label);
    append(words, entry.variants);
  }
  return words.filter((w) => w.length >= 3 || w === '规章');
}
