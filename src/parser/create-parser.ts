import type { Cell, Grid, GridRecognizer } from '../grids/grid.js';
import { recognizeCellPerLineGrid } from '../grids/recognize-cell-per-line-grid.js';
import { recognizeGfmTable } from '../grids/recognize-gfm-table.js';
import { recognizePipeGrid } from '../grids/recognize-pipe-grid.js';
import { recognizeSpaceAlignedGrid } from '../grids/recognize-space-aligned-grid.js';
import { recognizeLineCellGrid } from '../grids/recognize-line-cell-grid.js';
import { recognizeBoxGrid } from '../grids/recognize-box-grid.js';
import { recognizeTsvGrid } from '../grids/recognize-tsv-grid.js';
import { recognizeRuledGrid } from '../grids/recognize-ruled-grid.js';
import { recognizeGridTable } from '../grids/recognize-grid-table.js';
import { createGluedRecognizer } from '../grids/recognize-glued-grid.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { CellSource, Count, FoundTable, Report, Section } from '../model/report.js';
import { extractMetadata } from '../sections/extract-metadata.js';
import { findSecondReport } from '../sections/find-second-report.js';
import { splitSections, type SectionSplitter } from '../sections/split-sections.js';
import { createLineIndex, type LineIndex } from '../text/line-index.js';
import { splitLines, type Line } from '../text/split-lines.js';
import { allReadLineLists, LineTable, readsLineLists } from '../text/line-table.js';
import { recognizeExactTsvGrid } from '../grids/recognize-tsv-grid.js';
import type { InputReader, Rendition } from '../text/rendition.js';
import { inlineHeadingsReader } from '../readers/text/reflow-inline-headings.js';
import { mojibakeReader } from '../readers/text/repair-mojibake.js';
import { embeddedTablesReader } from '../readers/html/embedded-tables-reader.js';
import { htmlReader } from '../readers/html/html-reader.js';
import { remapReport } from './remap-report.js';
import { applicantColumns, applicationRowPaths } from '../templates/applications-table.js';
import { detectTemplate } from '../placement/detect-template.js';
import { mapApplications } from '../placement/map-applications.js';
import { placeProactive, readProactive } from '../placement/map-proactive.js';
import { mapReviewLitigation } from '../placement/map-review-litigation.js';
import { makeDiagnostic } from '../placement/mapped-table.js';
import { assignGrids, TABLE_NAMES, TABLE_OF_SECTION } from '../placement/assign-grids.js';
import { reviewPaths } from '../templates/review-litigation-table.js';
import { gluedHeaderWords, type TableKind } from '../placement/table-kinds.js';
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
 * The default recognizers, in the order they are tried: pandoc grid tables
 * (`+---+`, cells wrapped over lines), GFM pipe tables (remark), HTML-to-text pipe rows, box-drawing grids (w3m), one cell per line, tab-separated rows,
 * space-aligned columns (pdftotext -layout), which would otherwise take
 * short lines of the other layouts, one cell per line without marks
 * (LibreOffice's text export, pdftotext without -layout), and last cells run
 * together in one line (a crawler's textContent), cut by the template's
 * header words.
 *
 * @example
 * ```ts
 * import { createParser, defaultRecognizers, recognizeSpaceAlignedGrid } from 'xxgk-report';
 * defaultRecognizers.length;                             // 10
 * defaultRecognizers.indexOf(recognizeSpaceAlignedGrid); // 7
 * // A parser for text that has no pdftotext -layout tables:
 * const parse = createParser({ recognizers: defaultRecognizers.filter((r) => r !== recognizeSpaceAlignedGrid) });
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * parse(text).applications.newReceived.total; // 1320
 * ```
 */
export const defaultRecognizers: readonly GridRecognizer[] = [
  recognizeGridTable,
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

// Our own stages read lines through lineListOf, so they can be handed a LineTable.
for (const stage of [...defaultRecognizers, recognizeExactTsvGrid, splitSections]) readsLineLists(stage);

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
  // A reader that changed nothing (a long line with no heading run into it)
  // leaves every span where it is: mapping them back would only copy the report.
  if (isIdentity(rendition, input)) return parseText(input, reader.recognizers ?? []);
  return remapReport(parseText(rendition.text, reader.recognizers ?? []), rendition, input);
}

/** Whether a rendition is its input, character for character and offset for offset. */
function isIdentity(rendition: Rendition, input: string): boolean {
  const { map, text } = rendition;
  return map.length === 3 && map[0] === 0 && map[1] === 0 && map[2] === input.length && text === input;
}

function parse(text: string, recognizers: readonly GridRecognizer[], split: SectionSplitter): Report {
  // Our own stages get the lines as offsets (a Line object made when asked
  // for, the last thousand kept): a line object each would take 70 bytes a
  // line. The table travels under the array type of TextRegion and
  // SplitInput, and our stages read it only through lineListOf (marked with
  // readsLineLists); a recognizer or splitter of the user's reads `lines[i]`,
  // so with one in the parser every stage gets an array, as typed.
  const lines: readonly Line[] = allReadLineLists(recognizers) && allReadLineLists([split]) ? (new LineTable(text) as unknown as readonly Line[]) : splitLines(text);
  const index = createLineIndex(lines);
  const diagnostics: Diagnostic[] = [];
  checkLooksLikeText(text, index, diagnostics);

  const sections = split({ text, lines, index });
  checkOneReport(text, lines, sections, index, diagnostics);
  const found = extractMetadata(text, lines, sections);
  for (const [field, zh] of [['title', '标题'], ['organization', '发布机关'], ['year', '报告年度']] as const) {
    if (found[field] === null) {
      diagnostics.push(makeDiagnostic(index, 'metadata-missing', 'info', { start: 0, end: 0 }, `未找到${zh}`, `No ${field} found`, { path: `meta.${field}` }));
    }
  }

  const byTable = assignGrids(text, lines, index, sections, recognizers, diagnostics);
  // One array of a table's cells, filled row by row (no copy per grid or row).
  // Indexed loops here and below: this function runs once per parse, mostly
  // before the optimizing compiler has seen it, and there a for-of allocates
  // an iterator result per element — per cell of a big input.
  const cellsOf = (kind: TableKind): Cell[] => {
    const cells: Cell[] = [];
    const grids = byTable[kind];
    for (let g = 0; g < grids.length; g++) {
      const rows = (grids[g] as Grid).rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as readonly Cell[];
        for (let c = 0; c < row.length; c++) cells.push(row[c] as Cell);
      }
    }
    return cells;
  };

  const applications = mapApplications(cellsOf('applications'), index);
  const review = mapReviewLitigation(cellsOf('reviewLitigation'), index);
  const proactiveRead = readProactive(cellsOf('proactive'), index);

  const decision = detectTemplate({
    proactiveColumns: proactiveRead.columnsSeen,
    proactiveRows: new Set(proactiveRead.rows.map((r) => r.row)),
    otherHandling: applications.found && applications.otherHandlingSeen ? applications.otherHandling : null,
    year: found.year,
  });
  if (decision.ambiguous) {
    diagnostics.push(makeDiagnostic(index, 'template-ambiguous', 'warning', proactiveRead.rows[0]?.label ?? { start: 0, end: 0 }, '表二的栏目同时出现2019年版和2021年版模板的特征，按多数特征判定模板', 'Table 2 shows columns of both the 2019 and the 2021 template; the majority decides', { path: 'meta.template' }));
  }
  const layout = decision.template === '2019' ? template2019.proactive : template2021.proactive;
  const proactive = placeProactive(proactiveRead, layout, index);

  const sources: Record<string, CellSource> = {};
  for (const mapped of [proactive, applications, review]) {
    mapped.sources.forEach((s, p) => {
      sources[p] = s;
    });
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
    // A loop over the rows, not Math.min(...cells): a hostile table may have
    // millions of cells, and no flattened copy of them is kept.
    let start = Infinity;
    let end = 0;
    let cellCount = 0;
    for (let g = 0; g < grids.length; g++) {
      const rows = (grids[g] as Grid).rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as readonly Cell[];
        cellCount += row.length;
        for (let k = 0; k < row.length; k++) {
          const c = row[k] as Cell;
          if (c.start < start) start = c.start;
          if (c.end > end) end = c.end;
        }
      }
    }
    if (first && last && wasRead[kind] && cellCount > 0) {
      tables.push({ table: kind, layout: first.layout, span: index.spanOf(start, end) });
    } else if (decision.template !== 'pre2019') {
      const section = sections.find((s) => TABLE_OF_SECTION[s.kind] === kind);
      const at = section ? { start: section.span.start, end: section.span.start } : { start: 0, end: 0 };
      const [zh, en] = TABLE_NAMES[kind];
      diagnostics.push(makeDiagnostic(index, 'table-missing', 'warning', at, `未找到${zh}，其数值均为空`, `${en} not found; its values are null`, { path: kind }));
    }
  }
  tables.sort((a, b) => a.span.start - b.span.start);

  // A table 3 that did not show its （六） takes the template's: the mapper's default is no evidence.
  const otherHandling = applications.found && applications.otherHandlingSeen ? applications.otherHandling : decision.template === '2019' ? 'undivided' : 'divided';
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return {
    meta: { ...found, template: decision.template },
    sections,
    // Each table's model from its own mapper's values (their paths never overlap: each has its table's prefix).
    proactive: { template: decision.template === '2019' ? '2019' : '2021', ...nest(decision.template === '2019' ? MODEL_PATHS.proactive2019 : MODEL_PATHS.proactive2021, proactive.values) } as Report['proactive'],
    applications: nest(otherHandling === 'divided' ? MODEL_PATHS.applicationsDivided : MODEL_PATHS.applicationsUndivided, applications.values) as unknown as Report['applications'],
    reviewLitigation: nest(MODEL_PATHS.reviewLitigation, review.values) as unknown as Report['reviewLitigation'],
    tables,
    sources,
    diagnostics,
  };
}

