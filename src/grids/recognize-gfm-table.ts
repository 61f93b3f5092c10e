import remarkGfm from 'remark-gfm';
import { lineListOf } from '../text/line-table.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Line } from '../text/split-lines.js';
import { cellOf, isDelimiterCells, type Cell, type Grid, type TextRegion } from './grid.js';
import { readPlainGfmRows } from './read-plain-gfm-table.js';
import { unwrapSpan } from './unwrap-span.js';

/**
 * remark-gfm's table tokenizer is quadratic in the cells of one table, so we
 * give it table regions only, and none larger than this (in UTF-16 units).
 * A larger region is read line by line, without remark.
 */
export const GFM_TABLE_SIZE_CAP = 200_000;

/**
 * One remark processor for every table: building one (unified + remark-parse
 * + remark-gfm, frozen on first use) costs more than parsing a small table,
 * and a report in Markdown has dozens of them. Made on the first table, so a
 * text with none never pays for it.
 */
let processor: { parse: (text: string) => unknown } | null = null;
const gfmProcessor = (): { parse: (text: string) => unknown } => (processor ??= unified().use(remarkParse).use(remarkGfm).freeze());

/** The few mdast fields we read (avoids a dependency on @types/mdast). */
interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** `| --- | :---: |`: only pipes, colons, dashes and spaces, with a dash and a pipe. */
function isDelimiterRow(line: Line | undefined): boolean {
  if (!line) return false;
  const t = line.text;
  let dash = false;
  let pipe = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '-') dash = true;
    else if (c === '|') pipe = true;
    else if (c !== ':' && c !== ' ' && c !== '\t') return false;
  }
  return dash && pipe;
}

/**
 * Reads a well-formed GFM pipe table (a header row, a delimiter row, body
 * rows) with remark-parse and remark-gfm, and returns its cells with
 * positions in the input. Used for Markdown from pandoc and PDF-to-Markdown
 * tools.
 *
 * @example
 * ```ts
 * import { recognizeGfmTable, splitLines } from 'xxgk-report';
 * const text = '| 信息内容 | 本年制发件数 |\n| --- | --- |\n| 规章 | 1 |\n| 行政规范性文件 | 209 |';
 * const lines = splitLines(text);
 * const grid = recognizeGfmTable({ text, lines, startLine: 0, endLine: lines.length });
 * grid?.layout;                                     // 'gfm'
 * grid?.rows.map((row) => row.map((c) => c.text)); // [['信息内容', '本年制发件数'], ['规章', '1'], ['行政规范性文件', '209']]
 * ```
 */
export function recognizeGfmTable(region: TextRegion): Grid | null {
  const { text } = region;
  const lines = lineListOf(region.lines);
  const first = lines.get(region.startLine);
  if (!first || !first.text.includes('|') || !isDelimiterRow(lines.get(region.startLine + 1))) return null;
  let endLine = region.startLine + 2;
  while (endLine < region.endLine && (lines.get(endLine) as Line).text.includes('|')) endLine++;
  const base = first.start;
  const end = (lines.get(endLine - 1) as Line).end;
  // Past the cap remark is not given the region: its rows are read line by
  // line, and the whole region is taken, so that no later line starts the
  // scan again (which would be quadratic).
  if (end - base > GFM_TABLE_SIZE_CAP) return splitPipeLines(region, endLine);

  const plain = readPlainGfmRows(text, lines, region.startLine, endLine);
  const rows = plain ? keptRows(plain) : readInChunks(region, endLine) ?? tableRows(gfmProcessor().parse(text.slice(base, end)) as MdNode, text, (o) => base + o, 0);
  if (rows.length === 0) return null;
  return { layout: 'gfm', rows, startLine: region.startLine, endLine };
}

/**
 * Body rows per remark run. remark-gfm's cost grows with the square of one
 * table's rows (micromark re-tokenizes the table's content as it grows), and
 * a body row's cells depend only on its own line and the header: so a long
 * table is read in chunks of this many rows, each after the header and
 * delimiter rows again.
 */
const GFM_CHUNK_ROWS = 64;

/**
 * The rows of a GFM table of more than GFM_CHUNK_ROWS body rows, read chunk
 * by chunk: every chunk must read as one table taking all its lines, each
 * line a row, else null (the caller reads the region in one run, as remark
 * alone would). The first chunk is the text as written; the others are the
 * header and delimiter lines, then the chunk's lines, with offsets mapped
 * back to the input.
 */
