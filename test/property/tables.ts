import { applicationRowPaths } from '../../src/templates/applications-table.js';
import { spellingsOf, placeholders, toFullWidthDigits, withThousands } from './catalogue.js';
import { applicantKeys, modelValues, otherHandlingOf, outcomeKeys, reviewGroupKeys, templateOf, type ModelReport, type TableKind } from './model.js';
import { styleOf, type CellStyle, type Noise } from './noise.js';

/**
 * The three tables of a model report as the official template lays them out
 * in HTML — rows of cells with rowspan and colspan — with the noise's label
 * spellings, label breaks and cell styles already chosen. Every renderer
 * starts from these, as every real converter starts from the same table.
 */

/** A value cell: the model value and how it is written. */
export interface ValueSlot {
  /** Model path, e.g. `applications.total.total`. */
  readonly path: string;
  /** The model value. */
  readonly value: number;
  /** How the cell is written. */
  readonly style: CellStyle;
  /** The cell text as written ('' when blank). */
  readonly text: string;
  /** The number the text shows, or null (blank, placeholder). */
  readonly shown: number | null;
  /** Where the number's characters are inside `text`, or null when none. */
  readonly digits: readonly [number, number] | null;
}

/** A cell of a logical table. */
export interface TableCell {
  /** `label`: a row label; `header`: a column header or frame cell; `value`: a number. */
  readonly kind: 'label' | 'header' | 'value';
  /** Label text in the pieces a line break cut it into (one piece when unbroken). */
  readonly parts: readonly string[];
  /** The value, for `value` cells. */
  readonly value?: ValueSlot;
  readonly rowspan: number;
  readonly colspan: number;
}

/** A logical table: origin cells row by row, as in HTML. */
export interface LogicalTable {
  readonly kind: TableKind;
  /** Number of grid columns. */
  readonly columns: number;
  /** Rows of origin cells. */
  readonly rows: readonly (readonly TableCell[])[];
  /** How many leading rows are header rows (repeated after a page break). */
  readonly headerRows: number;
}

/** One slot of an expanded table: the origin cell covering it. */
export interface GridSlot {
  readonly cell: TableCell;
  /** True at the cell's top-left slot. */
  readonly origin: boolean;
  /** True when the slot is covered by a rowspan from a row above (not the cell's first row). */
  readonly fromAbove: boolean;
  /** True when the slot is right of the cell's first column. */
  readonly fromLeft: boolean;
  /** Row and column of the cell's origin. */
  readonly row: number;
  readonly column: number;
}

/** Expands rowspan and colspan: one slot per grid position, as an HTML table model does. */
export function expand(table: LogicalTable): GridSlot[][] {
  const grid: (GridSlot | undefined)[][] = table.rows.map(() => new Array<GridSlot | undefined>(table.columns).fill(undefined));
  table.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          const row = grid[r + dr];
          if (row) row[c + dc] = { cell, origin: dr === 0 && dc === 0, fromAbove: dr > 0, fromLeft: dc > 0, row: r, column: c };
        }
      }
      c += cell.colspan;
    }
  });
  return grid.map((row, r) =>
    row.map((slot, c) => slot ?? { cell: { kind: 'header', parts: [''], rowspan: 1, colspan: 1 }, origin: true, fromAbove: false, fromLeft: false, row: r, column: c }),
  );
}

/** Formats a model value for its column, before noise: 本年增/减 signed (+6, -4, 0). */
export function plainNumber(path: string, value: number): string {
  if (path.endsWith('.change') && value > 0) return `+${value}`;
  return String(value);
}

/** Writes a value in a style. */
export function writeValue(path: string, value: number, style: CellStyle): ValueSlot {
  const plain = plainNumber(path, value);
  const shownText = (text: string): ValueSlot => ({ path, value, style, text, shown: value, digits: [0, text.length] });
  switch (style) {
    case 'plain':
      return shownText(plain);
    case 'fullwidth':
      return shownText(toFullWidthDigits(plain));
    case 'thousands':
      return shownText(withThousands(plain));
    case 'padded': {
      const text = `\u00a0${plain}\u00a0`;
      return { path, value, style, text, shown: value, digits: [1, 1 + plain.length] };
    }
    case 'blank':
      return { path, value, style, text: '', shown: null, digits: null };
    case 'dash':
    case 'slash':
    case 'emDash':
      return { path, value, style, text: placeholders[style], shown: null, digits: null };
  }
}

