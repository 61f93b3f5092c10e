import { flattenReport } from '../index.js';
import type { ParsedInput } from './parse-input.js';
import { selectFields } from './select-fields.js';

/** Options of {@link jsonRecord}: what a big batch can leave out of each record. */
export interface JsonRecordOptions {
  /** `--no-sources`: leave out `report.sources` (every cell's raw text and span, most of a record). */
  readonly noSources?: boolean;
  /** `--fields`: instead of `report` and `findings`, `fields` with these `flattenReport` paths only. */
  readonly fields?: readonly string[];
}

/**
 * The JSON form of one parsed input: `{ file, encoding, readAs, report,
 * findings }`, where `report` is the `Report` as `parseDocument` returns it
 * but for `report.document.text` (the decoded text every span points into:
 * it would double the output; the input file holds it) and `findings` what
 * `validate` finds.
 */
export function jsonRecord(input: ParsedInput, options: JsonRecordOptions = {}): object {
  if (options.fields) {
    return { file: input.file, encoding: input.encoding, readAs: input.readAs, fields: selectFields(flattenReport(input.report), options.fields) };
  }
  const { document, ...report } = options.noSources ? withoutSources(input.report) : input.report;
  const info = document ? { format: document.format, kind: document.kind, encoding: document.encoding, pages: document.pages } : undefined;
  return { file: input.file, encoding: input.encoding, readAs: input.readAs, report: info ? { ...report, document: info } : report, findings: input.findings };
}

function withoutSources(report: ParsedInput['report']): Omit<ParsedInput['report'], 'sources'> {
  const { sources: _dropped, ...rest } = report;
  return rest;
}

/** One JSON Lines record: the {@link jsonRecord} on one line, ended by LF. */
export function formatJsonLine(input: ParsedInput, options: JsonRecordOptions = {}): string {
  return JSON.stringify(jsonRecord(input, options)) + '\n';
}

/**
 * Indented JSON: the record itself for one input, an array of records for
 * several (`--format json` over many files).
 */
export function formatJson(inputs: readonly ParsedInput[]): string {
  const value = inputs.length === 1 && inputs[0] ? jsonRecord(inputs[0]) : inputs.map((input) => jsonRecord(input));
  return JSON.stringify(value, null, 2) + '\n';
}
