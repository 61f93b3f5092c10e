import { displayWidth } from './catalogue.js';
import { renderDocument, type DocumentStyle, type Rendering, type Writer } from './document.js';
import type { ModelReport } from './model.js';
import type { Noise } from './noise.js';
import { expand, type LogicalTable, type TableCell, type ValueSlot } from './tables.js';

/**
 * Renderers of the row-based text layouts: tab-separated rows (Word copied
 * into a text box), pipe rows whose cells break over lines (HTML-to-text of
 * a crawler), GFM pipe tables (pandoc -t gfm), and one cell per line (Word's
 * text export with a tab before each cell; LibreOffice's txt:Text export).
 */

/** A cell's text for layouts that cannot break a label: pieces joined by `joiner`. */
function labelText(cell: TableCell, joiner: string): string {
  return cell.parts.join(joiner);
}

/** Plain text: title, blank line, paragraphs and headings each followed by a blank line. */
function plainStyle(table: DocumentStyle['table'], options: { blankLines?: boolean } = {}): DocumentStyle {
  const gap = options.blankLines === false ? '\n' : '\n\n';
  return {
    title: (w, pieces) => w.text(`${pieces.join('\n')}${gap}`),
    heading: (w, text) => w.text(`${text}${gap}`),
    paragraph: (w, text) => w.text(`${text}${gap}`),
    table: (w, t) => {
      table(w, t);
      w.text(gap === '\n' ? '' : '\n');
    },
  };
}

// ---------------------------------------------------------------------------
// Tab-separated (seeds 000–002)
// ---------------------------------------------------------------------------

/**
 * One row as Word puts it on the clipboard: the slots of the expanded row,
 * origin cells with their text, cells covered from above as empty fields.
 * The row's shape (noise) moves cells as the seeds show: bit 0 drops the
 * empty fields a rowspan leaves at the start (a sub-row starting in column
 * 0), bits 1–2 give 0–3 spacer fields after a label, bit 3 a trailing empty
 * field.
 */
function tsvTable(noise: Noise, counter: { row: number }) {
  return (w: Writer, table: LogicalTable): void => {
    for (const slots of expand(table)) {
      const shape = noise.rowShapes[counter.row++ % Math.max(1, noise.rowShapes.length)] ?? 0;
      const fields: (string | ValueSlot)[] = [];
      let leading = true;
      for (const slot of slots) {
        if (slot.fromAbove && !slot.fromLeft) {
          if (!(leading && shape & 1)) fields.push('');
          continue;
        }
        if (slot.fromAbove) continue;
        leading = false;
        if (slot.fromLeft) {
          // A spanned label leaves spacer fields, as many as the row's shape says; a spanned value or header, one per slot.
          if (slot.cell.kind !== 'label') fields.push('');
          continue;
        }
        if (slot.cell.kind === 'value') fields.push(slot.cell.value as ValueSlot);
        else {
          fields.push(labelText(slot.cell, ' '));
          if (slot.cell.kind === 'label') for (let k = 0; k < ((shape >> 1) & 3); k++) fields.push('');
        }
      }
      if (shape & 8) fields.push('');
      fields.forEach((f, k) => {
        if (k > 0) w.text('\t');
        if (typeof f === 'string') w.text(f);
        else w.value(f);
      });
      w.text('\n');
    }
  };
}

/** Tab-separated rows with shifted and blank leading cells. */
export function renderTsv(report: ModelReport, noise: Noise): Rendering {
  return renderDocument(report, noise, plainStyle(tsvTable(noise, { row: 0 })), 'tsv');
}

// ---------------------------------------------------------------------------
// Pipe rows broken over lines (seed 003)
// ---------------------------------------------------------------------------

/**
 * Rows as the crawler of seed 003 wrote HTML tables: `| ` opens a row, each
 * origin cell's text sits on its own line followed by `  | `, cells a span
 * covers come as extra pipes at the end of the row (`| |||`). A label broken
 * in the HTML keeps its line break; with the row's shape bit 0 a cell's
 * closing pipe goes on the next line (seed 003: `第二十条第(一)项` / `  | |||`).
 */
function pipeTable(noise: Noise, counter: { row: number }) {
  return (w: Writer, table: LogicalTable): void => {
    for (const cells of table.rows) {
      const shape = noise.rowShapes[counter.row++ % Math.max(1, noise.rowShapes.length)] ?? 0;
      w.text('| \n');
      cells.forEach((cell, k) => {
        w.text(' ');
        if (cell.kind === 'value') w.value(cell.value as ValueSlot);
        else w.text(labelText(cell, '\n '));
        const last = k === cells.length - 1;
        const pad = last ? table.columns - cells.length : 0;
        w.text(shape & 1 && k === 0 ? '\n  |' : '  |');
        w.text(pad > 0 ? ` ${'|'.repeat(pad)}\n` : ' \n');
      });
    }
  };
}

/** Pipe rows whose cells break over lines. */
export function renderPipe(report: ModelReport, noise: Noise): Rendering {
  return renderDocument(report, noise, plainStyle(pipeTable(noise, { row: 0 }), { blankLines: false }), 'pipe');
}

// ---------------------------------------------------------------------------
// GFM pipe tables (pandoc -t gfm)
// ---------------------------------------------------------------------------

