import { findGrids } from '../grids/find-grids.js';
import type { Cell, Grid, GridRecognizer } from '../grids/grid.js';
import { hasDigit, parseCellValue } from '../grids/parse-cell-value.js';
import { recognizeCellPerLineGrid } from '../grids/recognize-cell-per-line-grid.js';
import { recognizeGfmTable } from '../grids/recognize-gfm-table.js';
import { recognizePipeGrid } from '../grids/recognize-pipe-grid.js';
import { recognizeSpaceAlignedGrid } from '../grids/recognize-space-aligned-grid.js';
import { recognizeLineCellGrid } from '../grids/recognize-line-cell-grid.js';
import { recognizeBoxGrid } from '../grids/recognize-box-grid.js';
import { recognizeTsvGrid } from '../grids/recognize-tsv-grid.js';
import { recognizeRuledGrid } from '../grids/recognize-ruled-grid.js';
import { createGluedRecognizer } from '../grids/recognize-glued-grid.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CellSource, Count, FoundTable, Report, Section, SectionKind } from '../model/report.js';
import { extractMetadata } from '../sections/extract-metadata.js';
import { splitSections, type SectionSplitter } from '../sections/split-sections.js';
import { createLineIndex, type LineIndex } from '../text/line-index.js';
import { splitLines, type Line } from '../text/split-lines.js';
import type { InputReader } from '../text/rendition.js';
import { inlineHeadingsReader } from '../readers/text/reflow-inline-headings.js';
import { mojibakeReader } from '../readers/text/repair-mojibake.js';
import { embeddedTablesReader } from '../readers/html/embedded-tables-reader.js';
import { htmlReader } from '../readers/html/html-reader.js';
import { remapReport } from './remap-report.js';
import { applicantColumns, applicationRowPaths } from '../templates/applications-table.js';
import { detectTemplate } from '../templates/detect-template.js';
import { mapApplications } from '../templates/map-applications.js';
import { placeProactive, readProactive } from '../templates/map-proactive.js';
import { mapReviewLitigation } from '../templates/map-review-litigation.js';
import { makeDiagnostic, quoteCells } from '../templates/mapped-table.js';
import { reviewPaths } from '../templates/review-litigation-table.js';
import { gluedHeaderWords, scoreTableLabels, segmentByTable, type TableKind } from '../templates/table-kinds.js';
import { template2019 } from '../templates/template-2019.js';
import { template2021 } from '../templates/template-2021.js';
import { append } from '../model/append.js';

/**
 * Options of {@link createParser}.
 *
 * @example
 * ```ts
 * import { createParser, defaultReaders, defaultRecognizers, splitSections, type ParserOptions } from 'xxgk-report';
 * const options: ParserOptions = {
 *   recognizers: defaultRecognizers,
 *   splitSections,
 *   readers: defaultReaders,
 * };
 * const parse = createParser(options);
 * parse('<p>驻马店市人民政府2022年政府信息公开工作年度报告</p>').meta.year; // 2022
 * ```
 */
export interface ParserOptions {
  /**
   * Grid recognizers, tried in order at each line; the first that reads a
   * grid wins. Defaults to {@link defaultRecognizers}.
   */
  readonly recognizers?: readonly GridRecognizer[];
  /** The section splitter. Defaults to `splitSections`. */
  readonly splitSections?: SectionSplitter;
  /**
   * Input readers, tried in order; the first that accepts the input renders
   * it for the pipeline, and every span is mapped back to the input.
   * Defaults to {@link defaultReaders}, which read HTML too.
   */
  readonly readers?: readonly InputReader[];
}

/**
 * The default input readers, tried in order: HTML pages and fragments
 * (sniffed from the markup, spans into the HTML), HTML tables inside
 * Markdown or text, UTF-8 read as Latin-1 (html2text's mojibake), and
 * crawler text run into one line.
 *
 * @example
 * ```ts
 * import { createParser, defaultReaders } from 'xxgk-report';
 * defaultReaders.map((r) => r.name); // ['html', 'embedded-html-tables', 'mojibake', 'inline-headings']
 * // Text only, without the HTML readers:
 * const parseText = createParser({ readers: defaultReaders.slice(2) });
 * ```
 */
