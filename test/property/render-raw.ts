import { renderDocument, type Rendering, type Writer } from './document.js';
import type { ModelReport } from './model.js';
import type { Noise } from './noise.js';
import { sofficeTable } from './render-rows.js';
import type { LogicalTable, TableCell, ValueSlot } from './tables.js';

/**
 * pdftotext without `-layout` (corpus 003 and 017, `*-pdftotext-raw.txt`):
 * every text block of the PDF on lines of its own, in the order pdftotext
 * reads the blocks. Tables 2 and 4 come one cell per line (as LibreOffice's
 * text export writes them). Table 3 comes as pdftotext prints it:
 *
 * - the header words one per line, then the rows in template order;
 * - a row's label printed right before its numbers, or set aside in a
 *   "label dump" printed later — all together, in template order, before a
 *   later label that stands with its numbers, or after the last row (corpus
 *   003: 三、本年度办理结果 / 一、本年新收… / 1.属于国家秘密 / … after the
 *   numbers);
 * - a block of consecutive rows (those under a rowspan group label such as
 *   （三）不予公开 1–8, or any run of rows) printed column by column: for
 *   rows i … i+m−1 the m values of column 1, then of column 2, … then 总计.
 *   Only the block's first label can stand before it; the others are dumped.
 *   A block whose numbers come in the same order either way (rows of
 *   zeros) is printed row by row: no text could tell the two apart;
 * - a blank cell printed as nothing at all (a placeholder as itself);
 * - page footers (`-3-`, then a form feed on the next line) between any two
 *   lines.
 *
 * The noise, per table-3 body row k (`rowShapes[k mod n]`): bit 0 sets the
 * row's label aside; bit 1 prints the row in one column-major block with the
 * row before it; bit 2, on the first row of a rowspan group, prints the whole
 * group as one column-major block; bit 3, on a row whose label stands with
 * its numbers, keeps the labels set aside so far for later. `flavor` bit 0:
 * a blank line after each cell of a row and each column of a block (the
 * spacing pdftotext puts between text blocks); bits 2–3: the footer's form.
 * `pageBreaks`: where in table 3's lines a page breaks (spread over the
 * table: b/81 of the way).
 */

/** One body row of table 3: its labels (rowspan group labels first, its own last) and its value cells. */
interface BodyRow {
  readonly labels: readonly TableCell[];
  /** Rows of the rowspan group this row opens (0: opens none). */
  readonly groupRows: number;
  readonly values: readonly ValueSlot[];
}

/** What table 3 prints, line by line (before spacing and page breaks). */
type Item = { readonly kind: 'label'; readonly cell: TableCell } | { readonly kind: 'value'; readonly slot: ValueSlot } | { readonly kind: 'gap' };

/** A page footer as the corpus prints it: `-3-`, `- 3 -`, `第 3 页`. */
function footer(noise: Noise, n: number): string {
  if (noise.flavor & 8) return `第 ${n} 页`;
  return noise.flavor & 4 ? `- ${n} -` : `-${n}-`;
}

function bodyRows(table: LogicalTable): BodyRow[] {
  return table.rows.slice(table.headerRows).map((cells) => {
    const labels = cells.filter((c) => c.kind !== 'value');
    const values = cells.filter((c) => c.kind === 'value').map((c) => c.value as ValueSlot);
    // A rowspan label right before the row's own (one-column) label opens a group: （三）不予公开 before 1.属于国家秘密.
    const own = labels[labels.length - 1];
    const group = labels[labels.length - 2];
    const groupRows = own && own.colspan === 1 && group && group.rowspan > 1 ? group.rowspan : 0;
    return { labels, groupRows, values };
  });
}

/** The body rows cut into blocks of consecutive rows: [first, count]; a block of more than one row is printed column by column. */
function blocksOf(rows: readonly BodyRow[], shapeOf: (k: number) => number): [number, number][] {
  const blocks: [number, number][] = [];
  let k = 0;
  while (k < rows.length) {
    const start = k;
    let end = k + 1;
    // The whole rowspan group (bit 2 on its first row), then rows joining the block (bit 1).
    if (shapeOf(k) & 4 && (rows[k] as BodyRow).groupRows > 1) end = Math.min(rows.length, k + (rows[k] as BodyRow).groupRows);
    while (end < rows.length && shapeOf(end) & 2) end++;
    blocks.push([start, end - start]);
    k = end;
  }
  return blocks;
}

