import type { PageBox } from '../../model/page-box.js';
import { isPageFooter } from '../../grids/page-footer.js';
import { matchSectionHeading } from '../../sections/split-sections.js';
import type { PageContent, TextRun } from './page-content.js';
import { findRuledTables, type Box, type RuledTable } from './ruled-tables.js';
import { templateRowOf } from './template-row-label.js';

/** A stretch of the rendition and where on which page it was drawn. */
export interface PlacedText {
  readonly start: number;
  readonly end: number;
  readonly box: PageBox;
}

/** A run inside a table that no cell could take, at the rendition offset of its table. */
export interface PlacedStray {
  readonly at: number;
  readonly text: string;
  readonly box: PageBox;
}

/**
 * A PDF rendered for the line pipeline: narrative lines in reading order,
 * each ruled table as tab-separated rows (one field per cell, a rowspan or
 * colspan cell written once, in its top row, as the HTML reader writes
 * `<td>`s), and where on the page each piece of text came from.
 */
export interface PdfRendition {
  readonly text: string;
  /** In rendition order (ascending `start`). */
  readonly placed: readonly PlacedText[];
  readonly strays: readonly PlacedStray[];
  /** Characters of text the pages carry (0 for a scan). */
  readonly textLength: number;
  /** Ruled tables found. */
  readonly tables: number;
}

/** Rows at the top of a table that a continued part may repeat as its header. */
const MAX_HEADER_ROWS = 6;

/** Share of the page height at the top and bottom where page numbers live. */
const MARGIN_SHARE = 0.1;

/** The glyph box of a run: from a little below the baseline to the font's height above it. */
function runBox(run: TextRun): Box {
  return { x: run.x, y: run.y - run.size * 0.15, width: run.width, height: run.size };
}

function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    if (b.x < x1) x1 = b.x;
    if (b.y < y1) y1 = b.y;
    if (b.x + b.width > x2) x2 = b.x + b.width;
    if (b.y + b.height > y2) y2 = b.y + b.height;
  }
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

const round = (n: number): number => Math.round(n * 100) / 100;

function pageBox(page: number, box: Box): PageBox {
  return { page, x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) };
}

/** Runs grouped into lines by baseline, top line first, each line left to right. */
export function groupLines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = 0;
  let size = 0;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.y - baseline) <= 0.5 * Math.min(size, run.size)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [run];
    baseline = run.y;
    size = run.size;
  }
  if (current.length > 0) lines.push(current);
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** A piece of a laid-out line: a run's text, or the spaces between runs. */
interface LinePiece {
  readonly text: string;
  readonly run?: TextRun;
}

/**
 * Lays out one line of runs. A gap of a fraction of the font size is a
 * space; with `columns`, a wide gap (columns set apart, as pdftotext
 * -layout shows them) is a run of spaces, so that an unruled table still
 * reads by its columns.
 */
function layOutLine(line: readonly TextRun[], columns: boolean): LinePiece[] {
  const pieces: LinePiece[] = [];
  let end = -Infinity;
  for (const run of line) {
    const gap = run.x - end;
    if (pieces.length > 0) {
      if (columns && gap > 1.5 * run.size) pieces.push({ text: ' '.repeat(Math.min(40, Math.max(2, Math.round(gap / (run.size / 2))))) });
      else if (gap > 0.2 * run.size) pieces.push({ text: ' ' });
    }
    pieces.push({ text: run.text, run });
    end = Math.max(end, run.x + run.width);
  }
  return pieces;
}

/** The text of one line of runs (see {@link layOutLine}). */
export function lineText(line: readonly TextRun[], columns: boolean): string {
  return layOutLine(line, columns)
    .map((p) => p.text)
    .join('')
    .replace(/[\t\r\n\f]/g, ' ');
}

const isLatin = (c: string | undefined): boolean => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));

/** A line of a cell's text, and how wide it is drawn. */
interface CellLine {
  readonly text: string;
  readonly width: number;
}

const DIGITS_ONLY = /^[0-9０-９,，.．]+$/;

/** The lines of a cell, top down, empty ones left out. */
function cellLines(runs: readonly TextRun[]): CellLine[] {
  const out: CellLine[] = [];
  for (const line of groupLines(runs)) {
    // Justified text in a narrow cell spreads its characters (`（ 三 ）不 予`):
    // a gap between two CJK characters is no word break.
    const text = lineText(line, false).trim().replace(/(?<=[\u2e80-\uffef]) (?=[\u2e80-\uffef])/g, '');
    if (text.length === 0) continue;
    const first = line[0] as TextRun;
    const last = line[line.length - 1] as TextRun;
    out.push({ text, width: last.x + last.width - first.x });
  }
  return out;
}