export const defaultReaders: readonly InputReader[] = [htmlReader, embeddedTablesReader, mojibakeReader, inlineHeadingsReader];

/**
 * A configured parser: text in, {@link Report} out. Never throws on a string.
 *
 * @example
 * ```ts
 * import { createParser, type ReportParser } from 'xxgk-report';
 * const parse: ReportParser = createParser();
 * const report = parse(text); // text: examples/reports/001_a057d0496994cc01.txt
 * report.meta.organization; // '新乡市人民政府'
 * report.meta.year;         // 2021
 * ```
 */
export type ReportParser = (text: string) => Report;

/**
 * The default recognizers, in the order they are tried: GFM pipe tables
 * (remark), HTML-to-text pipe rows, box-drawing grids (w3m), one cell per line, tab-separated rows,
 * space-aligned columns (pdftotext -layout), which would otherwise take
 * short lines of the other layouts, one cell per line without marks
 * (LibreOffice's text export, pdftotext without -layout), and last cells run
 * together in one line (a crawler's textContent), cut by the template's
 * header words.
 *
 * @example
 * ```ts
 * import { createParser, defaultRecognizers, recognizeSpaceAlignedGrid } from 'xxgk-report';
 * defaultRecognizers.length;                             // 8
 * defaultRecognizers.indexOf(recognizeSpaceAlignedGrid); // 5
 * // A parser for text that has no pdftotext -layout tables:
 * const parse = createParser({ recognizers: defaultRecognizers.filter((r) => r !== recognizeSpaceAlignedGrid) });
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * parse(text).applications.newReceived.total; // 1320
 * ```
 */
export const defaultRecognizers: readonly GridRecognizer[] = [
  recognizeGfmTable,
  recognizePipeGrid,
  recognizeBoxGrid,
  recognizeCellPerLineGrid,
  recognizeTsvGrid,
  recognizeRuledGrid,
  recognizeSpaceAlignedGrid,
  recognizeLineCellGrid,
  /* @__PURE__ */ createGluedRecognizer(/* @__PURE__ */ gluedHeaderWords()),
];

/** Which table a section of each kind is expected to hold. */
const TABLE_OF_SECTION: Partial<Record<SectionKind, TableKind>> = {
  proactive: 'proactive',
  applications: 'applications',
  reviewLitigation: 'reviewLitigation',
};

/** Labels a grid in prose (or prose run together) must carry to be taken for a table. */
const MIN_PROSE_SCORE = 4;

/** Sections of prose, where a table is not expected. */
const PROSE_SECTIONS: ReadonlySet<SectionKind> = new Set(['overview', 'problems', 'otherMatters']);

const TABLE_NAMES: Record<TableKind, [string, string]> = {
  proactive: ['表二“主动公开政府信息情况”', 'Table 2 (proactive disclosure)'],
  applications: ['表三“收到和处理政府信息公开申请情况”', 'Table 3 (applications)'],
  reviewLitigation: ['表四“政府信息公开行政复议、行政诉讼情况”', 'Table 4 (review and litigation)'],
};

/** Share of control characters past which the input does not look like text. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Builds a parser from recognizers and a section splitter, so that a user
 * can add a recognizer for a layout of their own.
 *
 * @example
 * ```ts
 * import { createParser, defaultRecognizers, type GridRecognizer } from 'xxgk-report';
 * const myRecognizer: GridRecognizer = (region) => null; // a layout of your own: see GridRecognizer
 * const parse = createParser({ recognizers: [myRecognizer, ...defaultRecognizers] });
 * const report = parse(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * report.applications.newReceived.total; // 1320
 * ```
 */
export function createParser(options: ParserOptions = {}): ReportParser {
  const recognizers = options.recognizers ?? defaultRecognizers;
  const split = options.splitSections ?? splitSections;
  const readers = options.readers ?? defaultReaders;
  return (text: string): Report => {
    if (typeof text !== 'string') throw new TypeError('parseReport: expected a string');
    return read(text, readers, (t, own) => parse(t, [...own, ...recognizers], split));
  };
}

