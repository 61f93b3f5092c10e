import { parseCliArgs, type Command, type OutputFormat, type RunOptions } from './args.js';
import { collectInputs, describeError, type InputProblem, type InputSource } from './collect-inputs.js';
import { csvRecord, formatCsv, toCsvRow, type CsvRow } from './format-csv.js';
import { formatJson, formatJsonLine } from './format-json.js';
import { formatTable } from './format-table.js';
import {
  countFindings,
  formatValidation,
  formatValidationTotal,
  inputDiagnosticsAsFindings,
  validationColumns,
  validationCsvRecord,
  validationRecords,
  type SeverityCounts,
  type ValidationRecord,
} from './format-validate.js';
import { helpFor } from './help.js';
import { parseInput, type ParsedInput } from './parse-input.js';
import { createProgress, shouldShowProgress, silentProgress, type ProgressStream } from './progress.js';
import { isProblem, readInput } from './read-input.js';
import { packageVersion } from './version.js';
import { fileOutput, type Output } from './write-output.js';

/** The streams a run reads and writes: standard output, stderr and stdin in the CLI, fakes in tests. */
export interface CliIo {
  /** Standard output, every write checked (see {@link Output}). */
  readonly stdout: Output;
  readonly stderr: ProgressStream;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Whether standard input is a pipe or a file, so that no input named means `-`. */
  readonly stdinPiped: boolean;
}

/** Exit status: done (and, for validate, no error-level finding). */
export const EXIT_OK = 0;
/** Exit status of `validate` when a finding is error-level. */
export const EXIT_FINDINGS = 1;
/** Exit status for a usage error, nothing to parse, or an input that could not be read. */
export const EXIT_USAGE = 2;

const NAME = 'xxgk-report';

/** Writes what one command makes of the inputs, as they come, and what is left at the end. */
interface OutputSink {
  add(input: ParsedInput): void;
  end(): void;
  /** Whether an error-level finding was seen (validate). */
  readonly failed: () => boolean;
}

function createSink(command: Command, format: OutputFormat | undefined, options: RunOptions, out: Output, many: boolean): OutputSink {
  const write = (text: string) => out.write(text);
  if (command === 'validate') {
    let files = 0;
    let withErrors = 0;
    const total: SeverityCounts = { error: 0, warning: 0, info: 0 };
    const count = (input: ParsedInput) => {
      const shown = [...inputDiagnosticsAsFindings(input.report.diagnostics), ...input.findings];
      const counts = countFindings(shown);
      files++;
      if (counts.error > 0) withErrors++;
      total.error += counts.error;
      total.warning += counts.warning;
      total.info += counts.info;
      return shown;
    };
    const records = (input: ParsedInput): ValidationRecord[] => validationRecords(input.file, input.report.diagnostics, input.findings);
    if (options.validateFormat === 'json') {
      const all: ValidationRecord[] = [];
      return {
        add: (input) => {
          count(input);
          all.push(...records(input));
        },
        end: () => write(JSON.stringify(all, null, 2) + '\n'),
        failed: () => withErrors > 0,
      };
    }
    if (options.validateFormat === 'jsonl') {
      return {
        add: (input) => {
          count(input);
          write(records(input).map((r) => JSON.stringify(r) + '\n').join(''));
        },
        end() {},
        failed: () => withErrors > 0,
      };
    }
    if (options.validateFormat === 'csv') {
      write(csvRecord(validationColumns));
      return {
        add: (input) => {
          count(input);
          write(records(input).map(validationCsvRecord).join(''));
        },
        end() {},
        failed: () => withErrors > 0,
      };
    }
    return {
      add(input) {
        const shown = count(input);
        write(formatValidation(input.file, shown, { severity: options.severity, lang: options.lang }));
      },
      end() {
        if (many) write(formatValidationTotal(files, withErrors, total));
      },
      failed: () => withErrors > 0,
    };
  }
  if (format === 'csv') {
    const rows: CsvRow[] = [];
    return {
      add: (input) => rows.push(toCsvRow(input)),
      end: () => rows.length > 0 && write(formatCsv(rows, { labels: options.labels, bom: options.bom })),
      failed: () => false,
    };
  }
  if (format === 'json') {
    const all: ParsedInput[] = [];
    return {
      add: (input) => all.push(input),
      end: () => all.length > 0 && write(formatJson(all)),
      failed: () => false,
    };
  }
  if (format === 'table') {
    return { add: (input) => write(formatTable(input, { lang: options.lang })), end() {}, failed: () => false };
  }
  return { add: (input) => write(formatJsonLine(input)), end() {}, failed: () => false };
}