function layoutPaths(layout: Readonly<Record<string, readonly string[] | undefined>>): string[] {
  return Object.entries(layout).flatMap(([row, cols]) => (cols ?? []).map((c) => `${row}.${c}`));
}

/**
 * The model's paths of one table, split once and grouped by the object they
 * end in: the keys leading to that object, then its leaves (key and whole
 * path) in template order.
 */
interface CompiledGroup {
  readonly parents: readonly string[];
  readonly leaves: readonly { readonly leaf: string; readonly full: string }[];
}

/**
 * Splits relative dotted paths (our own constant keys) under a prefix, once,
 * and groups consecutive paths that share their parents: building the model
 * then walks to each row object once, not once per cell.
 */
function compilePaths(paths: readonly string[], prefix: string): readonly CompiledGroup[] {
  const groups: { parents: string[]; leaves: { leaf: string; full: string }[] }[] = [];
  for (const path of paths) {
    const parts = path.split('.');
    const parents = parts.slice(0, -1);
    const leaf = { leaf: parts[parts.length - 1] as string, full: prefix + path };
    const last = groups[groups.length - 1];
    if (last && last.parents.join('.') === parents.join('.')) last.leaves.push(leaf);
    else groups.push({ parents, leaves: [leaf] });
  }
  return groups;
}

