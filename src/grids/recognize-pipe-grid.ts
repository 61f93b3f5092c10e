import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { cellOf, isDelimiterCells, pushRowCell, type Cell, type Grid, type TextRegion } from './grid.js';

/**
 * Reads pipe rows of the kind HTML-to-text tools print, where a cell's text
 * breaks over lines and the pipes that close it come on a later line:
 *
 * ```text
 * > |
 *    第二十条第(一)项
 *     | |||
 *   |
 *    信息内容  |
 * ```
 *
 * A row starts at a line whose first character is `|`; every `|` closes a
 * cell, so runs like `|||` (written for spanned cells) give empty cells.
 * The grid runs to the last line holding a `|` before a line with none that
 * does not continue an open cell.
 *
 * @example
 * ```ts
 * import { recognizePipeGrid, splitLines } from 'xxgk-report';
 * const text = '| 规章 | 1 | 0 | 3 |\n| 行政规范性\n文件 | 209 | 927 | 1632 |';
 * const lines = splitLines(text);
 * const grid = recognizePipeGrid({ text, lines, startLine: 0, endLine: lines.length });
 * grid?.rows.map((row) => row.map((c) => c.text)); // [['规章', '1', '0', '3'], ['行政规范性\n文件', '209', '927', '1632']]
 * ```
 */
export function recognizePipeGrid(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first || first.text.charCodeAt(0) !== 0x7c /* | */) return null;

  // Find the lines the grid takes: up to the last line with a pipe, where
  // lines without pipes are allowed only while a cell is open (its text
  // continues) — i.e. between two lines that have pipes.
  let lastPipeLine = region.startLine;
  for (let i = region.startLine + 1; i < region.endLine; i++) {
    const line = lines.get(i) as Line;
    if (line.text.includes('|')) {
      lastPipeLine = i;
      continue;
    }
    // A run of lines without pipes belongs to the grid only if a pipe line follows
    // within a few lines (a cell broken over lines), else the grid has ended.
    let j = i;
    while (j < region.endLine && j - i < 4 && !(lines.get(j) as Line).text.includes('|')) j++;
    if (j < region.endLine && j - i < 4) {
      i = j - 1;
      continue;
    }
    break;
  }
  const endLine = lastPipeLine + 1;

  const rows: Cell[][] = [];
  let row: Cell[] | null = null;
  let cellFrom = -1;
  /** Empty cells the row being read ends in (see pushRowCell). */
  let emptyRun = 0;
  for (let i = region.startLine; i < endLine; i++) {
    const line = lines.get(i) as Line;
    if (line.text.charCodeAt(0) === 0x7c) {
      // A new row: text after the previous row's last pipe, if any, is a cell of it.
      if (row && cellFrom >= 0) {
        const tail = cellOf(text, cellFrom, lines.get(i - 1)?.end ?? cellFrom);
        if (tail.text !== '') row.push(tail);
      }
      row = [];
      emptyRun = 0;
      rows.push(row);
      cellFrom = line.start + 1;
      scanPipes(text, line.start + 1, line.end);
      continue;
    }
    scanPipes(text, line.start, line.end);
  }
  if (row && cellFrom >= 0) {
    const last = lines.get(endLine - 1) as Line;
    const tail = cellOf(text, cellFrom, last.end);
    if (tail.text !== '') row.push(tail);
  }
  // The rows are ours: their cells are trimmed in place (a hostile row may hold millions).
  const kept = rows.filter((r) => !isDelimiterCells(r));
  for (const r of kept) for (let k = 0; k < r.length; k++) r[k] = trimFill(r[k] as Cell);
  return { layout: 'pipe', rows: kept, startLine: region.startLine, endLine };

  function scanPipes(src: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      if (src.charCodeAt(k) === 0x7c && row) {
        emptyRun = pushRowCell(row, cellOf(src, cellFrom, k), emptyRun);
        cellFrom = k + 1;
      }
    }
  }
}

/**
 * html2text pads cells with `_` (`|_____3303_____|`): underscores at the
 * edges of a cell are fill, never content.
 */
function trimFill(cell: Cell): Cell {
  let s = 0;
  let e = cell.text.length;
  while (s < e && (cell.text[s] === '_' || cell.text[s] === ' ')) s++;
  while (e > s && (cell.text[e - 1] === '_' || cell.text[e - 1] === ' ')) e--;
  if (s === 0 && e === cell.text.length) return cell;
  return { ...cell, text: cell.text.slice(s, e), start: cell.start + s, end: cell.start + e };
}
