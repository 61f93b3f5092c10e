import type { ParsedInput } from './parse-input.js';

/**
 * The JSON form of one parsed input: `{ file, encoding, readAs, report,
 * findings }`, where `report` is the `Report` as `parseReport` returns it
 * and `findings` what `validate` finds.
 */
export function jsonRecord(input: ParsedInput): object {
  return { file: input.file, encoding: input.encoding, readAs: input.readAs, report: input.report, findings: input.findings };
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