/** How many lines of a cell start a template row (`（一）`, `1.`, `一、`). */
function startsOfRows(runs: readonly TextRun[]): number {
  let starts = 0;
  for (const line of cellLines(runs)) if (ENUMERATOR.test(line.text)) starts++;
  return starts;
}

/**
 * The text of a cell: its lines joined. A label wrapped in a narrow column
 * continues on the next line, so lines join with nothing between them
 * (`1.本机关不掌握相关政府信` + `息`), except between two Latin letters.
 * Digits continue digits (`20` + `9` is 209) only where that line was
 * wrapped — it takes two fifths of the cell's width or more — and the row is not
 * `stacked` (its label cell holds two row labels); else a space stands between them, so that numbers of two rows
 * that no rule separates (`5` over `3`) are no number (null, with a
 * diagnostic), never 53.
 */
export function cellText(runs: readonly TextRun[], width?: number, stacked = false): string {
  let text = '';
  let previous: CellLine | null = null;
  for (const line of cellLines(runs)) {
    if (previous) {
      const digits = DIGITS_ONLY.test(previous.text) && /^[0-9０-９]/.test(line.text);
      const wrapped = !stacked && (width === undefined || previous.width >= width * 0.4);
      if ((digits && !wrapped) || (isLatin(text[text.length - 1]) && isLatin(line.text[0]))) text += ' ';
    }
    text += line.text;
    previous = line;
  }
  return text;
}

/** A page number in the page's top or bottom margin: `- 3 -`, `第3页`, `3`, `3/6`. */
function isMarginPageNumber(text: string, top: number, pageBottom: number, pageTop: number): boolean {
  const margin = (pageTop - pageBottom) * MARGIN_SHARE;
  if (top > pageBottom + margin && top < pageTop - margin) return false;
  const t = text.trim();
  if (isPageFooter(t)) return true;
  return /^\d{1,4}(?:\s*\/\s*\d{1,4})?$/.test(t);
}

/** What {@link continuesParagraph} needs of the line before. */
interface PreviousLine {
  readonly page: number;
  /** Whether it reached the right edge of its page's text. */
  readonly reachedRight: boolean;
  readonly size: number;
  readonly baseline: number;
}

/**
 * Whether a line continues the paragraph of the line before it: that line
 * reached the right edge of the text, this one starts at the left edge (a
 * new paragraph is indented, a heading indented or centred), in the same
 * font size, one line below (or at the top of the next page), and is no
 * section heading.
 */
function continuesParagraph(previous: PreviousLine, page: number, first: TextRun, text: string, leftEdge: number): boolean {
  if (!previous.reachedRight) return false;
  if (Math.abs(first.size - previous.size) > 0.5) return false;
  if (first.x > leftEdge + 0.5 * first.size) return false;
  if (page === previous.page && previous.baseline - first.y > 2.5 * first.size) return false;
  return matchSectionHeading(text) === null;
}

/** A table row as written to the rendition. */
interface WrittenRow {
  readonly page: number;
  readonly lineStart: number;
  /** The rendition offset just past its line: the row is the last thing written while `offset` is still there. */
  readonly end: number;
  /** Index in `placed` of its first cell. */
  readonly placedFrom: number;
  readonly texts: readonly string[];
  readonly boxes: readonly PageBox[];
  /** Left edge and width of each cell. */
  readonly columns: readonly (readonly [number, number])[];
}

/** A label that starts a template row: （一） 1. 一、 (a continuation never does). */
const ENUMERATOR = /^[（(]?[一二三四五六七八九十0-9０-９]{1,3}[）)、.．]/;

/** Whether a text is a number (or a placeholder), not a label. */
const isValueText = (t: string): boolean => /^[-—－/／\s0-9０-９.,，．]*$/.test(t);

/**
 * The texts of `last` with a row's texts appended cell by cell, when the row
 * is the rest of `last` that a page break split off. Each cell with text
 * must stand in a column of `last` (same left edge and width within 2
 * points) that holds text of the same kind — words under words, a number's
 * remaining digits under a number (`680` / `7` is 6807) — and the row's
 * other cells are empty (the cells of rowspans begun on the page before).
 * And the template decides: a label is joined only when the cut label is
 * no template row's (`7.属于行`) and the joined one is (`7.属于行政执法案卷`),
 * so two whole rows (`规章`, then `行政规范性文件` with blank cells) are never
 * run together; a row of digits alone, under numbers, is the rest of those
 * numbers (a template row always has its own label cell). Otherwise null:
 * the row is a row of its own (a repeated header puts words over value
 * cells).
 */
