import { displayWidth } from './catalogue.js';
import { renderDocument, type Rendering, type Writer } from './document.js';
import type { ModelReport, TableKind } from './model.js';
import type { Noise } from './noise.js';
import type { LogicalTable, TableCell, ValueSlot } from './tables.js';

/**
 * Renderers of the space-aligned layouts: columns placed by x position, as
 * pdftotext -layout prints a PDF table (and, without pages, as any tool that
 * pads columns with spaces). Labels wrap inside their column over several
 * lines with the numbers on a middle line; rowspan labels are printed in
 * narrow fragments beside their rows. The pdftotext flavour adds what a page
 * does to a table: a footer line and a form feed where the page breaks, the
 * header rows repeated on the new page, and number columns that move.
 */

interface Segment {
  readonly x: number;
  readonly text: string;
  readonly slot?: ValueSlot;
}

interface Line {
  segments: Segment[];
}

interface Options {
  /** pdftotext: rowspan labels centred and letter-spaced, pages. */
  readonly pdf: boolean;
  readonly noise: Noise;
}

/** Column widths (display columns) of each table. */
function columnWidths(kind: TableKind, noise: Noise): number[] {
  switch (kind) {
    case 'proactive':
      return [noise.labelWidth ? noise.labelWidth + 6 : 24, 16, 16, 16];
    case 'applications': {
      const label = (noise.labelWidth || 14) * 2 + 2;
      return [6, 9, label, 8, 8, 8, 8, 8, 8, 8];
    }
    case 'reviewLitigation':
      return new Array<number>(15).fill(noise.flavor & 2 ? 4 : 6);
  }
}

/** True for characters a line is never broken between (a number, a Latin word). */
function isAsciiWord(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9A-Za-z.,+%]/.test(ch);
}

/** Wraps text into pieces of at most `width` display columns, never inside a run of digits. */
export function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  let line = '';
  let w = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const cw = displayWidth(ch);
    if (w + cw > width && line.length > 0 && !(isAsciiWord(ch) && isAsciiWord(chars[i - 1]))) {
      out.push(line);
      line = '';
      w = 0;
    }
    line += ch;
    w += cw;
  }
  if (line.length > 0 || out.length === 0) out.push(line);
  return out;
}

/** Fragments of a label: each piece the noise broke it into, wrapped to the width. */
function fragments(cell: TableCell, width: number): string[] {
  return cell.parts.flatMap((p) => wrap(p, Math.max(2, width)));
}

/** Prints one line: segments at their x positions, at least one space apart. */
function printLine(w: Writer, line: Line, prefix = ''): void {
  w.text(prefix);
  let col = 0;
  for (const s of [...line.segments].sort((a, b) => a.x - b.x)) {
    if (s.slot && s.text === '') {
      w.value(s.slot);
      continue;
    }
    const gap = col === 0 ? Math.max(0, s.x - col) : Math.max(1, s.x - col);
    w.text(' '.repeat(gap));
    if (s.slot) w.value(s.slot);
    else w.text(s.text);
    col += gap + displayWidth(s.text);
  }
  w.text('\n');
}

interface LaidOut {
  readonly header: Line[];
  readonly body: Line[];
  /** x where the number columns start (what moves from page to page). */
  readonly numbersX: number;
}

/**
 * Lays a logical table out in lines: header rows stacked with their cells
 * wrapped to the column width, then each body row as a block — its label's
 * fragments, the numbers on the middle line (on a line of their own between
 * the fragments when their count is even), a blank line after — and the
 * rowspan labels beside the blocks they span.
 */