function readInChunks(region: TextRegion, endLine: number): Cell[][] | null {
  const { text, startLine } = region;
  const lines = lineListOf(region.lines);
  const bodyStart = startLine + 2;
  if (endLine - bodyStart <= GFM_CHUNK_ROWS) return null;
  const header = lines.get(startLine) as Line;
  const delimiter = lines.get(startLine + 1) as Line;
  const prefix = `${header.text}\n${delimiter.text}\n`;
  const rows: Cell[][] = [];
  for (let from = bodyStart; from < endLine; from += GFM_CHUNK_ROWS) {
    const to = Math.min(endLine, from + GFM_CHUNK_ROWS);
    const firstChunk = from === bodyStart;
    const rowsStart = (lines.get(from) as Line).start;
    const chunkBase = firstChunk ? header.start : rowsStart - prefix.length;
    const source = firstChunk ? text.slice(header.start, (lines.get(to - 1) as Line).end) : prefix + text.slice(rowsStart, (lines.get(to - 1) as Line).end);
    const tree = gfmProcessor().parse(source) as MdNode;
    const table = tree.children?.[0];
    // One table, every line of the chunk a row of it (the header row too).
    if (tree.children?.length !== 1 || table?.type !== 'table' || table.children?.length !== 1 + (to - from)) return null;
    // Later chunks: drop the header row again (it is read once, in the first chunk).
    for (const row of tableRows(tree, text, (o) => chunkBase + o, firstChunk ? 0 : 1)) rows.push(row);
  }
  return rows;
}

/**
 * The rows of every table of a remark tree, its cells' offsets mapped into
 * the input by `at`, from row `skip` of each table on (delimiter rows dropped).
 */
function tableRows(tree: MdNode, text: string, at: (offset: number) => number, skip: number): Cell[][] {
  const rows: Cell[][] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'table') continue;
    const trs = node.children ?? [];
    for (let r = skip; r < trs.length; r++) {
      const tr = trs[r] as MdNode;
      const row: Cell[] = [];
      for (const td of tr.children ?? []) {
        // The cell's text, not its inline HTML (pandoc -t gfm wraps labels in <span style=…>)
        // nor its bracketed span's attributes (-t markdown: [2987]{style=…}).
        const texts = textNodes(td);
        const from = texts[0]?.position?.start.offset;
        const to = texts[texts.length - 1]?.position?.end.offset;
        if (from === undefined || to === undefined) {
          const offset = at(td.position?.start.offset ?? 0);
          row.push({ text: '', start: offset, end: offset });
        } else {
          row.push(unwrapSpan(text, cellOf(text, at(from), at(to))));
        }
      }
      if (!isDelimiterCells(row)) rows.push(exactCells(row));
    }
  }
  return rows;
}

/** The rows a grid keeps: delimiter rows dropped, the others as exact rows. */
function keptRows(rows: readonly Cell[][]): Cell[][] {
  const out: Cell[][] = [];
  for (const row of rows) if (!isDelimiterCells(row)) out.push(exactCells(row));
  return out;
}

/** Rows of `| a | b |` lines split at their pipes, one row a line (delimiter rows dropped). */
function splitPipeLines(region: TextRegion, endLine: number): Grid {
  const rows: Cell[][] = [];
  const lines = lineListOf(region.lines);
  for (let i = region.startLine; i < endLine; i++) {
    const line = lines.get(i) as Line;
    const row: Cell[] = [];
    let from = line.start;
    for (let k = line.start; k <= line.end; k++) {
      if (k === line.end || region.text.charCodeAt(k) === 0x7c) {
        const cell = unwrapSpan(region.text, cellOf(region.text, from, k));
        if (!(k === line.end && cell.text === '') && !(from === line.start && cell.text === '')) row.push(cell);
        from = k + 1;
      }
    }
    if (!isDelimiterCells(row)) rows.push(exactCells(row));
  }
  return { layout: 'gfm', rows, startLine: region.startLine, endLine };
}

/**
 * A pipe row's cells as its columns: every cell is set apart by pipes, so a
 * blank among the values is a blank value (`exactRow`), not a shifted cell.
 * Leading blank cells are the cells a rowspan label covers (pandoc writes
 * them as `|  |`): they give no cells, as in the other exact layouts.
 */
function exactCells(row: readonly Cell[]): Cell[] {
  let first = 0;
  while (first < row.length && (row[first] as Cell).text === '') first++;
  return row.slice(first).map((cell) => ({ ...cell, exactRow: true as const }));
}

/** The text-bearing leaves under a node, in order (text inside emphasis, links…; not inline HTML). */
function textNodes(node: MdNode): MdNode[] {
  const out: MdNode[] = [];
  const walk = (n: MdNode): void => {
    if (n.type === 'text' || n.type === 'inlineCode') out.push(n);
    else if (n.type !== 'html') for (const child of n.children ?? []) walk(child);
  };
  for (const child of node.children ?? []) walk(child);
  return out;
}