/**
 * Parses the text of an annual report (政府信息公开工作年度报告) into a typed
 * {@link Report}: metadata, sections, and every number of tables 2, 3 and 4
 * in its place — or null with a diagnostic where a number cannot be placed
 * with certainty. Reads text, Markdown and HTML pages alike (HTML is
 * sniffed from its markup; spans then point into the HTML). Zero I/O; never
 * throws on a string.
 *
 * @example
 * ```ts
 * import { parseReport } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * const report = parseReport(text);
 * report.meta.year;                          // 2022
 * report.applications.newReceived.total;     // 1320
 * report.diagnostics.filter((d) => d.severity === 'error');
 * // html: test/fixtures/html/008-pingtan-2024-html-stripped.html
 * parseReport(html).applications.newReceived.total; // 218
 * ```
 */
export function parseReport(text: string): Report {
  if (typeof text !== 'string') throw new TypeError('parseReport: expected a string');
  return read(text, defaultReaders, (t, own) => parse(t, [...own, ...defaultRecognizers], splitSections));
}

/** Applies the first reader that accepts the input, parses, and maps spans back to the input. */
function read(
  input: string,
  readers: readonly InputReader[],
  parseText: (text: string, readerRecognizers: readonly GridRecognizer[]) => Report,
): Report {
  const reader = readers.find((r) => r.accepts(input));
  if (!reader) return parseText(input, []);
  const rendition = reader.read(input);
  return remapReport(parseText(rendition.text, reader.recognizers ?? []), rendition, input);
}

function parse(text: string, recognizers: readonly GridRecognizer[], split: SectionSplitter): Report {
  const lines = splitLines(text);
  const index = createLineIndex(lines);
  const diagnostics: Diagnostic[] = [];
  checkLooksLikeText(text, index, diagnostics);

  const sections = split({ text, lines, index });
  const found = extractMetadata(text, lines, sections);
  for (const [field, zh] of [['title', '标题'], ['organization', '发布机关'], ['year', '报告年度']] as const) {
    if (found[field] === null) {
      diagnostics.push(makeDiagnostic(index, 'metadata-missing', 'info', { start: 0, end: 0 }, `未找到${zh}`, `No ${field} found`, { path: `meta.${field}` }));
    }
  }

  const byTable = assignGrids(text, lines, index, sections, recognizers, diagnostics);
  const cellsOf = (kind: TableKind): Cell[] => byTable[kind].flatMap((g) => g.rows.flat());

  const applications = mapApplications(cellsOf('applications'), index);
  const review = mapReviewLitigation(cellsOf('reviewLitigation'), index);
  const proactiveRead = readProactive(cellsOf('proactive'), index);

  const decision = detectTemplate({
    proactiveColumns: proactiveRead.columnsSeen,
    proactiveRows: new Set(proactiveRead.rows.map((r) => r.row)),
    otherHandling: applications.found ? applications.otherHandling : null,
    year: found.year,
  });
  if (decision.ambiguous) {
    diagnostics.push(makeDiagnostic(index, 'template-ambiguous', 'warning', proactiveRead.rows[0]?.label ?? { start: 0, end: 0 }, '表二的栏目同时出现2019年版和2021年版模板的特征，按多数特征判定模板', 'Table 2 shows columns of both the 2019 and the 2021 template; the majority decides', { path: 'meta.template' }));
  }
  const layout = decision.template === '2019' ? template2019.proactive : template2021.proactive;
  const proactive = placeProactive(proactiveRead, layout, index);

  const values = new Map<string, Count>();
  const sources: Record<string, CellSource> = {};
  for (const mapped of [proactive, applications, review]) {
    for (const [p, v] of mapped.values) values.set(p, v);
    for (const [p, s] of mapped.sources) sources[p] = s;
    append(diagnostics, mapped.diagnostics);
  }

  const tables: FoundTable[] = [];
  const wasRead: Record<TableKind, boolean> = {
    proactive: proactiveRead.rows.length > 0,
    applications: applications.found,
    reviewLitigation: review.found,
  };
  for (const kind of ['proactive', 'applications', 'reviewLitigation'] as const) {
    const grids = byTable[kind];
    const first = grids[0];
    const last = grids[grids.length - 1];
    const cells = grids.flatMap((g) => g.rows.flat());
    if (first && last && wasRead[kind] && cells.length > 0) {
      // A loop, not Math.min(...cells): a hostile table may have millions of cells.
      let start = Infinity;
      let end = 0;
      for (const c of cells) {
        if (c.start < start) start = c.start;
        if (c.end > end) end = c.end;
      }
      tables.push({ table: kind, layout: first.layout, span: index.spanOf(start, end) });
    } else if (decision.template !== 'pre2019') {
      const section = sections.find((s) => TABLE_OF_SECTION[s.kind] === kind);
      const at = section ? { start: section.span.start, end: section.span.start } : { start: 0, end: 0 };
      const [zh, en] = TABLE_NAMES[kind];
      diagnostics.push(makeDiagnostic(index, 'table-missing', 'warning', at, `未找到${zh}，其数值均为空`, `${en} not found; its values are null`, { path: kind }));
    }
  }
  tables.sort((a, b) => a.span.start - b.span.start);

  const otherHandling = applications.found ? applications.otherHandling : decision.template === '2019' ? 'undivided' : 'divided';
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return {
    meta: { ...found, template: decision.template },
    sections,
    proactive: { template: decision.template === '2019' ? '2019' : '2021', ...nest(layoutPaths(layout), values, 'proactive.') } as Report['proactive'],
    applications: nest(
      applicationRowPaths(otherHandling).flatMap((row) => applicantColumns.map((c) => `${row}.${c.key}`)),
      values,
      'applications.',
    ) as unknown as Report['applications'],
    reviewLitigation: nest(reviewPaths, values, 'reviewLitigation.') as unknown as Report['reviewLitigation'],
    tables,
    sources,
    diagnostics,
  };
}

