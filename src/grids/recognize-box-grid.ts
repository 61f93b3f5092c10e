import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import type { Cell, Grid, TextRegion } from './grid.js';
import { append } from '../model/append.js';

/** Characters that separate cells in a box-drawing grid. */
const VERTICAL = new Set([...'│┃║├┤┼┬┴╋╂┠┨┝┥┿╠╣╬╟╢╞╡╪╫┌┐└┘╔╗╚╝┏┓┗┛']);
/** Characters that fill a rule between rows. */
const HORIZONTAL = new Set([...'─━═┄┅┈┉╌╍']);

const isSpace = (c: string): boolean => c === ' ' || c === '\u3000' || c === '\u00a0' || c === '\f' || c === '\r';

/** A line that belongs to a box grid: its first visible character draws the box. */
function isBoxLine(line: Line): boolean {
  const t = line.text;
  let i = 0;
  while (i < t.length && isSpace(t[i] as string)) i++;
  return i < t.length && VERTICAL.has(t[i] as string);
}

/** A line of rules only: a boundary between logical rows. */
function isRuleLine(line: Line): boolean {
  for (const c of line.text) if (!VERTICAL.has(c) && !HORIZONTAL.has(c) && !isSpace(c)) return false;
  return true;
}

/** True when some of the line's characters fill a rule. */
function hasRuleFill(line: Line): boolean {
  for (const c of line.text) if (HORIZONTAL.has(c)) return true;
  return false;
}

function hasDigitChar(t: string): boolean {
  for (const c of t) if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) return true;
  return false;
}

/** The cell pieces of one text line: text between box characters, rule fill as empty. */
function pieces(text: string, line: Line): Cell[] {
  const out: Cell[] = [];
  const t = line.text;
  let from = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = t[i];
    if (c === undefined || VERTICAL.has(c)) {
      if (from >= 0) {
        let s = from;
        let e = i;
        while (s < e && (isSpace(t[s] as string) || HORIZONTAL.has(t[s] as string))) s++;
        while (e > s && (isSpace(t[e - 1] as string) || HORIZONTAL.has(t[e - 1] as string))) e--;
        // Nothing after the last │ is not a cell.
        if (c !== undefined || e > s) out.push({ text: t.slice(s, e), start: line.start + s, end: line.start + e });
      }
      from = i + 1;
    }
  }
  return out;
}

/**
 * A row read between two rules, its lines merged cell by cell: every cell
 * of the table row is there between its `│`, so a blank among the values is
 * a blank value (`exactRow`). Leading blank cells are the cells a rowspan
 * label covers (w3m prints the label once, in the middle of its rows): they
 * give no cells.
 */
function exactRow(cells: readonly Cell[]): Cell[] {
  let first = 0;
  while (first < cells.length && (cells[first] as Cell).text === '') first++;
  return cells.slice(first).map((cell) => ({ ...cell, exactRow: true as const }));
}

/**
 * Reads box-drawing grids as w3m (and lynx, for some pages) print HTML
 * tables: cells between `│`, rows between rule lines, a label wrapped over
 * the text lines of its row:
 *
 * ```text
 *   ├─────┼──────┤
 * > │（二）部分公开（区分处理的，只计 │ 212  │
 * > │这一情形，不计其他情形）         │      │
 *   ├─────┼──────┤
 * ```
 *
 * The text lines of a logical row are merged cell by cell when they have the
 * same number of cells; a merged cell's span runs from its first piece to
 * its last.
 *
 * @example
 * ```ts
 * import { recognizeBoxGrid, splitLines } from 'xxgk-report';
 * const text = [
 *   '├────┼────┤',
 *   '│规章│1   │',
 *   '├────┼────┤',
 *   '│行政规范│209 │',
 *   '│性文件  │    │',
 *   '└────┴────┘',
 * ].join('\n');
 * const lines = splitLines(text);
 * const grid = recognizeBoxGrid({ text, lines, startLine: 0, endLine: lines.length });
 * grid?.rows.map((row) => row.map((c) => c.text)); // [['规章', '1'], ['行政规范\n性文件', '209']]
 * ```
 */
export function recognizeBoxGrid(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first || !isBoxLine(first)) return null;
  const rows: Cell[][] = [];
  let group: Cell[][] = [];
  let endLine = region.startLine;
  const flushGroup = (): void => {
    if (group.length === 0) return;
    const width = (group[0] as Cell[]).length;
    if (group.every((g) => g.length === width)) {
      const merged: Cell[] = [];
      for (let k = 0; k < width; k++) {
        const parts = group.map((g) => g[k] as Cell).filter((c) => c.text !== '');
        if (parts.length > 1 && parts.some((p) => hasDigitChar(p.text))) {
          // Never join numbers of different lines: keep the lines apart.
          append(rows, group);
          group = [];
          return;
        }
        if (parts.length === 0) merged.push((group[0] as Cell[])[k] as Cell);
        else merged.push({ text: parts.map((p) => p.text).join('\n'), start: (parts[0] as Cell).start, end: (parts[parts.length - 1] as Cell).end });
      }
      rows.push(exactRow(merged));
    } else {
      append(rows, group);
    }
    group = [];
  };
  for (let i = region.startLine; i < region.endLine; i++) {
    const line = lines.get(i) as Line;
    if (!isBoxLine(line)) break;
    endLine = i + 1;
    if (isRuleLine(line)) {
      flushGroup();
      continue;
    }
    group.push(pieces(text, line));
    // A line that is partly a rule (│予公开   ├────┼──) closes the rows of the
    // other columns: the logical row ends with it.
    if (hasRuleFill(line)) flushGroup();
  }
  flushGroup();
  return { layout: 'box', rows, startLine: region.startLine, endLine };
}
