import type { Line } from '../text/split-lines.js';
import type { Grid, GridRecognizer, TextRegion } from './grid.js';

/**
 * Scans lines `[startLine, endLine)` and returns the grids the recognizers
 * find, in order. At each line the recognizers are tried in turn and the
 * first that reads a grid wins; scanning resumes after it. Each recognizer
 * rejects a line that cannot open its grid in constant time, so the scan is
 * linear in the lines.
 *
 * @example
 * ```ts
 * import { defaultRecognizers, findGrids, splitLines } from 'xxgk-report';
 * const text = '二、主动公开政府信息情况\n规章\t1\t0\t3\n行政规范性文件\t209\t927\t1632\n说明：无。\n| 行政许可 | 1166001 |';
 * const lines = splitLines(text);
 * const grids = findGrids(text, lines, 1, lines.length, defaultRecognizers);
 * grids.map((g) => [g.layout, g.startLine, g.endLine]); // [['tsv', 1, 3], ['pipe', 4, 5]]
 * ```
 */
export function findGrids(
  text: string,
  lines: readonly Line[],
  startLine: number,
  endLine: number,
  recognizers: readonly GridRecognizer[],
): Grid[] {
  const grids: Grid[] = [];
  let i = startLine;
  while (i < endLine) {
    let found: Grid | null = null;
    // One region per start line, shared by the recognizers tried there (they only read it).
    const region: TextRegion = { text, lines, startLine: i, endLine };
    for (let r = 0; r < recognizers.length; r++) {
      found = (recognizers[r] as GridRecognizer)(region);
      if (found) break;
    }
    if (found && found.endLine > i) {
      grids.push(found);
      i = found.endLine;
    } else {
      i++;
    }
  }
  return grids;
}
