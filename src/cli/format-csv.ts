// The modules themselves, not the index: the index builds the default parser when loaded,
// and the main thread of a pooled run, which writes CSV, must not load the parser.
import { flattenReport } from '../templates/flatten-report.js';
import type { FlatValue } from '../templates/flatten-report.js';
import type { Severity } from '../model/diagnostic.js';
import type { LabelMode } from './args.js';
import type { ReportPath } from '../model/report-path.js';
import { pathLabel } from '../templates/path-label.js';
import { allReportPaths } from './labels.js';
import type { ParsedInput } from './parse-input.js';

/** Options of {@link formatCsv}. */
export interface FormatCsvOptions {
  /** `path` (default): model paths as headers; `zh`: Chinese labels. */
  readonly labels?: LabelMode;
  /** Start with a UTF-8 byte-order mark, so that Excel reads the file as UTF-8. */
  readonly bom?: boolean;
}

const severityOrder: readonly Severity[] = ['error', 'warning', 'info'];

/** One report reduced to what a CSV row needs, so a batch need not keep whole reports. */
export interface CsvRow {
  readonly file: string;
  /** `flattenReport(report)`. */
  readonly flat: Readonly<Record<string, FlatValue>>;
  /** Counts of findings and diagnostics, keyed as the count columns (`findings.error`, …). */
  readonly counts: Readonly<Record<string, number>>;
}

/** The count columns after the model paths, with their Chinese labels. */
const countColumns: readonly { readonly key: string; readonly zh: string }[] = [
  ...severityOrder.map((s) => ({ key: `findings.${s}`, zh: `核查·${severityZh(s)}` })),
  ...severityOrder.map((s) => ({ key: `diagnostics.${s}`, zh: `解析诊断·${severityZh(s)}` })),
];

/** Reduces a parsed input to its {@link CsvRow}. */
export function toCsvRow(input: ParsedInput): CsvRow {
  const counts: Record<string, number> = {};
  for (const s of severityOrder) {
    counts[`findings.${s}`] = input.findings.filter((f) => f.severity === s).length;
    counts[`diagnostics.${s}`] = input.report.diagnostics.filter((d) => d.severity === s).length;
  }
  return { file: input.file, flat: flattenReport(input.report), counts };
}

function severityZh(s: Severity): string {
  return s === 'error' ? '错误' : s === 'warning' ? '警告' : '提示';
}

/** Characters that make a spreadsheet read a cell as a formula. */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * One CSV field per RFC 4180: `null` is an empty field, a number as written,
 * a string quoted when it holds `"`, `,`, CR or LF (quotes doubled). A
 * string that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or CR) gets a leading `'`, as OWASP advises for CSV meant
 * for Excel.
 *
 * @example
 * ```ts
 * csvField(null);           // ''
 * csvField(12);             // '12'
 * csvField('甲,乙');        // '"甲,乙"'
 * csvField('=1+1');         // "'=1+1"
 * ```
 */
export function csvField(value: FlatValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = formulaStarts.has(value.charAt(0)) ? `'${value}` : value;
  let needsQuotes = false;
  for (const ch of text) {
    if (ch === '"' || ch === ',' || ch === '\n' || ch === '\r') {
      needsQuotes = true;
      break;
    }
  }
  return needsQuotes ? `"${text.split('"').join('""')}"` : text;
}

/** One CSV record: fields joined by commas, ended by CRLF (RFC 4180). */
export function csvRecord(fields: readonly FlatValue[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/**
 * The model paths of the CSV columns for a set of reports: the union of
 * their `flattenReport` paths, in the order of {@link allReportPaths}
 * (both templates' orders merged, table by table). Reports of one template
 * give exactly that template's paths in template order.
 */
export function csvPaths(flats: readonly Readonly<Record<string, FlatValue>>[]): string[] {
  const present = new Set<string>();
  for (const flat of flats) for (const path of Object.keys(flat)) present.add(path);
  return allReportPaths().filter((p) => present.has(p));
}

/**
 * Renders reports as CSV, one row per report: `file`, the model paths (see
 * {@link csvPaths}; empty cells for paths a report does not have and for
 * blanks), then the counts of findings and of parser diagnostics per
 * severity (`findings.error`, `findings.warning`, `findings.info`,
 * `diagnostics.error`, …). Headers are the paths, or with `labels: 'zh'`
 * their Chinese labels (文件, 标题, 表三·一、本年新收政府信息公开申请数量·自然人, …).
 */
export function formatCsv(rows: readonly CsvRow[], options: FormatCsvOptions = {}): string {
  const paths = csvPaths(rows.map((r) => r.flat));
  let out = csvHeader(paths, options);
  for (const row of rows) out += csvDataRecord(row, paths);
  return out;
}

/**
 * The header record of CSV with these path columns (and the BOM when asked):
 * `file`, the paths, the count columns — or their Chinese labels.
 */
export function csvHeader(paths: readonly string[], options: FormatCsvOptions = {}): string {
  const zh = options.labels === 'zh';
  const header = [zh ? '文件' : 'file', ...paths.map((p) => (zh ? pathLabel(p as ReportPath) : p)), ...countColumns.map((c) => (zh ? c.zh : c.key))];
  return (options.bom ? '\uFEFF' : '') + csvRecord(header);
}

/** One report's CSV record under the columns `paths` (a path it lacks is an empty cell). */
export function csvDataRecord(row: CsvRow, paths: readonly string[]): string {
  return csvRecord([row.file, ...paths.map((p) => row.flat[p] ?? null), ...countColumns.map((c) => row.counts[c.key] ?? 0)]);
}