/** Builds label cells and value cells with the noise's choices, in document order. */
function createCellMaker(noise: Noise, valueCount: number) {
  let labels = 0;
  let values = 0;
  const broken: string[] = [];
  return {
    /** Ids of the labels the noise broke over lines. */
    broken,
    /** A label cell; `scope` (a table-2 block's article) is recorded with a broken label's id. */
    label(id: string, kind: 'label' | 'header' = 'label', span: { rowspan?: number; colspan?: number } = {}, scope?: string): TableCell {
      const spellings = spellingsOf(id);
      const k = labels++;
      const text = spellings[(noise.spellings[k] ?? 0) % spellings.length] as string;
      const split = noise.splits[k] ?? 0;
      const chars = [...text];
      const parts = split > 0 && chars.length > 1 ? ((at) => [chars.slice(0, at).join(''), chars.slice(at).join('')])(1 + ((split - 1) % (chars.length - 1))) : [text];
      if (parts.length > 1) broken.push(scope ? `${scope}/${id}` : id);
      return { kind, parts, rowspan: span.rowspan ?? 1, colspan: span.colspan ?? 1 };
    },
    value(path: string, value: number, colspan = 1): TableCell {
      const style = styleOf(noise, values++, valueCount);
      return { kind: 'value', parts: [], value: writeValue(path, value, style), rowspan: 1, colspan };
    },
  };
}

type CellMaker = ReturnType<typeof createCellMaker>;

/** Table-2 blocks of each template: article label, column label ids, rows (label id, row key, columns). */
const PROACTIVE_BLOCKS = {
  '2021': [
    { article: 'article.1', head: ['issued', 'repealed', 'inForce'], rows: [['regulations', 'regulations'], ['normativeDocuments2021', 'normativeDocuments']] },
    { article: 'article.5', head: ['decisions2021'], rows: [['licensing', 'licensing']] },
    { article: 'article.6', head: ['decisions2021'], rows: [['punishment', 'punishment'], ['enforcement', 'enforcement']] },
    { article: 'article.8', head: ['feesAmount'], rows: [['fees', 'fees']] },
  ],
  '2019': [
    { article: 'article.1', head: ['newlyMade', 'newlyPublished', 'totalPublished'], rows: [['regulations', 'regulations'], ['normativeDocuments2019', 'normativeDocuments']] },
    { article: 'article.5', head: ['previousYearItems', 'change', 'decisions2019'], rows: [['licensing', 'licensing'], ['otherServices', 'otherServices']] },
    { article: 'article.6', head: ['previousYearItems', 'change', 'decisions2019'], rows: [['punishment', 'punishment'], ['enforcement', 'enforcement']] },
    { article: 'article.8', head: ['previousYearItems', 'change'], rows: [['fees', 'fees']] },
    { article: 'article.9', head: ['projects', 'procurementAmount'], rows: [['procurement', 'procurement']] },
  ],
} as const;

function proactiveTable(report: ModelReport, make: CellMaker): LogicalTable {
  const rows: TableCell[][] = [];
  for (const block of PROACTIVE_BLOCKS[templateOf(report.kind)]) {
    rows.push([make.label(block.article, 'header', { colspan: 4 })]);
    const wide = 4 - block.head.length; // the last column spans what is left
    rows.push([make.label('contentHeader', 'header', {}, block.article), ...block.head.map((h, k) => make.label(h, 'header', { colspan: k === block.head.length - 1 ? wide : 1 }, block.article))]);
    for (const [labelId, rowKey] of block.rows) {
      const columns = [...report.proactive.keys()].filter((p) => p.startsWith(`${rowKey}.`));
      rows.push([
        make.label(labelId),
        ...columns.map((p, k) => make.value(`proactive.${p}`, report.proactive.get(p) as number, k === columns.length - 1 ? wide : 1)),
      ]);
    }
  }
  return { kind: 'proactive', columns: 4, rows, headerRows: 0 };
}