/** The model's paths of each table and template, split at first use of the module, not on every parse. */
const MODEL_PATHS = /* @__PURE__ */ (() => ({
  proactive2019: compilePaths(layoutPaths(template2019.proactive), 'proactive.'),
  proactive2021: compilePaths(layoutPaths(template2021.proactive), 'proactive.'),
  applicationsDivided: compilePaths(applicationRowPaths('divided').flatMap((row) => applicantColumns.map((c) => `${row}.${c.key}`)), 'applications.'),
  applicationsUndivided: compilePaths(applicationRowPaths('undivided').flatMap((row) => applicantColumns.map((c) => `${row}.${c.key}`)), 'applications.'),
  reviewLitigation: compilePaths(reviewPaths, 'reviewLitigation.'),
}))();

/** Builds nested plain objects from compiled paths. */
function nest(groups: readonly CompiledGroup[], values: ReadonlyMap<string, Count>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const group of groups) {
    let node = root;
    for (const part of group.parents) node = (node[part] ??= {}) as Record<string, unknown>;
    for (const { leaf, full } of group.leaves) node[leaf] = values.get(full) ?? null;
  }
  return root;
}

/** Says when there is nothing to read, or more than one report to read: the values would be none, or a mix. */
function checkOneReport(text: string, lines: readonly Line[], sections: readonly Section[], index: LineIndex, diagnostics: Diagnostic[]): void {
  if (text.trim() === '') {
    diagnostics.push(makeDiagnostic(index, 'input-empty', 'error', { start: 0, end: 0 }, '输入为空（或只有空白字符），没有可读取的内容', 'The input is empty (or white space only): there is nothing to read'));
    return;
  }
  const second = findSecondReport(lines, sections);
  if (second) {
    const title = second.text.trim();
    // No line number in the message: for HTML the span is mapped back into the page, the rendition's lines are not the user's.
    diagnostics.push(makeDiagnostic(index, 'input-several-reports', 'warning', second, `输入含有多份年度报告，第二份从“${title}”开始；数值可能混杂，请分开解析`, `The input holds several annual reports; the second begins at "${title}"; values may mix them: parse each one on its own`, { raw: title }));
  }
}

/** A control character other than tab, line feed, form feed and carriage return, or U+FFFD (one class: no backtracking). */
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;

function checkLooksLikeText(text: string, index: LineIndex, diagnostics: Diagnostic[]): void {
  // The engine's scan finds the first one (most texts have none); counting starts there.
  const from = text.search(NOT_TEXT);
  if (from < 0) return;
  let controls = 0;
  let firstAt = -1;
  for (let i = from; i < text.length; i++) {
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
