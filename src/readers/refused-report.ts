import type { Diagnostic, DiagnosticCode } from '../model/diagnostic.js';
import type { DocumentInfo } from '../model/document-info.js';
import type { Report } from '../model/report.js';
import { parseReport } from '../parser/create-parser.js';

/**
 * The report of an input no reader could read (a scan, an encrypted PDF, an
 * image): every value null, paths the same as in any report, and one error
 * diagnostic saying why — instead of the table-missing warnings an empty
 * text would give, which would hide the reason.
 */
export function refusedReport(code: DiagnosticCode, message: string, messageEn: string, document: DocumentInfo): Report {
  const empty = parseReport('');
  const diagnostic: Diagnostic = { code, severity: 'error', message, messageEn, span: { start: 0, end: 0, line: 1, column: 1 } };
  return { ...empty, diagnostics: [diagnostic], document };
}
