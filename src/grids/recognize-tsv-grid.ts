import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { cellOf, isBlankLine, pushRowCell, type Cell, type Grid, type TextRegion } from './grid.js';

/**
 * A tab-separated row: a tab after some content, or two tabs. A line with a
 * single leading tab is one cell per line (see `recognizeCellPerLineGrid`).
 */
function isTsvRow(line: Line): boolean {
  const t = line.text;
  const first = t.indexOf('\t');
  if (first < 0) return false;
  if (first > 0 && t.slice(0, first).trim() !== '') return true;
  return t.indexOf('\t', first + 1) >= 0;
}

function rowCells(text: string, line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = line.start;
  let emptyRun = 0;
  for (let i = line.start; i < line.end; i++) {
    if (text.charCodeAt(i) === 0x09) {
      emptyRun = pushRowCell(cells, cellOf(text, from, i), emptyRun);
      from = i + 1;
    }
  }
  pushRowCell(cells, cellOf(text, from, line.end), emptyRun);
  return cells;
}

/**
 * Reads tab-separated rows as Word and web pages copy them: cells shifted by
 * rowspans, empty and missing cells, ragged rows. Blank lines inside the
 * table are allowed; the grid ends at the first other line. Cells are kept
 * as written; aligning them to columns is the template mapper's job.
 *
 * @example
 * ```ts
 * import { recognizeTsvGrid, splitLines } from 'xxgk-report';
 * const text = '规章\t1\t0\t3\n行政规范性文件\t209\t927\t1632\n\n（注：……）';
 * const lines = splitLines(text);
 * const grid = recognizeTsvGrid({ text, lines, startLine: 0, endLine: lines.length });
 * grid?.layout;                                     // 'tsv'
 * grid?.rows.map((row) => row.map((c) => c.text)); // [['规章', '1', '0', '3'], ['行政规范性文件', '209', '927', '1632']]
 * grid?.endLine;                                    // 2
 * ```
 */
export function recognizeTsvGrid(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first || !isTsvRow(first)) return null;
  const rows: Cell[][] = [];
  let end = region.startLine;
  for (let i = region.startLine; i < region.endLine; i++) {
    const line = lines.get(i) as Line;
    if (isTsvRow(line)) {
      rows.push(rowCells(text, line));
      end = i + 1;
    } else if (!isBlankLine(line)) {
      break;
    }
  }
  return { layout: 'tsv', rows, startLine: region.startLine, endLine: end };
}

/**
 * {@link recognizeTsvGrid} for rows that are known to be exact — tab-separated
 * lines rendered from HTML `<tr>`s, one field per `<td>` — so that a blank
 * field is a blank value. Only a reader that produced the rows may use it.
 *
 * @example
 * ```ts
 * import { recognizeExactTsvGrid, splitLines } from 'xxgk-report';
 * const text = '规章\t1\t\t3';
 * const lines = splitLines(text);
 * const grid = recognizeExactTsvGrid({ text, lines, startLine: 0, endLine: lines.length });
 * grid?.layout;       // 'html'
 * grid?.rows[0]?.[2]; // { text: '', start: 5, end: 5, exactRow: true }   a blank value, not a shifted cell
 * ```
 */
export function recognizeExactTsvGrid(region: TextRegion): Grid | null {
  const grid = recognizeTsvGrid(region);
  if (!grid) return null;
  return { ...grid, layout: 'html', rows: grid.rows.map((row) => row.map((cell) => ({ ...cell, exactRow: true as const }))) };
}
