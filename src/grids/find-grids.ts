import type { Line } from '../text/split-lines.js';
import type { Grid, GridRecognizer } from './grid.js';

/**
 * Scans lines `[startLine, endLine)` and returns the grids the recognizers
 * find, in order. At each line the recognizers are tried in turn and the
 * first that reads a grid wins; scanning resumes after it. Each recognizer
 * rejects a line that cannot open its grid in constant time, so the scan is
 * linear in the lines.
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
    for (const recognize of recognizers) {
      found = recognize({ text, lines, startLine: i, endLine });
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