function sourceName(source: InputSource): string {
  return source.kind === 'stdin' ? '<stdin>' : source.path;
}

/**
 * Runs `xxgk-report` with the given arguments (without `node` and the
 * script) and returns the exit status. Never throws on bad input: usage
 * errors, unreadable files and directories with nothing to read become
 * one-line messages on stderr (`xxgk-report: …`) and status 2; a batch goes
 * on past a bad file and lists it at the end.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const say = (line: string) => io.stderr.write(`${NAME}: ${line}\n`);
  const writeFailed = (failure: string, to: string) => {
    say(`cannot write ${to}: ${failure}; the output is incomplete`);
    return EXIT_USAGE;
  };
  const request = parseCliArgs(argv, { stdinPiped: io.stdinPiped });
  if (request.kind === 'help' || request.kind === 'version') {
    io.stdout.write(request.kind === 'help' ? helpFor(request.command) : `${packageVersion()}\n`);
    const failure = io.stdout.finish();
    return failure === undefined ? EXIT_OK : writeFailed(failure, 'the output');
  }
  if (request.kind === 'usage-error') {
    say(`${request.message} (see ${NAME} --help)`);
    return EXIT_USAGE;
  }

  const { command, options } = request;
  const { sources, problems: found, notes } = collectInputs(request.inputs);
  const problems: InputProblem[] = [...found];
  for (const n of notes) say(`note: ${n.path}: ${n.reason}`);
  const report = () => {
    for (const p of problems) say(`cannot read ${p.path}: ${p.reason}`);
  };
  if (sources.length === 0) {
    if (problems.length === 0) problems.push({ path: request.inputs.join(' '), reason: 'nothing to parse' });
    report();
    return EXIT_USAGE;
  }

  let out: Output = io.stdout;
  const target = options.output === undefined ? 'the output' : options.output;
  if (options.output !== undefined) {
    const opened = fileOutput(options.output);
    if (typeof opened === 'string') {
      say(`cannot write ${options.output}: ${opened}`);
      return EXIT_USAGE;
    }
    out = opened;
  }

  const many = sources.length > 1;
  const format = command === 'validate' ? undefined : (options.format ?? (many ? 'jsonl' : 'json'));
  const sink = createSink(command, format, options, out, many);
  const progress = shouldShowProgress(sources.length, io.stderr, options.quiet) ? createProgress(sources.length, io.stderr) : silentProgress;
  // The bar and the output share a terminal only when stdout is one too.
  const sharedTerminal = out.isTTY;

  let parsed = 0;
  for (const [i, source] of sources.entries()) {
    // A write failed: the rest would be lost too.
    if (out.failure() !== undefined) break;
    progress.update(i, sourceName(source));
    const loaded = await readInput(source, { maxSize: options.maxSize, stdin: io.stdin });
    if (isProblem(loaded)) {
      problems.push(loaded);
      continue;
    }
    let input: ParsedInput;
    try {
      input = await parseInput(loaded, { encoding: options.encoding, as: options.as });
    } catch (error) {
      // parseDocument does not throw on bytes; if it ever does, that file is
      // reported and the batch goes on.
      problems.push({ path: loaded.file, reason: `the parser failed: ${describeError(error)}` });
      continue;
    }
    // In the output all the same (with its diagnostic), and named at the end.
    if (input.refused) problems.push({ path: input.file, reason: `no reader reads it: ${input.refused.messageEn} (${input.refused.code})` });
    else parsed++;
    if (sharedTerminal) progress.clear();
    sink.add(input);
  }
  progress.finish();
  if (out.failure() === undefined) sink.end();
  const failure = out.finish();

  if (problems.length > 0) {
    if (parsed > 0) {
      say(`${parsed} ${parsed === 1 ? 'file' : 'files'} parsed; ${problems.length} ${problems.length === 1 ? 'input' : 'inputs'} could not be read:`);
    }
    report();
  }
  if (failure !== undefined) return writeFailed(failure, target);
  if (problems.length > 0) return EXIT_USAGE;
  return sink.failed() ? EXIT_FINDINGS : EXIT_OK;
}