function layOut(table: LogicalTable, options: Options): LaidOut {
  const widths = columnWidths(table.kind, options.noise);
  const xs = widths.map((_, c) => widths.slice(0, c).reduce((a, b) => a + b, 0));
  const spanWidth = (c: number, n: number): number => widths.slice(c, c + n).reduce((a, b) => a + b, 0);
  const numbersX = table.kind === 'applications' ? (xs[3] as number) : table.kind === 'proactive' ? (xs[1] as number) : 0;
  const separator = options.pdf && options.noise.flavor & 1 ? 2 : 1;

  // Grid column of each origin cell.
  const columnOf = new Map<TableCell, number>();
  {
    const taken: boolean[][] = table.rows.map(() => new Array<boolean>(table.columns).fill(false));
    table.rows.forEach((cells, r) => {
      let c = 0;
      for (const cell of cells) {
        while (taken[r]![c]) c++;
        columnOf.set(cell, c);
        for (let dr = 0; dr < cell.rowspan; dr++) for (let dc = 0; dc < cell.colspan; dc++) if (taken[r + dr]) taken[r + dr]![c + dc] = true;
        c += cell.colspan;
      }
    });
  }
  const placeText = (line: Line, cell: TableCell, text: string, slot?: ValueSlot): void => {
    const c = columnOf.get(cell) as number;
    const width = spanWidth(c, cell.colspan);
    const centred = cell.kind !== 'label' || table.kind !== 'applications';
    const x = (xs[c] as number) + (centred ? Math.max(0, Math.floor((width - displayWidth(text)) / 2)) : 0);
    line.segments.push(slot ? { x, text, slot } : { x, text });
  };
  const widthOf = (cell: TableCell): number => spanWidth(columnOf.get(cell) as number, cell.colspan) - 1;
  const lineAt = (lines: Line[], i: number): Line => {
    while (lines.length <= i) lines.push({ segments: [] });
    return lines[i] as Line;
  };

  // Header rows: each row's cells stacked from the row's top line.
  const header: Line[] = [];
  let top = 0;
  for (let r = 0; r < table.headerRows; r++) {
    let height = 1;
    for (const cell of table.rows[r] as TableCell[]) {
      const frags = fragments(cell, widthOf(cell));
      frags.forEach((f, i) => placeText(lineAt(header, top + i), cell, f));
      if (cell.rowspan === 1) height = Math.max(height, frags.length);
    }
    top += height;
  }
  if (header.length > 0) header.push({ segments: [] });

  // Body rows: heights first, so that a rowspan label longer than its rows can stretch the last one.
  const bodyRows = table.rows.slice(table.headerRows);
  const isGroup = (cell: TableCell): boolean => cell.rowspan > 1;
  const blocks = bodyRows.map((cells) => {
    const values = cells.filter((c) => c.kind === 'value');
    const labels = cells.filter((c) => c.kind !== 'value' && !isGroup(c));
    const frags = labels.map((c) => fragments(c, widthOf(c)));
    if (values.length === 0) return { cells, values, labels, frags, height: Math.max(1, ...frags.map((f) => f.length)), numbersLine: -1 };
    const k = frags[0]?.length ?? 0;
    const height = k === 0 ? 1 : k % 2 === 1 ? k : k + 1;
    const numbersLine = k % 2 === 1 ? (k - 1) / 2 : k / 2;
    return { cells, values, labels, frags, height, numbersLine };
  });
  const gaps: number[] = blocks.map(() => separator);
  const groupFragments = (cell: TableCell): string[] => {
    const c = columnOf.get(cell) as number;
    const narrow = wrap(cell.parts.join(''), c === 0 ? 4 : 6);
    return options.pdf && c === 0 ? narrow.map((f) => [...f].join(' ')) : narrow;
  };
  blocks.forEach((block, b) => {
    for (const cell of block.cells.filter(isGroup)) {
      const spanned = blocks.slice(b, b + cell.rowspan);
      const available = spanned.reduce((a, x, k) => a + x.height + (k < spanned.length - 1 ? (gaps[b + k] as number) : 0), 0);
      const need = groupFragments(cell).length;
      if (need > available) gaps[b + cell.rowspan - 1] = (gaps[b + cell.rowspan - 1] as number) + (need - available);
    }
  });

  const body: Line[] = [];
  const starts: number[] = [];
  let at = 0;
  blocks.forEach((block, b) => {
    starts.push(at);
    lineAt(body, at + block.height - 1);
    if (block.numbersLine < 0) {
      block.labels.forEach((cell, k) => (block.frags[k] as string[]).forEach((f, i) => placeText(lineAt(body, at + i), cell, f)));
    } else {
      const label = block.labels[0];
      const frags = block.frags[0] ?? [];
      let i = 0;
      for (let line = 0; line < block.height && label; line++) {
        if (frags.length % 2 === 0 && line === block.numbersLine) continue;
        const f = frags[i++];
        if (f !== undefined) placeText(lineAt(body, at + line), label, f);
      }
      for (const cell of block.values) {
        const slot = cell.value as ValueSlot;
        // A blank cell leaves a gap: an empty segment, so that its place is still recorded.
        placeText(lineAt(body, at + block.numbersLine), cell, slot.text, slot);
      }
    }
    at += block.height + (gaps[b] as number);
    lineAt(body, at - 1);
  });
  blocks.forEach((block, b) => {
    for (const cell of block.cells.filter(isGroup)) {
      const first = starts[b] as number;
      const last = b + cell.rowspan - 1;
      const end = (starts[last] ?? first) + (blocks[last]?.height ?? 1) + ((gaps[last] as number) - separator);
      const frags = groupFragments(cell);
      const from = options.pdf ? first + Math.max(0, Math.floor((end - first - frags.length) / 2)) : first;
      frags.forEach((f, i) => {
        const c = columnOf.get(cell) as number;
        lineAt(body, from + i).segments.push({ x: xs[c] as number, text: f });
      });
    }
  });
  return { header, body, numbersX };
}

