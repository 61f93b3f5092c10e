// The module itself, not the index (which loads the parser): see format-csv.ts.
import { formatFindings } from '../validate/format-findings.js';
import type { Diagnostic, DiagnosticCode, Severity } from '../model/diagnostic.js';
import { csvRecord } from './format-csv.js';
import { readerFailureCodes } from './reader-failures.js';
import type { Finding } from '../validate/finding.js';
import type { Language, SeverityOption } from './args.js';

/** Findings counted by severity. */
export type SeverityCounts = Record<Severity, number>;

const rank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** Counts findings (or diagnostics) by severity. */
export function countFindings(findings: readonly { readonly severity: Severity }[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 3 info`. */
export function describeCounts(counts: SeverityCounts): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

/** Options of {@link formatValidation}. */
export interface FormatValidationOptions {
  /** The least severity printed (default `info`: all); the summary counts every finding. */
  readonly severity?: SeverityOption;
  readonly lang?: Language;
}

/**
 * The `validate` output for one file: its findings as `file:line:col
 * severity code message` lines (see `formatFindings`), at or above the
 * chosen severity, then a summary line `file: 1 error, 0 warnings, 2 info`.
 */
export function formatValidation(file: string, findings: readonly Finding[], options: FormatValidationOptions = {}): string {
  const least = rank[options.severity ?? 'info'];
  const shown = findings.filter((f) => rank[f.severity] >= least);
  const lines = shown.length > 0 ? formatFindings(shown, { file, language: options.lang ?? 'zh' }) + '\n' : '';
  return `${lines}${file}: ${describeCounts(countFindings(findings))}\n`;
}

/** The closing line of a batch: `5 files: 1 with errors; 2 errors, 3 warnings, 9 info`. */
export function formatValidationTotal(files: number, filesWithErrors: number, counts: SeverityCounts): string {
  return `${plural(files, 'file')}: ${filesWithErrors} with errors; ${describeCounts(counts)}\n`;
}

/**
 * The parser diagnostics `validate` reports beside the findings: those about
 * the input as a whole (empty, several reports, not text, not readable).
 * The other diagnostics concern single values, already null, and are in
 * `parse` and `show`.
 */
export const inputDiagnosticCodes: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'input-empty',
  'input-several-reports',
  'input-not-text',
  'input-invalid-bytes',
  ...readerFailureCodes,
]);

/** One finding of `validate` as data (`--format json|jsonl|csv`). */
export interface ValidationRecord {
  readonly file: string;
  /** `diagnostic`: a parser diagnostic about the input ({@link inputDiagnosticCodes}); `finding`: one of `validate`. */
  readonly source: 'diagnostic' | 'finding';
  readonly code: string;
  readonly severity: Severity;
  readonly paths: readonly string[];
  readonly expected: number | null;
  readonly actual: number | null;
  /** 1-based, of the first span; null when there is none. */
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
  readonly messageEn: string;
}

/** The parser diagnostics of an input that `validate` reports, as findings (no paths, no numbers). */
export function inputDiagnosticsAsFindings(diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics
    .filter((d) => inputDiagnosticCodes.has(d.code))
    .map((d) => ({ code: d.code as Finding['code'], severity: d.severity, message: d.message, messageEn: d.messageEn, paths: d.path ? [d.path as Finding['paths'][number]] : [], spans: [d.span] }));
}

/** The records of one input: its input diagnostics first, then its findings. */
export function validationRecords(file: string, diagnostics: readonly Diagnostic[], findings: readonly Finding[]): ValidationRecord[] {
  const record = (source: ValidationRecord['source'], f: Finding): ValidationRecord => ({
    file,
    source,
    code: f.code,
    severity: f.severity,
    paths: f.paths,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    line: f.spans[0]?.line ?? null,
    column: f.spans[0]?.column ?? null,
    message: f.suggestion ? `${f.message}；${f.suggestion}` : f.message,
    messageEn: f.suggestionEn ? `${f.messageEn}; ${f.suggestionEn}` : f.messageEn,
  });
  return [...inputDiagnosticsAsFindings(diagnostics).map((f) => record('diagnostic', f)), ...findings.map((f) => record('finding', f))];
}

/** The columns of `validate --format csv`, in order. */
export const validationColumns: readonly (keyof ValidationRecord)[] = ['file', 'source', 'code', 'severity', 'paths', 'expected', 'actual', 'line', 'column', 'message', 'messageEn'];

/** One CSV record of a finding (paths joined by a space). */
export function validationCsvRecord(r: ValidationRecord): string {
  return csvRecord(validationColumns.map((c) => (c === 'paths' ? r.paths.join(' ') : r[c])));
}