function layoutPaths(layout: Readonly<Record<string, readonly string[] | undefined>>): string[] {
  return Object.entries(layout).flatMap(([row, cols]) => (cols ?? []).map((c) => `${row}.${c}`));
}

/** Builds nested plain objects from relative dotted paths (our own constant keys). */
function nest(paths: readonly string[], values: ReadonlyMap<string, Count>, prefix: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const path of paths) {
    const parts = path.split('.');
    let node = root;
    for (let k = 0; k < parts.length - 1; k++) {
      const part = parts[k] as string;
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = values.get(prefix + path) ?? null;
  }
  return root;
}

/**
 * Finds the grids of each section and decides which table each belongs to:
 * by its labels first, then by the section it sits in; a grid without labels
 * continues the table before it (a table broken by a page break). Numbers in
 * a table section that no grid holds, and grids of numbers that belong to no
 * table, are reported.
 */
function assignGrids(
  text: string,
  lines: readonly Line[],
  index: LineIndex,
  sections: readonly Section[],
  recognizers: readonly GridRecognizer[],
  diagnostics: Diagnostic[],
): Record<TableKind, Grid[]> {
  const byTable: Record<TableKind, Grid[]> = { proactive: [], applications: [], reviewLitigation: [] };
  let previous: TableKind | null = null;
  for (const section of sections) {
    const startLine = index.positionAt(section.bodySpan.start).line - 1;
    const endLine = section.span.end >= text.length ? lines.length : index.positionAt(section.span.end).line - 1;
    const expected = TABLE_OF_SECTION[section.kind] ?? null;
    if (expected) previous = null;
    const grids = findGrids(text, lines, startLine, Math.max(startLine, endLine), recognizers);
    for (const grid of grids.flatMap((g) => segmentByTable(g.rows).map((rows) => ({ ...g, rows })))) {
      const cells = grid.rows.flat();
      const score = scoreTableLabels(cells);
      const best = (Object.keys(score) as TableKind[]).reduce((a, b) => (score[b] > score[a] ? b : a));
      let kind: TableKind | null;
      // Prose sections (一、五、六) mention 行政复议、结果维持… in sentences: a
      // grid there must carry many labels, and never be prose run together.
      // Text run together is a table only when it carries the template's labels:
      // old reports (pre-2019) put prose with numbers under the same headings.
      // (a glued table 2, 3 or 4 carries ten to twenty labels; such prose, two).
      const prose =
        (PROSE_SECTIONS.has(section.kind) && (score[best] < MIN_PROSE_SCORE || grid.layout === 'glued')) ||
        (grid.layout === 'glued' && score[best] < MIN_PROSE_SCORE);
      if (prose) kind = null;
      else if (expected && score[expected] > 0 && score[expected] * 2 >= score[best]) kind = expected;
      else if (score[best] >= 2) kind = best;
      else if (score[best] === 0) kind = previous ?? expected;
      else kind = expected ?? previous;
      if (kind) {
        byTable[kind].push(grid);
        previous = kind;
      } else {
        const numbers = cells.filter((c) => hasDigit(c.text));
        if (numbers.length > 0 && expected && grid.layout !== 'glued') {
          diagnostics.push(makeDiagnostic(index, 'unplaced-number', 'warning', numbers[0] as Cell, `该表格不属于任何模板表格，其中的数值未采用：${quoteCells(numbers)}`, `A grid that is none of the template tables; its numbers were not used: ${quoteCells(numbers)}`, { raw: quoteCells(numbers) }));
        }
      }
    }
    if (expected && grids.length > 0) reportLoneNumbers(lines, startLine, Math.max(startLine, endLine), grids, index, diagnostics);
    if (expected && grids.length === 0 && hasDigit(section.text)) {
      const [zh, en] = TABLE_NAMES[expected];
      diagnostics.push(makeDiagnostic(index, 'table-unrecognized', 'error', section.bodySpan, `${zh}所在部分含有数字，但无法识别其表格布局`, `${en}: the section has numbers but no recognizer could read its table layout`));
    }
  }
  return byTable;
}

