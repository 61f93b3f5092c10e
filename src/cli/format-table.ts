import { flattenReport, formatFindings } from '../index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FlatValue } from '../templates/flatten-report.js';
import { applicantColumns, applicationGroups, applicationRowPaths, applicationRows } from '../templates/applications-table.js';
import { outcomeColumns, reviewGroups } from '../templates/review-litigation-table.js';
import type { Language } from './args.js';
import { displayWidth, padEnd, padStart } from './display-width.js';
import { countFindings, type SeverityCounts } from './format-validate.js';
import { applicationRowLabel, proactiveColumnLabel, proactiveRowLabel, shortRowLabel, tableNames } from './labels.js';
import type { ParsedInput } from './parse-input.js';

/** Options of {@link formatTable}. */
export interface FormatTableOptions {
  /** Language of diagnostic and finding messages; labels stay Chinese. */
  readonly lang?: Language;
}

/** How a blank or unread (null) cell is shown. */
const BLANK = '-';
const INDENT = '  ';
const GAP = 2;

function show(value: FlatValue | undefined): string {
  return value === null || value === undefined ? BLANK : String(value);
}

/** Lays out rows of cells: the first column padded right, the others right-aligned. */
function layOut(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    (indent + row.map((cell, i) => (i === 0 ? padEnd(cell, widths[0] ?? 0) : ' '.repeat(GAP) + padStart(cell, widths[i] ?? 0))).join('')).trimEnd(),
  );
}

/** 表二: one block per run of rows with the same columns, each under its column headers. */
function proactiveLines(flat: Readonly<Record<string, FlatValue>>): string[] {
  const rows = new Map<string, string[]>();
  for (const path of Object.keys(flat)) {
    const [head, row, column] = path.split('.');
    if (head !== 'proactive' || row === undefined || column === undefined) continue;
    const columns = rows.get(row) ?? [];
    columns.push(column);
    rows.set(row, columns);
  }
  const lines: string[][] = [];
  let blockColumns = '';
  for (const [row, columns] of rows) {
    const signature = columns.join(',');
    if (signature !== blockColumns) {
      blockColumns = signature;
      lines.push(['信息内容', ...columns.map((c) => proactiveColumnLabel(row, c) ?? c)]);
    }
    lines.push([INDENT + (proactiveRowLabel(row) ?? row), ...columns.map((c) => show(flat[`proactive.${row}.${c}`]))]);
  }
  return layOut(lines, INDENT);
}

/** 表三: the template's rows, group headings on lines of their own, sub-rows indented. */
function applicationLines(flat: Readonly<Record<string, FlatValue>>): string[] {
  const layout = Object.prototype.hasOwnProperty.call(flat, 'applications.otherHandling.total') ? 'undivided' : 'divided';
  const rows: string[][] = [['', ...applicantColumns.map((c) => c.label)]];
  const values = (rowPath: string) => applicantColumns.map((c) => show(flat[`applications.${rowPath}.${c.key}`]));
  let group: string | undefined;
  for (const rowPath of applicationRowPaths(layout)) {
    if (rowPath === 'otherHandling.total') {
      rows.push([`${INDENT}${applicationRowLabel(rowPath) ?? rowPath}`, ...values(rowPath)]);
      continue;
    }
    const row = applicationRows.find((r) => r.path === rowPath);
    if (!row) continue;
    if (row.group !== group) {
      group = row.group;
      const heading = applicationGroups.find((g) => g.key === group)?.label;
      if (heading) rows.push([group === 'results' ? heading : INDENT + heading]);
    }
    const depth = row.group === undefined ? (row.path === 'total' ? 1 : 0) : row.group === 'results' ? 1 : 2;
    rows.push([INDENT.repeat(depth) + shortRowLabel(row.label), ...values(rowPath)]);
  }
  return layOut(rows, INDENT);
}

/** 表四: the three groups by the five outcomes. */
function reviewLines(flat: Readonly<Record<string, FlatValue>>): string[] {
  const rows: string[][] = [['', ...outcomeColumns.map((c) => c.label)]];
  for (const g of reviewGroups) {
    rows.push([g.label, ...outcomeColumns.map((c) => show(flat[`reviewLitigation.${g.key}.${c.key}`]))]);
  }
  return layOut(rows, INDENT);
}

function countsZh(counts: SeverityCounts): string {
  return `错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`;
}

/** Parser diagnostics as `file:line:col severity code message` lines. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], file: string, lang: Language = 'zh'): string {
  return diagnostics
    .map((d) => `${file}:${d.span.line}:${d.span.column} ${d.severity} ${d.code} ${(lang === 'en' ? d.messageEn : d.message).replace(/[\r\n\t]+/g, ' ')}`)
    .join('\n');
}

/**
 * Renders one parsed report for reading in a terminal: its metadata, 表二,
 * 表三 and 表四 as aligned tables (`-` for a blank or unread cell), the
 * parser's errors and warnings (info counted only), and every finding of
 * `validate` as `formatFindings` prints it. Ends with a blank line.
 */
export function formatTable(input: ParsedInput, options: FormatTableOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const { report, file } = input;
  const flat = flattenReport(report);
  const meta = report.meta;
  const lines: string[] = [];
  lines.push(`━━ ${file}  (${input.encoding}, ${input.readAs})`);
  lines.push(`${padEnd('标题', 10)}${show(meta.title)}`, `${padEnd('发布机关', 10)}${show(meta.organization)}`);
  const facts = [`年度 ${show(meta.year)}`, `模板 ${meta.template}`];
  if (meta.publishedAt) facts.push(`发布时间 ${meta.publishedAt}`);
  if (meta.source) facts.push(`信息来源 ${meta.source}`);
  lines.push(facts.join('   '));

  lines.push('', `${tableNames.proactive} 主动公开政府信息情况`, ...proactiveLines(flat));
  lines.push('', `${tableNames.applications} 收到和处理政府信息公开申请情况`, ...applicationLines(flat));
  lines.push('', `${tableNames.reviewLitigation} 政府信息公开行政复议、行政诉讼情况`, ...reviewLines(flat));

  const notable = report.diagnostics.filter((d) => d.severity !== 'info');
  lines.push('', `解析诊断 ${report.diagnostics.length} 条（${countsZh(countFindings(report.diagnostics))}）${notable.length < report.diagnostics.length ? '，提示不列出' : ''}`);
  if (notable.length > 0) lines.push(formatDiagnostics(notable, file, lang));
  lines.push('', `核查 ${input.findings.length} 条（${countsZh(countFindings(input.findings))}）`);
  if (input.findings.length > 0) lines.push(formatFindings(input.findings, { file, language: lang }));
  return lines.join('\n') + '\n\n';
}
