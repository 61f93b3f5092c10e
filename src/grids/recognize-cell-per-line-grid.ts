import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { hasDigit } from './parse-cell-value.js';
import { cellOf, isBlankLine, type Cell, type Grid, type TextRegion } from './grid.js';

/** `\t<text>` with no other tab: one cell. */
function isCellLine(line: Line): boolean {
  return line.text.charCodeAt(0) === 0x09 && line.text.indexOf('\t', 1) < 0;
}

/** Longest line we take as the rest of a label broken over lines (商业 / 企业). */
const MAX_CONTINUATION = 24;

/**
 * Reads tables written one cell per line, as Word's and LibreOffice's text
 * export and some web pages give them: each cell on its own line behind a
 * tab, blank lines between rows, and labels broken over lines, even over a
 * blank line:
 *
 * ```text
 *   \t商业
 * > 企业
 *   \t结果
 *
 * > 纠正
 * ```
 *
 * A line without the tab continues the previous cell only when that cell is a
 * label (no digits) and the line is short and has no digits; any other line
 * ends the grid.
 *
 * @example
 * ```ts
 * import { recognizeCellPerLineGrid, splitLines } from 'xxgk-report';
 * const text = '\t商业\n企业\n\t12\n\n\t结果\n\n纠正\n\t3';
 * const lines = splitLines(text);
 * const grid = recognizeCellPerLineGrid({ text, lines, startLine: 0, endLine: lines.length });
 * grid?.rows.map((row) => row.map((c) => c.text)); // [['商业\n企业', '12'], ['结果\n\n纠正', '3']]
 * ```
 */
export function recognizeCellPerLineGrid(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first || !isCellLine(first)) return null;
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let endLine = region.startLine;
  let blankSeen = false;
  for (let i = region.startLine; i < region.endLine; i++) {
    const line = lines.get(i) as Line;
    if (isCellLine(line)) {
      if (blankSeen && row.length > 0) {
        rows.push(row);
        row = [];
      }
      blankSeen = false;
      row.push(cellOf(text, line.start + 1, line.end));
      endLine = i + 1;
      continue;
    }
    if (isBlankLine(line)) {
      blankSeen = true;
      continue;
    }
    const previous = row[row.length - 1];
    const piece = line.text.trim();
    if (previous && previous.text !== '' && !hasDigit(previous.text) && piece.length <= MAX_CONTINUATION && !hasDigit(piece)) {
      // The label goes on: widen the previous cell to take this line.
      row[row.length - 1] = cellOf(text, previous.start, line.end);
      blankSeen = false;
      endLine = i + 1;
      continue;
    }
    break;
  }
  if (row.length > 0) rows.push(row);
  return { layout: 'cell-per-line', rows, startLine: region.startLine, endLine };
}
