import { parseCliArgs, type Command, type OutputFormat, type RunOptions } from './args.js';
import { collectInputs, describeError, type InputProblem, type InputSource } from './collect-inputs.js';
import { formatCsv, toCsvRow, type CsvRow } from './format-csv.js';
import { formatJson, formatJsonLine } from './format-json.js';
import { formatTable } from './format-table.js';
import { countFindings, formatValidation, formatValidationTotal, type SeverityCounts } from './format-validate.js';
import { helpText } from './help.js';
import { parseInput, type ParsedInput } from './parse-input.js';
import { createProgress, shouldShowProgress, silentProgress, type ProgressStream } from './progress.js';
import { isProblem, readInput } from './read-input.js';
import { packageVersion } from './version.js';

/** The streams a run reads and writes: `process.*` in the CLI, fakes in tests. */
export interface CliIo {
  readonly stdout: { readonly isTTY?: boolean; write(chunk: string): unknown };
  readonly stderr: ProgressStream;
  readonly stdin: AsyncIterable<Uint8Array | string>;
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

function createSink(command: Command, format: OutputFormat | undefined, options: RunOptions, io: CliIo, many: boolean): OutputSink {
  const out = (text: string) => {
    if (text.length > 0) io.stdout.write(text);
  };
  if (command === 'validate') {
    let files = 0;
    let withErrors = 0;
    const total: SeverityCounts = { error: 0, warning: 0, info: 0 };
    return {
      add(input) {
        const counts = countFindings(input.findings);
        files++;
        if (counts.error > 0) withErrors++;
        total.error += counts.error;
        total.warning += counts.warning;
        total.info += counts.info;
        out(formatValidation(input.file, input.findings, { severity: options.severity, lang: options.lang }));
      },
      end() {
        if (many) out(formatValidationTotal(files, withErrors, total));
      },
      failed: () => withErrors > 0,
    };
  }
  if (format === 'csv') {
    const rows: CsvRow[] = [];
    return {
      add: (input) => rows.push(toCsvRow(input)),
      end: () => rows.length > 0 && out(formatCsv(rows, { labels: options.labels, bom: options.bom })),
      failed: () => false,
    };
  }
  if (format === 'json') {
    const all: ParsedInput[] = [];
    return {
      add: (input) => all.push(input),
      end: () => all.length > 0 && out(formatJson(all)),
      failed: () => false,
    };
  }
  if (format === 'table') {
    return { add: (input) => out(formatTable(input, { lang: options.lang })), end() {}, failed: () => false };
  }
  return { add: (input) => out(formatJsonLine(input)), end() {}, failed: () => false };
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
  const request = parseCliArgs(argv);
  if (request.kind === 'help') {
    io.stdout.write(helpText);
    return EXIT_OK;
  }
  if (request.kind === 'version') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (request.kind === 'usage-error') {
    io.stderr.write(`${NAME}: ${request.message} (see ${NAME} --help)\n`);
    return EXIT_USAGE;
  }

  const { command, options } = request;
  const { sources, problems: found } = collectInputs(request.inputs);
  const problems: InputProblem[] = [...found];
  const report = () => {
    for (const p of problems) io.stderr.write(`${NAME}: cannot read ${p.path}: ${p.reason}\n`);
  };
  if (sources.length === 0) {
    if (problems.length === 0) problems.push({ path: request.inputs.join(' '), reason: 'nothing to parse' });
    report();
    return EXIT_USAGE;
  }

  const many = sources.length > 1;
  const format = command === 'validate' ? undefined : (options.format ?? (many ? 'jsonl' : 'json'));
  const sink = createSink(command, format, options, io, many);
  const progress = shouldShowProgress(sources.length, io.stderr, options.quiet) ? createProgress(sources.length, io.stderr) : silentProgress;
  // The bar and the output share a terminal only when stdout is one too.
  const sharedTerminal = io.stdout.isTTY === true;

  let parsed = 0;
  for (const [i, source] of sources.entries()) {
    progress.update(i, sourceName(source));
    const loaded = await readInput(source, { encoding: options.encoding, as: options.as, stdin: io.stdin });
    if (isProblem(loaded)) {
      problems.push(loaded);
      continue;
    }
    let input: ParsedInput;
    try {
      input = parseInput(loaded);
    } catch (error) {
      // parseReport does not throw on a string; if it ever does, that file is
      // reported and the batch goes on.
      problems.push({ path: loaded.file, reason: `the parser failed: ${describeError(error)}` });
      continue;
    }
    parsed++;
    if (sharedTerminal) progress.clear();
    sink.add(input);
  }
  progress.finish();
  sink.end();

  if (problems.length > 0) {
    if (parsed > 0) {
      io.stderr.write(`${NAME}: ${parsed} ${parsed === 1 ? 'file' : 'files'} parsed; ${problems.length} ${problems.length === 1 ? 'input' : 'inputs'} could not be read:\n`);
    }
    report();
    return EXIT_USAGE;
  }
  return sink.failed() ? EXIT_FINDINGS : EXIT_OK;
}
