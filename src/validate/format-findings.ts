import type { Finding } from './finding.js';

/**
 * Options of {@link formatFindings}.
 *
 * @example
 * ```ts
 * import { formatFindings, parseReport, validate, type FormatFindingsOptions } from 'xxgk-report';
 * const findings = validate(parseReport(text)); // text: examples/reports/001_a057d0496994cc01.txt
 * const options: FormatFindingsOptions = { file: 'xinxiang-2021.txt', language: 'en' };
 * formatFindings(findings, options);
 * // 'xinxiang-2021.txt:13:77 warning narrative-mismatch overview section: the text says 747 (closed) but applications.total.total = 746'
 * formatFindings(findings);
 * // '<report>:13:77 warning narrative-mismatch 一、总体情况：正文“2021年全市共办结依申请公开747件”与表三“（七）总计”746件不符（747 ≠ 746）'
 * ```
 */
export interface FormatFindingsOptions {
  /** The file name printed at the start of each line. Defaults to `<report>`. */
  readonly file?: string;
  /** `zh` (default) prints `message` and `suggestion`; `en` prints `messageEn` and `suggestionEn`. */
  readonly language?: 'zh' | 'en';
}

/** Line breaks and tabs would break the one-line-per-finding format. */
function oneLine(text: string): string {
  let out = '';
  for (const ch of text) out += ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ch;
  return out;
}

/**
 * Renders findings as text, one line each, in the `file:line:col severity
 * code message` form that editors and CI annotations read. The position is
 * the finding's first span (for a narrative finding, the sentence; for an
 * arithmetic one, its first cell); a finding without a span is at `1:1`. A
 * suggestion follows the message after `；` (`; ` in English). Returns an
 * empty string for no findings, and no trailing newline.
 *
 * @example
 * ```ts
 * import { parseReport, validate, formatFindings } from 'xxgk-report';
 * const findings = validate(parseReport(text)); // text: examples/reports/001_a057d0496994cc01.txt
 * formatFindings(findings, { file: 'xinxiang-2021.txt' });
 * // xinxiang-2021.txt:13:77 warning narrative-mismatch 一、总体情况：正文“2021年全市共办结依申请公开747件”与表三“（七）总计”746件不符（747 ≠ 746）
 * formatFindings(findings, { file: 'xinxiang-2021.txt', language: 'en' });
 * // xinxiang-2021.txt:13:77 warning narrative-mismatch overview section: the text says 747 (closed) but applications.total.total = 746
 * ```
 */
export function formatFindings(findings: readonly Finding[], options: FormatFindingsOptions = {}): string {
  const file = options.file ?? '<report>';
  const en = options.language === 'en';
  return findings
    .map((f) => {
      const at = f.spans[0];
      const position = at ? `${at.line}:${at.column}` : '1:1';
      const suggestion = en ? f.suggestionEn : f.suggestion;
      const message = (en ? f.messageEn : f.message) + (suggestion ? (en ? `; ${suggestion}` : `；${suggestion}`) : '');
      return `${file}:${position} ${f.severity} ${f.code} ${oneLine(message)}`;
    })
    .join('\n');
}
