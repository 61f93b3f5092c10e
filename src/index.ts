/**
 * xxgk-report — parse and validate the annual government-information-
 * disclosure reports (政府信息公开工作年度报告) of Chinese government bodies.
 *
 * @packageDocumentation
 * @module xxgk-report
 */

// Parsing
export { parseReport, createParser, defaultRecognizers, defaultReaders } from './parser/create-parser.js';
export type { ParserOptions, ReportParser } from './parser/create-parser.js';

// Model
export { flattenReport, reportPaths } from './templates/flatten-report.js';
export type { FlatReport, FlatValue } from './templates/flatten-report.js';
export type {
  ReportPath,
  ReportPath2021,
  ReportPath2019,
  MetaPath,
  ProactivePath2021,
  ProactivePath2019,
  ApplicationsPath,
  ReviewLitigationPath,
  DiagnosticPath,
  FindingPath,
} from './model/report-path.js';
export { pathLabel } from './templates/path-label.js';
export type {
  Report,
  ReportMeta,
  TemplateId,
  Section,
  SectionKind,
  Count,
  ApplicantCounts,
  ApplicationsTable,
  DeniedRows,
  UnableToProvideRows,
  NotProcessedRows,
  OtherHandlingDivided,
  OtherHandlingUndivided,
  ReviewLitigationTable,
  OutcomeCounts,
  Proactive2021,
  Proactive2019,
  DocumentCounts2021,
  Decisions2021,
  DocumentCounts2019,
  ItemCounts2019,
  CellSource,
  FoundTable,
  GridLayout,
} from './model/report.js';
export type { Span } from './model/span.js';
export type { PageBox } from './model/page-box.js';
export type { DocumentFormat, DocumentInfo } from './model/document-info.js';
export { decodeReportBytes } from './text/decode-report-bytes.js';
export type { DecodedText, DecodeOptions, EncodingChoice, ReportEncoding } from './text/decode-report-bytes.js';
export type { InputReader, Rendition } from './text/rendition.js';
export { sourceOffsetIn } from './text/rendition.js';
export { inlineHeadingsReader } from './readers/text/reflow-inline-headings.js';
export { mojibakeReader } from './readers/text/repair-mojibake.js';
export type { Diagnostic, DiagnosticCode, DiagnosticCodes, Severity } from './model/diagnostic.js';

// Validation
export { validate } from './validate/validate.js';
export { validateSeries } from './validate/validate-series.js';
export type { SeriesFinding } from './validate/validate-series.js';
export { formatFindings } from './validate/format-findings.js';
export type { FormatFindingsOptions } from './validate/format-findings.js';
export type { Finding, FindingCode, FindingCodes } from './validate/finding.js';
export type { Disturbance } from './validate/disturbance.js';

// Stages, for composing a parser of one's own
export { splitLines } from './text/split-lines.js';
export type { Line } from './text/split-lines.js';
export { createLineIndex } from './text/line-index.js';
export type { LineIndex } from './text/line-index.js';
export { foldForMatch, labelKey } from './text/fold.js';
export { splitSections, matchSectionHeading } from './sections/split-sections.js';
export type { SectionSplitter, SplitInput, HeadingMatch } from './sections/split-sections.js';
export { recognizeTsvGrid, recognizeExactTsvGrid } from './grids/recognize-tsv-grid.js';
export { recognizePipeGrid } from './grids/recognize-pipe-grid.js';
export { recognizeBoxGrid } from './grids/recognize-box-grid.js';
export { recognizeGfmTable } from './grids/recognize-gfm-table.js';
export { recognizeCellPerLineGrid } from './grids/recognize-cell-per-line-grid.js';
export { recognizeSpaceAlignedGrid } from './grids/recognize-space-aligned-grid.js';
export { recognizeRuledGrid } from './grids/recognize-ruled-grid.js';
export { recognizeGridTable } from './grids/recognize-grid-table.js';
export { recognizeLineCellGrid } from './grids/recognize-line-cell-grid.js';
export { findGrids } from './grids/find-grids.js';
export type { Grid, Cell, GridRecognizer, TextRegion } from './grids/grid.js';
export { parseCellValue } from './grids/parse-cell-value.js';
export type { CellValue } from './grids/parse-cell-value.js';
export { matchLabel } from './templates/label.js';
export type { LabelEntry } from './templates/label.js';
