import { csvHeader, csvRecord, formatCsv, type CsvRow } from './format-csv.js';
import { formatValidationTotal, validationColumns, type SeverityCounts } from './format-validate.js';
import type { RenderedInput, RenderPlan } from './render-input.js';

/** Where rendered files go, in input order: written as they come, with what is left written at the end. */
export interface OutputSink {
  add(rendered: RenderedInput): void;
  end(): void;
  /** Whether an error-level finding was seen (validate). */
  readonly failed: () => boolean;
}

/** Options of {@link createOutputSink}. */
export interface OutputSinkOptions {
  /** More than one input: validate's text ends with a total. */
  readonly many: boolean;
  /** csv: start with a UTF-8 BOM. */
  readonly bom: boolean;
}

/**
 * A lone record's elements back to the record as `JSON.stringify(value,
 * null, 2)` wrote it: every LF of an element is followed by the two spaces
 * the array's indent added (strings hold no raw LF), so taking `\n  ` back
 * to `\n` is the exact inverse.
 */
function asLone(element: string | Uint8Array): string {
  const text = typeof element === 'string' ? element : new TextDecoder().decode(element);
  return text.split('\n  ').join('\n');
}

/**
 * JSON arrays streamed: `[`, the elements separated by `,\n`, `]` — byte for
 * byte `JSON.stringify(all, null, 2)` without holding `all`. Each file's
 * elements come rendered as such ({@link RenderedInput.jsonElements}). With
 * `loneAsIs` (parse --format json), a batch that gives exactly one record
 * writes that record rather than an array of one, as before: the first
 * record waits until a second comes or the batch ends.
 */
function jsonArrayWriter(write: (text: string | Uint8Array) => void, loneAsIs: boolean) {
  let count = 0;
  let held: string | Uint8Array | undefined;
  return {
    add(elements: string | Uint8Array | undefined, n: number) {
      if (elements === undefined || n === 0) return;
      const first = count === 0;
      count += n;
      if (first && loneAsIs && n === 1) {
        held = elements;
        return;
      }
      if (held !== undefined) {
        write('[\n  ');
        write(held);
        held = undefined;
        write(',\n  ');
        write(elements);
        return;
      }
      const separator = first ? '[\n  ' : ',\n  ';
      if (typeof elements === 'string') write(separator + elements);
      else {
        write(separator);
        write(elements);
      }
    },
    end() {
      if (held !== undefined) write(asLone(held) + '\n');
      else if (count > 0) write('\n]\n');
      // An empty parse batch writes nothing; validate's is the empty array.
      else if (!loneAsIs) write('[]\n');
    },
  };
}

/** The sink of one run: what it writes first, per file and at the end, by command and format. */
export function createOutputSink(plan: RenderPlan, write: (text: string | Uint8Array) => void, options: OutputSinkOptions): OutputSink {
  if (plan.command === 'validate') {
    let files = 0;
    let withErrors = 0;
    const total: SeverityCounts = { error: 0, warning: 0, info: 0 };
    const count = (counts: SeverityCounts | undefined) => {
      files++;
      if (!counts) return;
      if (counts.error > 0) withErrors++;
      total.error += counts.error;
      total.warning += counts.warning;
      total.info += counts.info;
    };
    const failed = () => withErrors > 0;
    if (plan.validateFormat === 'json') {
      const array = jsonArrayWriter(write, false);
      return { add: (r) => (count(r.counts), array.add(r.jsonElements, r.jsonCount ?? 0)), end: () => array.end(), failed };
    }
    if (plan.validateFormat === 'csv') write(csvRecord(validationColumns));
    const many = options.many && plan.validateFormat === 'text';
    return {
      add: (r) => (count(r.counts), r.text && write(r.text)),
      end: () => many && write(formatValidationTotal(files, withErrors, total)),
      failed,
    };
  }
  if (plan.format === 'csv' && !plan.fields) {
    // The columns are the union of every row's paths: known at the end only.
    const rows: CsvRow[] = [];
    return {
      add: (r) => r.csvRow && rows.push(r.csvRow),
      end: () => rows.length > 0 && write(formatCsv(rows, { labels: plan.labels, bom: options.bom })),
      failed: () => false,
    };
  }
  if (plan.format === 'csv' && plan.fields) {
    // --fields fixes the columns: the header goes first, then each row in its turn (nothing for no rows, as without --fields).
    const header = csvHeader(plan.fields, { labels: plan.labels, bom: options.bom });
    let started = false;
    return {
      add(r) {
        if (!r.text) return;
        if (!started) write(header);
        started = true;
        write(r.text);
      },
      end() {},
      failed: () => false,
    };
  }
  if (plan.format === 'json') {
    const array = jsonArrayWriter(write, true);
    return { add: (r) => array.add(r.jsonElements, r.jsonCount ?? 0), end: () => array.end(), failed: () => false };
  }
  return { add: (r) => r.text && write(r.text), end() {}, failed: () => false };
}