/**
 * A line between the grids of a table section that holds one number and
 * nothing else is a cell a converter set apart from its row (a PDF-to-Markdown
 * tool prints a row's last value under the table). No grid took it, so no
 * mapper sees it: it is reported here, never dropped without a word.
 */
function reportLoneNumbers(lines: readonly Line[], from: number, to: number, grids: readonly Grid[], index: LineIndex, diagnostics: Diagnostic[]): void {
  const taken = [...grids].sort((a, b) => a.startLine - b.startLine);
  let g = 0;
  for (let i = from; i < to; i++) {
    while (g < taken.length && (taken[g] as Grid).endLine <= i) g++;
    const grid = taken[g];
    if (grid && grid.startLine <= i) {
      i = grid.endLine - 1;
      continue;
    }
    const line = lines[i] as Line;
    if (parseCellValue(line.text).kind !== 'number') continue;
    const text = line.text.trim();
    diagnostics.push(makeDiagnostic(index, 'unplaced-number', 'warning', line, `表格之间单独一行的数值无法对应到模板的行列，未采用：${text}`, `A number alone on a line between the grids of a table matches no template row or column and was not used: ${text}`, { raw: text }));
  }
}

function checkLooksLikeText(text: string, index: LineIndex, diagnostics: Diagnostic[]): void {
  let controls = 0;
  let firstAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) {
      controls++;
      if (firstAt < 0) firstAt = i;
    }
  }
  if (firstAt >= 0 && (text.includes('\u0000') || controls > text.length * MAX_CONTROL_SHARE)) {
    diagnostics.push(makeDiagnostic(index, 'input-not-text', 'warning', { start: firstAt, end: firstAt + 1 }, `输入含有${controls}个控制字符或乱码字符，可能不是文本`, `Input has ${controls} control or replacement characters; it may not be text`));
  }
}
