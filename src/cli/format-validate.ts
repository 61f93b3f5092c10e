import { formatFindings } from '../index.js';
import type { Severity } from '../model/diagnostic.js';
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
