import type { Cell } from '../grids/grid.js';
import type { LineIndex } from '../text/line-index.js';

/**
 * Whether a row's value cell stands on a line of its own: no other cell of
 * the row (its label included) on the same line. A bare digit line of the
 * line-cell grid (`mayJoinRuns`) always does; so does each number of
 * pdftotext's default output, one number a line. A row read from such cells
 * has only their count to go by: a line lost (a blank that left none, equal
 * lines stored once) and a line gained elsewhere leave it shifted with the
 * right count. Linear in the row's cells.
 */
export function aloneOnLine(index: LineIndex, label: Cell, values: readonly Cell[]): (cell: Cell) => boolean {
  const lineOf = (c: Cell): number => index.positionAt(c.start).line;
  // Most rows stand on one line (a tab or pipe row): then no cell is alone
  // on its line, whichever is asked, and no count is needed.
  const first = lineOf(label);
  if (values.length > 0 && values.every((c) => lineOf(c) === first)) return (c) => c.mayJoinRuns === true;
  const cellsOnLine = new Map<number, number>([[first, 1]]);
  for (const c of values) {
    const line = lineOf(c);
    cellsOnLine.set(line, (cellsOnLine.get(line) ?? 0) + 1);
  }
  return (c) => c.mayJoinRuns === true || cellsOnLine.get(lineOf(c)) === 1;
}