/** The items of table 3's body: labels with their numbers or set aside, blocks row by row or column by column. */
function bodyItems(rows: readonly BodyRow[], noise: Noise): Item[] {
  const shapeOf = (k: number): number => noise.rowShapes[k % Math.max(1, noise.rowShapes.length)] ?? 0;
  const spaced = (noise.flavor & 1) !== 0;
  const items: Item[] = [];
  let dump: TableCell[] = [];
  const flushDump = (): void => {
    for (const cell of dump) items.push({ kind: 'label', cell });
    if (dump.length > 0 && spaced) items.push({ kind: 'gap' });
    dump = [];
  };
  for (const [first, count] of blocksOf(rows, shapeOf)) {
    const block = rows.slice(first, first + count);
    // Only the block's first label can stand before its numbers; the others are set aside.
    block.forEach((row, j) => {
      const inline = j === 0 && !(shapeOf(first) & 1);
      if (!inline) {
        for (const cell of row.labels) dump.push(cell);
        return;
      }
      if (!(shapeOf(first) & 8)) flushDump();
      for (const cell of row.labels) items.push({ kind: 'label', cell });
      if (spaced) items.push({ kind: 'gap' });
    });
    const columns = (block[0] as BodyRow).values.length;
    const rowByRow = block.flatMap((row) => row.values);
    const columnByColumn = Array.from({ length: columns }, (_, c) => block.map((row) => row.values[c] as ValueSlot)).flat();
    if (count === 1 || columnByColumn.every((slot, i) => slot.shown === (rowByRow[i] as ValueSlot).shown)) {
      // One row; or rows whose numbers come in the same order either way
      // (two rows of zeros): no text tells the two printings apart, and
      // the values are recorded as printed row by row.
      for (const slot of rowByRow) {
        items.push({ kind: 'value', slot });
        if (spaced) items.push({ kind: 'gap' });
      }
      continue;
    }
    for (let c = 0; c < columns; c++) {
      for (const row of block) items.push({ kind: 'value', slot: row.values[c] as ValueSlot });
      if (spaced) items.push({ kind: 'gap' });
    }
  }
  flushDump();
  return items;
}

/** Table 3 as pdftotext without -layout prints it (see the file's comment). */
function rawApplicationsTable(noise: Noise, page: { n: number }) {
  return (w: Writer, table: LogicalTable): void => {
    const header: Item[] = table.rows.slice(0, table.headerRows).flatMap((cells) => cells.map((cell): Item => ({ kind: 'label', cell })));
    const items = [...header, ...bodyItems(bodyRows(table), noise)];
    // Lines after which a page breaks: pageBreaks spread over the table.
    const printed = items.filter((it) => it.kind !== 'gap').length;
    const breaks = new Set(noise.pageBreaks.map((b) => Math.floor((b * printed) / 81)));
    let line = 0;
    let formFeed = false;
    for (const it of items) {
      if (it.kind === 'gap') {
        w.text('\n');
        continue;
      }
      if (it.kind === 'value' && it.slot.style === 'blank') {
        // A blank cell is no text block: nothing printed (its place is still recorded).
        w.value(it.slot);
        continue;
      }
      if (formFeed) w.text('\f');
      formFeed = false;
      if (it.kind === 'label') w.text(it.cell.parts.join('\n'));
      else w.value(it.slot);
      w.text('\n');
      if (breaks.has(line++)) {
        page.n++;
        w.text(`\n${footer(noise, page.n)}\n\n`);
        formFeed = true;
      }
    }
    if (formFeed) w.text('\f');
  };
}

/** pdftotext without -layout: labels apart from numbers, rowspan blocks column by column. */
export function renderPdftotextRaw(report: ModelReport, noise: Noise): Rendering {
  const page = { n: 2 };
  const applications = rawApplicationsTable(noise, page);
  return renderDocument(
    report,
    noise,
    {
      title: (w, pieces) => w.text(`${pieces.join('\n')}\n\n`),
      heading: (w, text) => w.text(`${text}\n\n`),
      paragraph: (w, text) => w.text(`${text}\n\n`),
      table: (w, t) => {
        if (t.kind === 'applications') applications(w, t);
        else sofficeTable(w, t);
        w.text('\n');
      },
      end: (w) => w.text(`\n${footer(noise, page.n + 1)}\n\f`),
      spacedNumbers: true,
    },
    'pdftotext-raw',
  );
}