/** Escapes what pandoc escapes in a GFM cell: a lone `-` becomes `\-`. */
function gfmEscape(text: string): string {
  return text === '-' ? '\\-' : text;
}

/**
 * A table as pandoc -t gfm writes an HTML table with spans: an empty header
 * row, a delimiter row, then every expanded row with spanned slots as empty
 * cells, columns padded to their display width. Flavour bit 0: a broken
 * label as `<br />` (else a space); bit 1: a blank cell as U+00A0 (pandoc's
 * `&nbsp;`); bit 2: labels in Word's font spans (layout fixture 2021-mixed).
 */
function gfmTable(noise: Noise) {
  return (w: Writer, table: LogicalTable): void => {
    const grid = expand(table);
    const texts = grid.map((slots) =>
      slots.map((slot): string | ValueSlot => {
        if (!slot.origin) return '';
        const cell = slot.cell;
        if (cell.kind === 'value') {
          const v = cell.value as ValueSlot;
          if (v.style === 'blank') return { ...v, text: noise.flavor & 2 ? '\u00a0' : '' };
          return v.style === 'dash' ? { ...v, text: '\\-' } : v;
        }
        const text = gfmEscape(labelText(cell, noise.flavor & 1 ? '<br />' : ' '));
        return cell.kind === 'label' && noise.flavor & 4 ? `<span style="font-family:仿宋_GB2312">${text}</span>` : text;
      }),
    );
    const widthOf = (x: string | ValueSlot): number => displayWidth(typeof x === 'string' ? x : x.text);
    const widths = new Array<number>(table.columns).fill(2).map((min, c) => Math.max(min, ...texts.map((row) => widthOf(row[c] ?? ''))));
    w.text(`|${widths.map((n) => ' '.repeat(n + 2)).join('|')}|\n`);
    w.text(`|${widths.map((n) => '-'.repeat(n + 2)).join('|')}|\n`);
    for (const row of texts) {
      w.text('|');
      row.forEach((x, c) => {
        w.text(' ');
        if (typeof x === 'string') w.text(x);
        else w.value(x);
        w.text(`${' '.repeat((widths[c] as number) - widthOf(x))} |`);
      });
      w.text('\n');
    }
  };
}

/** A GFM document as pandoc writes it from a CMS page. */
export function renderGfm(report: ModelReport, noise: Noise): Rendering {
  return renderDocument(
    report,
    noise,
    {
      start: (w) => w.text('<div class="content">\n\n'),
      title: (w, pieces) => w.text(`# ${pieces.join('')}\n\n`),
      heading: (w, text) => w.text(`**${text}**\n\n`),
      paragraph: (w, text) => w.text(`${text}\n\n`),
      table: (w, t) => {
        gfmTable(noise)(w, t);
        w.text('\n');
      },
      end: (w) => w.text('</div>\n'),
    },
    'gfm',
  );
}

// ---------------------------------------------------------------------------
// One cell per line
// ---------------------------------------------------------------------------

/**
 * Word's text export (seed 004): every origin cell on its own line behind a
 * tab, a blank line between rows, a tab-only line for each cell a rowspan
 * covers; a broken label continues on the next line without the tab, with a
 * blank line between its pieces when flavour bit 0 is set (`结果` / `` /
 * `纠正`).
 */
function tabCellTable(noise: Noise) {
  return (w: Writer, table: LogicalTable): void => {
    for (const slots of expand(table)) {
      for (const slot of slots) {
        if (slot.fromAbove && !slot.fromLeft) w.text('\t\n');
        if (!slot.origin) continue;
        w.text('\t');
        if (slot.cell.kind === 'value') w.value(slot.cell.value as ValueSlot);
        else w.text(labelText(slot.cell, noise.flavor & 1 ? '\n\n' : '\n'));
        w.text('\n');
      }
      w.text('\n');
    }
  };
}

/** One cell per line behind a tab (Word's text export). */
export function renderCellPerLine(report: ModelReport, noise: Noise): Rendering {
  return renderDocument(report, noise, plainStyle(tabCellTable(noise)), 'cell-per-line');
}

/**
 * LibreOffice's txt:Text export of the DOCX (layout fixtures *-soffice-txt):
 * a BOM, one line per paragraph, every table cell on its own line in row
 * order, one empty line for each cell a rowspan covers, a blank cell as a
 * line holding U+00A0, a label broken into two paragraphs on two lines.
 */
export function sofficeTable(w: Writer, table: LogicalTable): void {
  for (const slots of expand(table)) {
    for (const slot of slots) {
      if (slot.fromAbove && !slot.fromLeft) w.text('\n');
      if (!slot.origin) continue;
      const cell = slot.cell;
      if (cell.kind === 'value') {
        const v = cell.value as ValueSlot;
        w.value(v.style === 'blank' ? { ...v, text: '\u00a0' } : v);
      } else w.text(labelText(cell, '\n'));
      w.text('\n');
    }
  }
}

/** One cell per line without tabs (LibreOffice's text export). */
export function renderSofficeText(report: ModelReport, noise: Noise): Rendering {
  return renderDocument(
    report,
    noise,
    { ...plainStyle(sofficeTable, { blankLines: false }), start: (w) => w.text('\ufeff') },
    'soffice-txt',
  );
}