/** The group label of a table-3 row path that opens its group, with the group's row count. */
const GROUP_OPENERS: Record<string, [string, number]> = {
  'denied.stateSecret': ['denied', 8],
  'unableToProvide.notHeld': ['unableToProvide', 3],
  'notProcessed.complaint': ['notProcessed', 5],
  'otherHandling.noCorrection': ['otherHandling', 3],
};

function applicationsTable(report: ModelReport, make: CellMaker, noise: Noise): LogicalTable {
  const otherHandling = otherHandlingOf(report.kind);
  const rows: TableCell[][] = [
    [make.label('cornerNote', 'header', { rowspan: 3, colspan: 3 }), make.label('applicants', 'header', { colspan: 7 })],
    [make.label('naturalPerson', 'header', { rowspan: 2 }), make.label('organizations', 'header', { colspan: 5 }), make.label('applicantTotal', 'header', { rowspan: 2 })],
    ['commercial', 'research', 'publicWelfare', 'legalService', 'otherApplicant'].map((id) => make.label(id, 'header')),
  ];
  const paths = applicationRowPaths(otherHandling);
  const resultCount = paths.filter((p) => !['newReceived', 'carriedOver', 'total', 'carriedForward'].includes(p)).length;
  const spanTotal = noise.resultsSpanTotal;
  for (const path of paths) {
    const values = (report.applications.get(path) ?? []).map((v, k) => make.value(`applications.${path}.${applicantKeys[k]}`, v));
    const row: TableCell[] = [];
    if (path === 'newReceived' || path === 'carriedOver' || path === 'carriedForward') row.push(make.label(path, 'label', { colspan: 3 }));
    else if (path === 'total') row.push(make.label('total', 'label', { colspan: spanTotal ? 2 : 3 }));
    else {
      if (path === 'granted') row.push(make.label('results', 'label', { rowspan: resultCount + (spanTotal ? 1 : 0) }));
      if (path === 'granted' || path === 'partiallyGranted') row.push(make.label(path, 'label', { colspan: 2 }));
      else if (path === 'otherHandling.total') row.push(make.label('otherHandling', 'label', { colspan: 2 }));
      else {
        const opener = GROUP_OPENERS[path];
        if (opener) row.push(make.label(opener[0], 'label', { rowspan: opener[1] }));
        row.push(make.label(path));
      }
    }
    rows.push([...row, ...values]);
  }
  return { kind: 'applications', columns: 10, rows, headerRows: 3 };
}

function reviewTable(report: ModelReport, make: CellMaker): LogicalTable {
  const outcomes = ['upheld', 'corrected', 'otherOutcome', 'pending', 'outcomeTotal'];
  const rows: TableCell[][] = [
    [make.label('review', 'header', { colspan: 5 }), make.label('litigation', 'header', { colspan: 10 })],
    [...outcomes.map((o) => make.label(o, 'header', { rowspan: 2 })), make.label('directSuit', 'header', { colspan: 5 }), make.label('suitAfterReview', 'header', { colspan: 5 })],
    [...outcomes, ...outcomes].map((o) => make.label(o, 'header')),
    reviewGroupKeys.flatMap((g) => (report.reviewLitigation.get(g) ?? []).map((v, k) => make.value(`reviewLitigation.${g}.${outcomeKeys[k]}`, v))),
  ];
  return { kind: 'reviewLitigation', columns: 15, rows, headerRows: 3 };
}

/** The three tables of a report with the noise's choices made, and the ids of the labels broken over lines. */
export function logicalTables(report: ModelReport, noise: Noise): { proactive: LogicalTable; applications: LogicalTable; reviewLitigation: LogicalTable; brokenLabels: readonly string[] } {
  const make = createCellMaker(noise, modelValues(report).size);
  const proactive = proactiveTable(report, make);
  const applications = applicationsTable(report, make, noise);
  const reviewLitigation = reviewTable(report, make);
  return { proactive, applications, reviewLitigation, brokenLabels: make.broken };
}
