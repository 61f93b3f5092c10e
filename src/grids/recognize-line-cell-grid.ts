import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { isDigitRun, parseCellValue } from './parse-cell-value.js';
import { cellOf, splitTrailingValues, trailingValuesLabelEnd, type Cell, type Grid, type TextRegion } from './grid.js';
import { append } from '../model/append.js';
import { isPageFooter } from './page-footer.js';
import { lineFacts, type LineFactsSpec } from './line-facts.js';

/** Longest line we take for a cell (the longest template label has 38 characters). */
const MAX_CELL = 48;
/** Lines we look ahead for numbers before deciding a run of short lines is no table. */
const LOOKAHEAD = 40;
/** Lone-number lines that must follow for the run to be a table. */
const MIN_NUMBERS = 3;

const isValueToken = (token: string): boolean => parseCellValue(token).kind !== 'text';

type LineKind = 'empty' | 'blankCell' | 'number' | 'text' | 'prose';

/** What a line is in a one-cell-per-line export. */
export function kindOf(line: Line): LineKind {
  const t = line.text;
  if (t.includes('\t')) return 'prose';
  if (isOnlyOf(t, 0x20, 0x0d, 0x0c)) return 'empty';
  // A page footer (-3-, — 4 —) inside a table is no cell: passed over like an empty line.
  if (isPageFooter(t)) return 'empty';
  // A line of only no-break or ideographic spaces is a blank cell written out.
  if (t.length > 0 && isOnlyOf(t, 0x20, 0xa0, 0x3000) && !isOnlyOf(t, 0x20, 0x20, 0x20)) return 'blankCell';
  const trimmed = t.trim();
  if (parseCellValue(trimmed).kind !== 'text') return 'number';
  // A label with numbers after it: asked without making the cells.
  const labelEnd = trailingValuesLabelEnd(trimmed, isValueToken);
  if (labelEnd >= 0) return labelEnd > MAX_CELL ? 'prose' : 'number';
  if (trimmed.length > MAX_CELL || trimmed.endsWith('。') || trimmed.endsWith('；')) return 'prose';
  return 'text';
}

/** Whether every character of the text is one of three (true for no text). A loop, not a regex: asked of every line. */
function isOnlyOf(t: string, a: number, b: number, c: number): boolean {
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code !== a && code !== b && code !== c) return false;
  }
  return true;
}

/** The kinds as codes, for the per-line facts (1–5). */
const KINDS: readonly LineKind[] = ['empty', 'blankCell', 'number', 'text', 'prose'];
const CODE_OF: Readonly<Record<LineKind, number>> = { empty: 1, blankCell: 2, number: 3, text: 4, prose: 5 };

/** Each line's kind, once per line; the lookahead stops at numbers and prose. */
const LINE_CELL_FACTS: LineFactsSpec = {
  classify: (line) => CODE_OF[kindOf(line)],
  isDecisive: (code) => code === CODE_OF.number || code === CODE_OF.prose,
};

/**
 * Reads tables written one cell per line with no other mark, as LibreOffice's
 * and Word's text export and `pdftotext` without `-layout` give them: a label
 * or a number a line, empty lines for cells covered by a rowspan, and — in
 * LibreOffice's export — a line of a no-break space for a blank cell:
 *
 * ```text
 *   一、本年新收政府信息公开申请数量
 *   164
 * > \u00a0
 *   0
 * ```
 *
 * Takes a run of short lines that holds lone numbers soon; ends at prose.
 * When the export writes blank cells out (no-break-space lines), its rows are
 * exact, and a blank at the end of a row is a blank value.
 *
 * @example
 * ```ts
 * import { recognizeLineCellGrid, splitLines } from 'xxgk-report';
 * const text = '一、本年新收政府信息公开申请数量\n164\n10\n0\n2\n1\n0\n177';
 * const lines = splitLines(text);
 * const grid = recognizeLineCellGrid({ text, lines, startLine: 0, endLine: lines.length });
 * grid?.layout;                               // 'line-cell'
 * grid?.rows[0]?.map((c) => c.text);          // ['一、本年新收政府信息公开申请数量', '164', '10', '0', '2', '1', '0', '177']
 * ```
 */
export function recognizeLineCellGrid(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first) return null;
  const facts = lineFacts(lines, LINE_CELL_FACTS);
  const kindAt = (i: number): LineKind => KINDS[facts.kindOf(i) - 1] as LineKind;
  const firstKind = kindAt(region.startLine);
  if (firstKind !== 'text' && firstKind !== 'number') return null;
  // MIN_NUMBERS lone-number lines within the lookahead, before any prose: found
  // by hopping from one number-or-prose line to the next, each line classified once.
  let at = region.startLine;
  for (let numbers = 0; numbers < MIN_NUMBERS; numbers++) {
    const j = facts.nextDecisive(at);
    if (j >= region.endLine || j - region.startLine >= LOOKAHEAD || kindAt(j) !== 'number') return null;
    at = j + 1;
  }

  const cells: Cell[] = [];
  let endLine = region.startLine;
  let blanksWritten = false;
  for (let i = region.startLine; i < region.endLine; i++) {
    const line = lines.get(i) as Line;
    const kind = kindAt(i);
    if (kind === 'prose') break;
    if (kind === 'empty') continue;
    if (kind === 'blankCell') {
      blanksWritten = true;
      cells.push({ text: '', start: line.start, end: line.start });
    } else {
      const cell = cellOf(text, line.start, line.end);
      // A bare digit run alone on its line may be one run of a split number (`1` / `62`).
      if (isDigitRun(cell.text)) cells.push({ text: cell.text, start: cell.start, end: cell.end, mayJoinRuns: true });
      else append(cells, splitTrailingValues(cell, isValueToken));
    }
    endLine = i + 1;
  }
  const row = blanksWritten ? cells.map((c) => ({ ...c, exactRow: true as const })) : cells;
  return { layout: 'line-cell', rows: [row], startLine: region.startLine, endLine };
}
