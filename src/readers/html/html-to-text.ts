import type { Rendition } from '../../text/rendition.js';
import { BLOCK_ELEMENTS, HEAD_ELEMENTS } from './html-elements.js';
import { scanCharacterData, type CharacterDataSink } from './scan-character-data.js';
import { tokenizeHtml, type HtmlAttribute, type HtmlEndTagToken, type HtmlStartTagToken } from './tokenize-html.js';

/**
 * What the renderer tells about the tables it reads, for `htmlTableGrids`.
 * Calls nest: a table's rows and cells come between its open and close, and
 * a nested table opens and closes inside a cell of its outer table.
 *
 * @internal
 */
export interface TableObserver {
  /** A table opens at `start` (explicitly, or implicitly at a stray `<tr>` or `<td>`). */
  readonly openTable: (start: number) => void;
  /** The innermost open table closes; `end` is just past `</table>`, or where it was implied. */
  readonly closeTable: (end: number) => void;
  /** A row of the innermost table opens. */
  readonly openRow: () => void;
  /** The open row of the innermost table closes. */
  readonly closeRow: () => void;
  /** A cell opens at `start`; `attributes` of its tag (none for a cell implied by stray text). */
  readonly openCell: (start: number, attributes: readonly HtmlAttribute[], header: boolean) => void;
  /** The open cell closes; `end` is just past `</td>`, or where it was implied. */
  readonly closeCell: (end: number) => void;
  /** Text the rendition gives to the open cell of the innermost table (collapsed and trimmed as there). */
  readonly cellText: (text: string) => void;
}

/**
 * Reads HTML — a whole page or a fragment, as CMS pages and Word paste it —
 * as lines of plain text that the default recognizers read, with a map
 * back into the HTML (a `Rendition`, as input readers give).
 *
 * - Block elements (`p`, `div`, `h1`–`h6`, `li`, `br`, `hr`, `table`,
 *   `title`…) break lines; white space within a line collapses to one space;
 *   lines are trimmed, and empty lines are not written.
 * - Each table row is one line, its cells (`td`, `th`) joined by one tab in
 *   source order: cells covered by a rowspan or colspan are not padded (the
 *   TSV recognizer takes shifted rows; `htmlTableGrids` places cells by
 *   their spans). Inside a cell, `br`, `p` and other blocks are one space;
 *   a cell never holds a tab or a line break. A row of empty cells is not
 *   written.
 * - A table nested in a cell ends the outer row's line there; the inner
 *   table's rows follow as lines of their own, and the rest of the outer row
 *   continues on a new line (its first cell is the rest of the interrupted
 *   one). Simple and linear even for deep nesting.
 * - Character references are decoded (`&nbsp;` is a space); `script`,
 *   `style`, comments (Word's conditional comments too), `<![CDATA[…]]>`,
 *   `<?xml?>` and the doctype give nothing; in `head` only `title` gives text.
 *
 * The map (`sourceOffsetIn(map, offset)`): a character copied from the HTML
 * maps to where it is there; a decoded reference (`&amp;`), and white space
 * collapsed to one space, map to where their source starts, and the offset
 * just after them to where it ends; tabs and line breaks are inserted and
 * map to the end of the text before them, so that a cell's span `[start,
 * end)` maps exactly onto the cell's text in the HTML.
 *
 * Never throws on a string; linear in the input.
 *
 * @example
 * ```ts
 * import { sourceOffsetIn } from 'xxgk-report';
 * import { htmlToText } from 'xxgk-report/html';
 * const { text, map } = htmlToText('<p>三、收到和处理</p><table><tr><td>一、本年新收</td><td><p>1</p></td><td>2</td></tr></table>');
 * text;                                   // '三、收到和处理\n一、本年新收\t1\t2'
 * sourceOffsetIn(map, text.indexOf('1')); // 47, where `1` is in the HTML
 * ```
 */
export function htmlToText(html: string): Rendition {
  if (typeof html !== 'string') throw new TypeError('htmlToText: expected a string');
  return renderHtml(html, null);
}

/** A table being read: where the reader is in it. */
interface TableState {
  /** A row is open. */
  inRow: boolean;
  /** A cell of the open row is open. */
  inCell: boolean;
  /** Inside `<caption>`: its text is a line of its own, not a cell. */
  inCaption: boolean;
}

const NO_ATTRIBUTES: readonly HtmlAttribute[] = [];

/**
 * The renderer behind {@link htmlToText}, telling an observer about the
 * tables it reads.
 *
 * @internal
 */
