import type { Command, LabelMode, Language, OutputFormat, SeverityOption, ValidateFormat } from './args.js';
import { csvDataRecord, toCsvRow, type CsvRow } from './format-csv.js';
import { jsonRecord, formatJsonLine } from './format-json.js';
import { formatTable } from './format-table.js';
import { countFindings, formatValidation, inputDiagnosticsAsFindings, validationCsvRecord, validationRecords, type SeverityCounts } from './format-validate.js';
import type { ParsedInput } from './parse-input.js';

/**
 * What each file is rendered to: everything of the run's options that
 * shapes one file's output. Plain data, so that it can be handed to a
 * worker thread as is.
 */
export interface RenderPlan {
  readonly command: Command;
  /** The parse format, the default already chosen (json for one file, jsonl for many); undefined for validate. */
  readonly format: OutputFormat | undefined;
  readonly validateFormat: ValidateFormat;
  readonly labels: LabelMode;
  readonly severity: SeverityOption;
  readonly lang: Language;
  readonly fields: readonly string[] | undefined;
  readonly noSources: boolean;
}

/**
 * One file's output, rendered where it was parsed (a worker thread), so that
 * the main thread only puts the pieces together and writes them.
 */
export interface RenderedInput {
  /**
   * Output to write as is, in the file's turn: JSON Lines, a table,
   * validate's lines, CSV rows under `--fields`. From a worker, its UTF-8
   * bytes: encoded there and moved, not copied, to the main thread, which
   * writes them as they are.
   */
  readonly text?: string | Uint8Array;
  /**
   * `--format json`: the file's JSON values as elements of the output's
   * array — each `JSON.stringify(value, null, 2)` indented one level (as
   * `JSON.stringify([value], null, 2)` writes it inside the brackets), joined
   * by `,\n  ` — so that the main thread only puts `[`, `,` and `]` around
   * them; it takes the indent off again only for a batch with one record,
   * which is written as is. UTF-8 bytes when from a worker, like `text`.
   */
  readonly jsonElements?: string | Uint8Array;
  /** How many values `jsonElements` holds (validate writes one per finding, none for a clean file). */
  readonly jsonCount?: number;
  /** parse --format csv without --fields: the row, kept until the end, when the columns (the union of every row's paths) are known. */
  readonly csvRow?: CsvRow;
  /** validate: the findings counted per severity, for the summary and the exit status. */
  readonly counts?: SeverityCounts;
}

/** Values as elements of an indented array: `[a, b]` → `  {…a…},\n  {…b…}` without the brackets' lines (and the first indent). */
function asElements(values: readonly unknown[]): { jsonElements: string; jsonCount: number } {
  // '[\n  ' … '\n]' around them; stringify indents every level by two more.
  return { jsonElements: values.length === 0 ? '' : JSON.stringify(values, null, 2).slice(4, -2), jsonCount: values.length };
}

/** Renders one parsed input as `plan` says (see {@link RenderedInput}). */
export function renderInput(input: ParsedInput, plan: RenderPlan): RenderedInput {
  if (plan.command === 'validate') {
    const shown = [...inputDiagnosticsAsFindings(input.report.diagnostics), ...input.findings];
    const counts = countFindings(shown);
    if (plan.validateFormat === 'text') return { text: formatValidation(input.file, shown, { severity: plan.severity, lang: plan.lang }), counts };
    const records = validationRecords(input.file, input.report.diagnostics, input.findings);
    if (plan.validateFormat === 'json') return { ...asElements(records), counts };
    if (plan.validateFormat === 'jsonl') return { text: records.map((r) => JSON.stringify(r) + '\n').join(''), counts };
    return { text: records.map(validationCsvRecord).join(''), counts };
  }
  const recordOptions = { noSources: plan.noSources, ...(plan.fields ? { fields: plan.fields } : {}) };
  if (plan.format === 'table') return { text: formatTable(input, { lang: plan.lang }) };
  if (plan.format === 'json') return asElements([jsonRecord(input, recordOptions)]);
  if (plan.format === 'csv') return plan.fields ? { text: csvDataRecord(toCsvRow(input), plan.fields) } : { csvRow: toCsvRow(input) };
  return { text: formatJsonLine(input, recordOptions) };
}