function continueRow(last: WrittenRow, row: readonly { readonly box: Box }[], texts: readonly string[]): string[] | null {
  const merged = [...last.texts];
  let labels = 0;
  let values = 0;
  for (let k = 0; k < row.length; k++) {
    const text = texts[k] as string;
    if (text.length === 0) continue;
    const box = (row[k] as { readonly box: Box }).box;
    const column = last.columns.findIndex(([x, width]) => Math.abs(box.x - x) <= 2 && Math.abs(box.width - width) <= 2);
    if (column < 0) return null;
    const before = last.texts[column] as string;
    if (before.length === 0 || isValueText(before) !== isValueText(text)) return null;
    if (isValueText(text)) {
      values++;
    } else {
      if (ENUMERATOR.test(text) || templateRowOf(before) !== undefined || templateRowOf(before + text) === undefined) return null;
      labels++;
    }
    merged[column] = before + text;
  }
  return labels + values > 0 ? merged : null;
}

/** The rows of a table: its cells grouped by top row (they are sorted by row, then column). */
function rowsOf(table: RuledTable): RuledTable['cells'][] {
  const rows: RuledTable['cells'][] = [];
  let current: RuledTable['cells'][number][] = [];
  let row = -1;
  for (const cell of table.cells) {
    if (cell.row !== row && current.length > 0) {
      rows.push(current);
      current = [];
    }
    row = cell.row;
    current.push(cell);
  }
  if (current.length > 0) rows.push(current);
  return rows;
}

interface Block {
  readonly top: number;
  readonly line?: readonly TextRun[];
  readonly table?: RuledTable;
}

/**
 * Renders the pages of a PDF for the line pipeline, recording where each
 * cell and each narrative run was drawn. Linear in the runs and cells,
 * apart from sorting.
 */
