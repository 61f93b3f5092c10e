import type { ParsedInput } from './parse-input.js';

/**
 * The JSON form of one parsed input: `{ file, encoding, readAs, report,
 * findings }`, where `report` is the `Report` as `parseDocument` returns it
 * but for `report.document.text` (the decoded text every span points into:
 * it would double the output; the input file holds it) and `findings` what
 * `validate` finds.
 */
export function jsonRecord(input: ParsedInput): object {
  const { document, ...report } = input.report;
  const info = document ? { format: document.format, kind: document.kind, encoding: document.encoding, pages: document.pages } : undefined;
  return { file: input.file, encoding: input.encoding, readAs: input.readAs, report: info ? { ...report, document: info } : report, findings: input.findings };
}

/** One JSON Lines record: the {@link jsonRecord} on one line, ended by LF. */
export function formatJsonLine(input: ParsedInput): string {
  return JSON.stringify(jsonRecord(input)) + '\n';
}

/**
 * Indented JSON: the record itself for one input, an array of records for
 * several (`--format json` over many files).
 */
export function formatJson(inputs: readonly ParsedInput[]): string {
  const value = inputs.length === 1 && inputs[0] ? jsonRecord(inputs[0]) : inputs.map(jsonRecord);
  return JSON.stringify(value, null, 2) + '\n';
}
