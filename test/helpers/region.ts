import { splitLines, type TextRegion } from '../../src/index.js';

/** A region over the whole of `text`, starting at line `startLine`. */
export function regionOf(text: string, startLine = 0): TextRegion {
  const lines = splitLines(text);
  return { text, lines, startLine, endLine: lines.length };
}

/** The cell texts of a grid's rows. */
export function texts(grid: { rows: readonly (readonly { text: string }[])[] } | null): string[][] | null {
  return grid ? grid.rows.map((r) => r.map((c) => c.text)) : null;
}