/** A page footer as the layout fixtures and the corpus print it: `-2-`, `- 2 -`, `第 2 页`. */
function footer(noise: Noise, n: number): string {
  if (noise.flavor & 8) return `第 ${n} 页`;
  return noise.flavor & 4 ? `- ${n} -` : `-${n}-`;
}

/** The page breaks the noise puts into this table, as body line indices. */
function breaksIn(kind: TableKind, noise: Noise, bodyLines: number): number[] {
  const k = kind === 'proactive' ? 0 : kind === 'applications' ? 1 : 2;
  const at = noise.pageBreaks.filter((b) => b % 3 === k).map((b) => Math.floor(b / 3) % Math.max(1, bodyLines));
  return [...new Set(at)].sort((a, b) => a - b);
}

function alignedTable(options: Options, page: { n: number }) {
  return (w: Writer, table: LogicalTable): void => {
    const { header, body, numbersX } = layOut(table, options);
    const { noise } = options;
    const breaks = options.pdf ? breaksIn(table.kind, noise, body.length) : [];
    let shift = 0;
    const moved = (line: Line): Line => ({ segments: line.segments.map((s) => (s.x >= numbersX && shift !== 0 ? { ...s, x: Math.max(0, s.x + shift) } : s)) });
    for (const line of header) printLine(w, line);
    let formFeed = false;
    const lastRow = body.reduce((last, line, i) => (line.segments.length > 0 ? i : last), -1);
    body.forEach((line, i) => {
      printLine(w, moved(line), formFeed ? '\f' : '');
      formFeed = false;
      if (!breaks.includes(i)) return;
      page.n++;
      w.text('\n');
      w.text(`${' '.repeat(30)}${footer(noise, page.n)}\n`);
      shift = noise.jitter[page.n % Math.max(1, noise.jitter.length)] ?? 0;
      // Word repeats the header rows on a page the table continues on; not after its last row.
      if (noise.repeatHeader && header.length > 0 && i < lastRow) {
        header.forEach((h, k) => printLine(w, moved(h), k === 0 ? '\f' : ''));
      } else formFeed = true;
    });
    if (formFeed) w.text('\f');
    w.text('\n');
  };
}

/** Narrative as pdftotext prints it: indented, wrapped, numbers with spaces around them. */
function paragraph(width: number) {
  return (w: Writer, text: string): void => {
    const lines = wrap(text, width);
    lines.forEach((l, k) => w.text(`${k === 0 ? '    ' : ''}${k === 0 ? l : l.trimStart()}\n`));
    w.text('\n');
  };
}

/** Space-aligned columns with wrapped labels (one long page). */
export function renderSpaceAligned(report: ModelReport, noise: Noise): Rendering {
  const page = { n: 0 };
  return renderDocument(
    report,
    noise,
    {
      title: (w, pieces) => w.text(`${pieces.map((p) => `          ${p}`).join('\n')}\n\n`),
      heading: (w, text) => w.text(`  ${text}\n\n`),
      paragraph: paragraph(70),
      table: alignedTable({ pdf: false, noise }, page),
    },
    'space-aligned',
  );
}

/** pdftotext -layout: space-aligned, with pages (footers, form feeds, repeated headers, moving columns). */
export function renderPdftotext(report: ModelReport, noise: Noise): Rendering {
  const page = { n: 0 };
  return renderDocument(
    report,
    noise,
    {
      title: (w, pieces) => w.text(`${pieces.map((p) => `          ${p}`).join('\n')}\n`),
      heading: (w, text) => w.text(`  ${text}\n\n`),
      paragraph: paragraph(50 + (noise.labelWidth % 7) * 4),
      table: alignedTable({ pdf: true, noise }, page),
      end: (w) => w.text(`\n${' '.repeat(30)}${footer(noise, page.n + 1)}\n\f`),
      spacedNumbers: true,
    },
    'pdftotext',
  );
}