export function renderPdf(pages: readonly PageContent[]): PdfRendition {
  const lines: string[] = [];
  const placed: PlacedText[] = [];
  const strays: PlacedStray[] = [];
  let offset = 0;
  let textLength = 0;
  let tableCount = 0;
  const pushLine = (line: string): number => {
    const start = offset;
    lines.push(line);
    offset += line.length + 1;
    return start;
  };

  // The last narrative line written, while nothing but narrative followed it
  // (a paragraph may go on over a page break).
  let previous: PreviousLine | null = null;
  // The last table row written, for a row a page break split.
  let lastRow: WrittenRow | null = null;
  // The first rows of the table being written, to know its header when a
  // page repeats it.
  let head: string[] = [];
  for (const page of pages) {
    for (const run of page.runs) textLength += run.text.trim().length;
    const ruled = findRuledTables(page.runs, page.rules);
    tableCount += ruled.tables.length;
    const blocks: Block[] = [];
    for (const line of groupLines(ruled.outside)) {
      // A loop, not Math.max(...): a hostile line may hold millions of runs.
      let top = -Infinity;
      for (const r of line) top = Math.max(top, r.y + r.size * 0.85);
      blocks.push({ top, line });
    }
    for (const table of ruled.tables) blocks.push({ top: table.box.y + table.box.height, table });
    blocks.sort((a, b) => b.top - a.top);
    const [, pageBottom, , pageTop] = page.view;

    // The text block's edges, for telling a wrapped line from a paragraph's end.
    let leftEdge = Infinity;
    let rightEdge = -Infinity;
    for (const block of blocks) {
      const line = block.line;
      if (!line || line.length === 0) continue;
      const first = line[0] as TextRun;
      const last = line[line.length - 1] as TextRun;
      if (first.x < leftEdge) leftEdge = first.x;
      if (last.x + last.width > rightEdge) rightEdge = last.x + last.width;
    }

    for (const block of blocks) {
      if (block.line) {
        // Wide gaps are columns only on a page whose tables are not ruled:
        // beside ruled tables a wide gap is justified prose (`继续办理    20`).
        const pieces = layOutLine(block.line, ruled.tables.length === 0);
        const text = pieces.map((p) => p.text).join('').replace(/[\t\r\n\f]/g, ' ');
        if (isMarginPageNumber(text, block.top, pageBottom, pageTop)) continue;
        const first = block.line[0] as TextRun;
        const last = block.line[block.line.length - 1] as TextRun;
        let start: number;
        if (previous && continuesParagraph(previous, page.page, first, text, leftEdge)) {
          // A line of a paragraph wrapped at the right edge goes on the line
          // before it, so that sentences (办结169件) stay whole for the
          // narrative checks.
          const joiner = isLatin(lines[lines.length - 1]?.slice(-1)) && isLatin(text[0]) ? ' ' : '';
          start = offset - 1 + joiner.length;
          lines[lines.length - 1] += joiner + text;
          offset += joiner.length + text.length;
        } else {
          start = pushLine(text);
        }
        previous = { page: page.page, reachedRight: last.x + last.width >= rightEdge - 1.5 * last.size, size: last.size, baseline: first.y };
        let at = start;
        for (const piece of pieces) {
          if (piece.run) placed.push({ start: at, end: at + piece.text.length, box: pageBox(page.page, runBox(piece.run)) });
          at += piece.text.length;
        }
        continue;
      }
      previous = null;
      const table = block.table as RuledTable;
      const tableStart = offset;
      // A table that starts where the last page's table ended (nothing
      // written between) continues it: the header it repeats is passed over.
      const continuing = lastRow !== null && lastRow.page === page.page - 1 && lastRow.end === offset;
      if (!continuing) head = [];
      let repeating = continuing && head.length > 0;
      let r = 0;
      for (const row of rowsOf(table)) {
        // A label cell holding two row labels (`1.…` over `2.…`) is rows a
        // missing rule ran together: their numbers are not wrapped ones.
        const stacked = row.some((c) => startsOfRows(c.runs) >= 2);
        const texts = row.map((c) => cellText(c.runs, c.box.width, stacked));
        if (texts.every((t) => t.length === 0)) continue;
        const written = texts.join('\t');
        if (repeating && r < head.length && written === head[r]) {
          r++;
          continue;
        }
        if (repeating) r = 0;
        repeating = false;
        if (!continuing && head.length < MAX_HEADER_ROWS) head.push(written);
        // The first row of a table at the top of a page may be the rest of
        // the last row of the page before, split by the page break
        // (`4.保护第` … / `三方合法权益`): joined to it cell by cell.
        const last = (continuing && r++ === 0 ? lastRow : null) as WrittenRow | null;
        const merged: string[] | null = last && last.page === page.page - 1 && last.end === offset ? continueRow(last, row, texts) : null;
        if (last && merged) {
          const { lineStart, placedFrom, boxes } = last;
          const line = merged.join('\t');
          placed.length = placedFrom;
          let at = lineStart;
          merged.forEach((text, k) => {
            placed.push({ start: at, end: at + text.length, box: boxes[k] as PageBox });
            at += text.length + 1;
          });
          lines[lines.length - 1] = line;
          offset = lineStart + line.length + 1;
          const grown: WrittenRow = { ...last, texts: merged, end: offset };
          lastRow = grown;
          continue;
        }
        const lineStart = offset;
        const placedFrom = placed.length;
        const boxes: PageBox[] = [];
        let at = offset;
        for (let k = 0; k < row.length; k++) {
          const cell = row[k]!;
          const text = texts[k] as string;
          const box = pageBox(page.page, union(cell.runs.map(runBox)) ?? cell.box);
          boxes.push(box);
          placed.push({ start: at, end: at + text.length, box });
          at += text.length + 1;
        }
        pushLine(texts.join('\t'));
        lastRow = { page: page.page, lineStart, end: offset, placedFrom, texts, boxes, columns: row.map((c) => [c.box.x, c.box.width] as const) };
      }
      for (const stray of ruled.strays) {
        if (stray.table !== table) continue;
        strays.push({ at: tableStart, text: stray.run.text, box: pageBox(page.page, runBox(stray.run)) });
      }
    }
  }
  return { text: lines.join('\n'), placed, strays, textLength, tables: tableCount };
}

/** The box of the placed text that holds `offset` (a blank cell: the one that starts there), or undefined. */
export function boxAt(placed: readonly PlacedText[], offset: number): PageBox | undefined {
  let lo = 0;
  let hi = placed.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((placed[mid] as PlacedText).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Blank cells share a start with the next field: take the last one that
  // starts at or before the offset and still reaches it.
  for (let k = found; k >= 0 && k > found - 3; k--) {
    const p = placed[k] as PlacedText;
    if (p.start <= offset && offset <= p.end) return p.box;
  }
  return undefined;
}