export function renderHtml(html: string, observer: TableObserver | null): Rendition {
  const n = html.length;
  const parts: string[] = [];
  /** `[textStart, sourceStart, length]` triples, as `Rendition.map`. */
  const map: number[] = [];
  let length = 0;

  // The line being written: kept when it gets text, dropped (with the line
  // break before it) when it ends without any, as a row of empty cells does.
  let lineOpen = false;
  let markParts = 0;
  let markMap = 0;
  let markLength = 0;
  let lineHasText = false;
  /** The current cell (or the line, outside tables) has text: a pending space is written before more. */
  let fieldHasText = false;
  /** Cells on this line: a cell after the first one is preceded by a tab. */
  let lineCells = 0;
  /** Pending white space, written as one space only if text follows in the same cell or line. */
  let spaceStart = -1;
  let spaceEnd = -1;

  const tables: TableState[] = [];
  let inHead = false;
  let inTitle = false;
  let preDepth = 0;

  const sink: CharacterDataSink = {
    space(start, end) {
      if (needsImplicitCell()) return; // white space between rows and cells
      if (preDepth > 0 && !inCell() && isLineBreakAt(html, start)) endLine();
      else if (spaceStart < 0) {
        spaceStart = start;
        spaceEnd = end;
      }
    },
    chars(start, end) {
      if (needsImplicitCell()) openCell(start, NO_ATTRIBUTES, false);
      write(html.slice(start, end), start, end, true);
    },
    entity(value, start, end) {
      if (needsImplicitCell()) openCell(start, NO_ATTRIBUTES, false);
      write(value, start, end, false);
    },
  };

  for (const token of tokenizeHtml(html)) {
    switch (token.kind) {
      case 'text':
        if (!inHead || inTitle) scanCharacterData(html, token.start, token.end, sink);
        break;
      case 'startTag':
        startTag(token);
        break;
      case 'endTag':
        endTag(token);
        break;
      default:
        break; // comments and the content of script, style…: nothing
    }
  }
  while (tables.length > 0) closeTable(n, n);
  endLine();

  return { text: parts.join(''), map };

  function startTag(token: HtmlStartTagToken): void {
    const { name, start, end } = token;
    if (inHead && name !== 'head' && !HEAD_ELEMENTS.has(name)) inHead = false;
    switch (name) {
      case 'table':
        openTable(start);
        return;
      case 'tr': {
        const table = ensureTable(start);
        closeRow(table, start);
        openRow(table);
        return;
      }
      case 'td':
      case 'th':
        openCell(start, token.attributes, name === 'th');
        return;
      case 'tbody':
      case 'thead':
      case 'tfoot': {
        const table = top();
        if (table) closeRow(table, start);
        return;
      }
      case 'caption': {
        const table = top();
        if (table) {
          closeRow(table, start);
          endLine();
          table.inCaption = true;
        } else blockBreak(start, end);
        return;
      }
      case 'col':
      case 'colgroup':
        return;
      case 'head':
        inHead = true;
        blockBreak(start, end);
        return;
      case 'body':
        inHead = false;
        blockBreak(start, end);
        return;
      case 'title':
        blockBreak(start, end);
        inTitle = true;
        return;
      case 'pre':
      case 'listing':
        blockBreak(start, end);
        preDepth++;
        return;
      default:
        if (BLOCK_ELEMENTS.has(name)) blockBreak(start, end);
    }
  }

  function endTag(token: HtmlEndTagToken): void {
    const { name, start, end } = token;
    switch (name) {
      case 'table':
        if (top()) closeTable(start, end);
        else blockBreak(start, end);
        return;
      case 'tr':
      case 'tbody':
      case 'thead':
      case 'tfoot': {
        const table = top();
        if (table) closeRow(table, start);
        return;
      }
      case 'td':
      case 'th': {
        const table = top();
        if (table && table.inCell) closeCell(table, end);
        return;
      }
      case 'caption': {
        const table = top();
        if (table) endCaption(table);
        return;
      }
      case 'head':
        inHead = false;
        return;
      case 'title':
        inTitle = false;
        blockBreak(start, end);
        return;
      case 'pre':
      case 'listing':
        preDepth = Math.max(0, preDepth - 1);
        blockBreak(start, end);
        return;
      default:
        if (BLOCK_ELEMENTS.has(name)) blockBreak(start, end);
    }
  }

  // ---- tables -------------------------------------------------------------

  function top(): TableState | undefined {
    return tables[tables.length - 1];
  }

  function inCell(): boolean {
    const table = top();
    return table !== undefined && table.inCell;
  }

  /** Text inside a table but outside any cell (HTML would move it before the table) opens a cell. */
  function needsImplicitCell(): boolean {
    const table = top();
    return table !== undefined && !table.inCell && !table.inCaption;
  }

  function openTable(start: number): void {
    const outer = top();
    // `<table>` in a table but not in a cell closes that table, as in HTML.
    if (outer && !outer.inCell) closeTable(start, start);
    endLine();
    tables.push({ inRow: false, inCell: false, inCaption: false });
    observer?.openTable(start);
  }

  function ensureTable(start: number): TableState {
    const table = top();
    if (table) return table;
    openTable(start);
    return top() as TableState;
  }

  function closeTable(start: number, end: number): void {
    const table = tables.pop();
    if (!table) return;
    if (table.inCell) observer?.closeCell(start);
    if (table.inRow) observer?.closeRow();
    endLine();
    observer?.closeTable(end);
    // Back in the cell of an outer table: the rest of its row continues on a
    // new line, which starts with the rest of this cell.
    if (top()?.inCell) lineCells = 1;
  }

  function openRow(table: TableState): void {
    table.inRow = true;
    observer?.openRow();
  }

  function closeRow(table: TableState, at: number): void {
    endCaption(table);
    if (table.inCell) closeCell(table, at);
    if (table.inRow) {
      table.inRow = false;
      observer?.closeRow();
      endLine();
    }
  }

  function openCell(start: number, attributes: readonly HtmlAttribute[], header: boolean): void {
    const table = ensureTable(start);
    endCaption(table);
    if (table.inCell) closeCell(table, start);
    if (!table.inRow) openRow(table);
    table.inCell = true;
    observer?.openCell(start, attributes, header);
    if (lineCells > 0) {
      openLine();
      insert('\t');
    }
    lineCells++;
    fieldHasText = false;
    spaceStart = -1;
  }

  function closeCell(table: TableState, end: number): void {
    table.inCell = false;
    observer?.closeCell(end);
    spaceStart = -1;
  }

  function endCaption(table: TableState): void {
    if (!table.inCaption) return;
    table.inCaption = false;
    endLine();
  }

  // ---- lines --------------------------------------------------------------

  /** A block element's tag: a line break, or one space inside a cell. */
  function blockBreak(start: number, end: number): void {
    const table = top();
    if (table === undefined || table.inCaption) endLine();
    else if (table.inCell && spaceStart < 0) {
      spaceStart = start;
      spaceEnd = end;
    }
    // In a table between cells: nothing (the row's line goes on).
  }

  function openLine(): void {
    if (lineOpen) return;
    lineOpen = true;
    markParts = parts.length;
    markMap = map.length;
    markLength = length;
    if (length > 0) insert('\n');
  }

  function endLine(): void {
    if (lineOpen && !lineHasText) {
      parts.length = markParts;
      map.length = markMap;
      length = markLength;
    }
    lineOpen = false;
    lineHasText = false;
    fieldHasText = false;
    lineCells = 0;
    spaceStart = -1;
  }

  /** Writes text, after the pending space if the cell or line already has text. */
  function write(value: string, start: number, end: number, copied: boolean): void {
    openLine();
    const toCell = observer !== null && inCell();
    if (spaceStart >= 0) {
      if (fieldHasText) {
        // A plain space is copied (and extends the run); other white space stands for itself.
        push(' ', spaceStart, spaceEnd, spaceEnd === spaceStart + 1 && html.charCodeAt(spaceStart) === 0x20);
        if (toCell) observer?.cellText(' ');
      }
      spaceStart = -1;
    }
    push(value, start, end, copied);
    if (toCell) observer?.cellText(value);
    lineHasText = true;
    fieldHasText = true;
  }

  /**
   * Appends text and its map: a copied run is one triple (grown while the
   * copy goes on); a reference or collapsed white space is a run of length 0
   * at its start, then one at its end, so that the character maps to where
   * its source starts and the offset after it to where its source ends.
   */
  function push(value: string, start: number, end: number, copied: boolean): void {
    const k = map.length - 3;
    if (copied) {
      const runLength = map[k + 2] ?? 0;
      if (runLength > 0 && (map[k] as number) + runLength === length && (map[k + 1] as number) + runLength === start) map[k + 2] = runLength + (end - start);
      else map.push(length, start, end - start);
    } else {
      map.push(length, start, 0, length + value.length, end, 0);
    }
    parts.push(value);
    length += value.length;
  }

  /** Appends a separator that no run maps: it maps to the end of the text before it. */
  function insert(value: string): void {
    parts.push(value);
    length += value.length;
  }
}

/** LF, or a CR not followed by LF: a line break inside `<pre>`. */
function isLineBreakAt(html: string, at: number): boolean {
  const c = html.charCodeAt(at);
  return c === 0x0a || (c === 0x0d && html.charCodeAt(at + 1) !== 0x0a);
}
