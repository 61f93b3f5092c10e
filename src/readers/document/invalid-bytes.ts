import type { Diagnostic } from '../../model/diagnostic.js';
import type { Report } from '../../model/report.js';
import { lineIndexOf } from '../../text/line-index.js';

/**
 * The report with an `input-invalid-bytes` warning at the first U+FFFD of
 * its text, when decoding put `invalid` of them in place of bytes that were
 * not UTF-8 (see `decodeReportBytes`): the text and numbers beside them may
 * be unreadable, and the diagnostics about those then say why. (A U+FFFD the
 * file itself held, before the first bad sequence, would take the span: a
 * file with one is damaged already.)
 */
export function withInvalidBytes(report: Report, text: string, invalid: number | undefined, name: { zh: string; en: string }): Report {
  if (invalid === undefined || invalid <= 0) return report;
  const at = Math.max(0, text.indexOf('\ufffd'));
  const diagnostic: Diagnostic = {
    code: 'input-invalid-bytes',
    severity: 'warning',
    message: `${name.zh}按 UTF-8 读取，其中${invalid}处字节不是有效的 UTF-8（文件在字符中间被截断，或转换工具把字符切开，如 html2text 按字节截断表格单元格），以替换字符 U+FFFD 代之；首处在此，其附近的文字和数值可能无法读取`,
    messageEn: `${name.en}was read as UTF-8 with ${invalid} byte sequence${invalid === 1 ? '' : 's'} that ${invalid === 1 ? 'is' : 'are'} not UTF-8 (the file cut short mid-character, or a converter that cut characters in two, as html2text cuts table cells by bytes), each standing as U+FFFD; the first is here, and text and numbers beside them may be unreadable`,
    span: lineIndexOf(text).spanOf(at, Math.min(text.length, at + 1)),
  };
  return { ...report, diagnostics: insertBySpan(report.diagnostics, diagnostic) };
}

/** The diagnostics with one more, in span order as the parser keeps them (after those that start where it starts). */
export function insertBySpan(diagnostics: readonly Diagnostic[], diagnostic: Diagnostic): Diagnostic[] {
  const out = [...diagnostics];
  let k = 0;
  while (k < out.length && (out[k] as Diagnostic).span.start <= diagnostic.span.start) k++;
  out.splice(k, 0, diagnostic);
  return out;
}
