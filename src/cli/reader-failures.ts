import type { DiagnosticCode } from '../model/diagnostic.js';

/**
 * The diagnostics that mean an input was not read at all: its report is all
 * null for a reason the user must act on (convert, install, OCR). Such an
 * input is named on stderr and makes the exit status 2. (A module of its
 * own: the main thread of a pooled run reads it, and must not load the
 * parser with it.)
 */
export const readerFailureCodes: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'input-unsupported',
  'input-legacy-word',
  'reader-missing',
  'pdf-no-text',
  'pdf-encrypted',
  'pdf-damaged',
  'docx-damaged',
]);
