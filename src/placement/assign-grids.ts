import { findGrids } from '../grids/find-grids.js';
import { isGluedRecognizer } from '../grids/recognize-glued-grid.js';
import type { Cell, Grid, GridRecognizer } from '../grids/grid.js';
import { hasDigit, parseCellValue } from '../grids/parse-cell-value.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Section, SectionKind } from '../model/report.js';
import type { LineIndex } from '../text/line-index.js';
import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { makeDiagnostic, quoteCells } from './mapped-table.js';
import { scoreSegments, type TableKind } from './table-kinds.js';

// The stage between the grids and the template mapping: which grid holds
// which of the three template tables. Numbers no table takes are reported
// here, so nothing in a table section is dropped without a word.

/** Which table a section of each kind is expected to hold. */
export const TABLE_OF_SECTION: Partial<Record<SectionKind, TableKind>> = {
  proactive: 'proactive',
  applications: 'applications',
  reviewLitigation: 'reviewLitigation',
};

/** The template's tables in the order they are printed. */
const TABLE_ORDER: readonly TableKind[] = ['proactive', 'applications', 'reviewLitigation'];

/** Labels a grid in prose (or prose run together) must carry to be taken for a table. */
const MIN_PROSE_SCORE = 4;

/** Sections of prose, where a table is not expected. */
const PROSE_SECTIONS: ReadonlySet<SectionKind> = new Set(['overview', 'problems', 'otherMatters']);

/** Each table's name in messages, Chinese and English. */
export const TABLE_NAMES: Record<TableKind, [string, string]> = {
  proactive: ['表二“主动公开政府信息情况”', 'Table 2 (proactive disclosure)'],
  applications: ['表三“收到和处理政府信息公开申请情况”', 'Table 3 (applications)'],
  reviewLitigation: ['表四“政府信息公开行政复议、行政诉讼情况”', 'Table 4 (review and litigation)'],
};

/**
 * Finds the grids of each section and decides which table each belongs to:
 * by its labels first, then by the section it sits in; a grid without labels
 * continues the table before it (a table broken by a page break). Numbers in
 * a table section that no grid holds, and grids of numbers that belong to no
 * table, are reported.
 */
export function assignGrids(
  text: string,
  lines: readonly Line[],
  index: LineIndex,
  sections: readonly Section[],
  recognizers: readonly GridRecognizer[],
  diagnostics: Diagnostic[],
): Record<TableKind, Grid[]> {
  const byTable: Record<TableKind, Grid[]> = { proactive: [], applications: [], reviewLitigation: [] };
  const withoutGlued = recognizers.filter((r) => !isGluedRecognizer(r));
  let previous: TableKind | null = null;
  for (const section of sections) {
    const startLine = index.positionAt(section.bodySpan.start).line - 1;
    const endLine = section.span.end >= text.length ? lines.length : index.positionAt(section.span.end).line - 1;
    const expected = TABLE_OF_SECTION[section.kind] ?? null;
    if (expected) previous = null;
    // A glued grid in a prose section is never taken (below), so the glued
    // recognizer, which cuts every line of prose with numbers, is not run there.
    const sectionRecognizers = PROSE_SECTIONS.has(section.kind) ? withoutGlued : recognizers;
    const grids = findGrids(text, lines, startLine, Math.max(startLine, endLine), sectionRecognizers);
    for (const segment of grids.flatMap((g) => scoreSegments(g.rows).map(({ rows, score }) => ({ grid: { ...g, rows }, score })))) {
      const { grid, score } = segment;
      const best = (Object.keys(score) as TableKind[]).reduce((a, b) => (score[b] > score[a] ? b : a));
      let kind: TableKind | null;
      // Prose sections (一、五、六) mention 行政复议、结果维持… in sentences: a
      // grid there must carry many labels, and never be prose run together.
      // Text run together is a table only when it carries the template's labels:
      // old reports (pre-2019) put prose with numbers under the same headings.
      // (a glued table 2, 3 or 4 carries ten to twenty labels; such prose, two).
      const prose =
        (PROSE_SECTIONS.has(section.kind) && (score[best] < MIN_PROSE_SCORE || grid.layout === 'glued')) ||
        (grid.layout === 'glued' && score[best] < MIN_PROSE_SCORE);
      if (prose) kind = null;
      else if (expected && score[expected] > 0 && score[expected] * 2 >= score[best]) kind = expected;
      // Inside a table's section, after its own grids, the labels of a table
      // that comes earlier in the template are a header line repeated after
      // a page break (or a stray line), not that table again: the grid goes on
      // with this section's table, whose mapper reports what it cannot place.
      else if (expected && previous === expected && TABLE_ORDER.indexOf(best) < TABLE_ORDER.indexOf(expected)) kind = expected;
      else if (score[best] >= 2) kind = best;
      else if (score[best] === 0) kind = previous ?? expected;
      else kind = expected ?? previous;
      if (kind) {
        byTable[kind].push(grid);
        previous = kind;
      } else {
        const numbers = expected && grid.layout !== 'glued' ? grid.rows.flat().filter((c) => hasDigit(c.text)) : [];
        if (numbers.length > 0) {
          diagnostics.push(makeDiagnostic(index, 'unplaced-number', 'warning', numbers[0] as Cell, `该表格不属于任何模板表格，其中的数值未采用：${quoteCells(numbers)}`, `A grid that is none of the template tables; its numbers were not used: ${quoteCells(numbers)}`, { raw: quoteCells(numbers) }));
        }
      }
    }
    if (expected && grids.length > 0) reportLoneNumbers(lines, startLine, Math.max(startLine, endLine), grids, expected, index, diagnostics);
    if (expected && grids.length === 0 && hasDigit(section.text)) {
      const [zh, en] = TABLE_NAMES[expected];
      diagnostics.push(makeDiagnostic(index, 'table-unrecognized', 'error', section.bodySpan, `${zh}所在部分含有数字，但无法识别其表格布局`, `${en}: the section has numbers but no recognizer could read its table layout`));
    }
  }
  return byTable;
}

/**
 * A line between the grids of a table section that holds one number and
 * nothing else is a cell a converter set apart from its row (a PDF-to-Markdown
 * tool prints a row's last value under the table). No grid took it, so no
 * mapper sees it: it is reported here, never dropped without a word — on the table's path, since it may be any of its values.
 */
function reportLoneNumbers(lines: readonly Line[], from: number, to: number, grids: readonly Grid[], table: TableKind, index: LineIndex, diagnostics: Diagnostic[]): void {
  const taken = [...grids].sort((a, b) => a.startLine - b.startLine);
  const list = lineListOf(lines);
  let g = 0;
  for (let i = from; i < to; i++) {
    while (g < taken.length && (taken[g] as Grid).endLine <= i) g++;
    const grid = taken[g];
    if (grid && grid.startLine <= i) {
      i = grid.endLine - 1;
      continue;
    }
    const line = list.get(i) as Line;
    if (parseCellValue(line.text).kind !== 'number') continue;
    const text = line.text.trim();
    diagnostics.push(makeDiagnostic(index, 'unplaced-number', 'warning', line, `表格之间单独一行的数值无法对应到模板的行列，未采用：${text}`, `A number alone on a line between the grids of a table matches no template row or column and was not used: ${text}`, { path: table, raw: text }));
  }
}

