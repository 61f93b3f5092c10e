import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseCliArgs } from './args.js';
import { collectInputs, describeError, type InputProblem, type InputSource } from './collect-inputs.js';
import { helpFor } from './help.js';
import { runInOrder } from './ordered-output.js';
import { createOutputSink } from './output-sink.js';
import { createPool, type WorkerPool } from './pool.js';
import type { FileResult, ProcessConfig } from './process-file.js';
import { createProgress, shouldShowProgress, silentProgress, type ProgressStream } from './progress.js';
import { isProblem, readInput } from './read-input.js';
import type { RenderPlan } from './render-input.js';
import { workerSpawner } from './spawn-worker.js';
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

/**
 * How many files a batch reads at once when `--jobs` is not given: one fewer
 * than the cores, and at least one (then the main thread reads them, with no
 * worker). A parsing thread keeps more than one core busy — V8 compiles and
 * collects garbage on threads of its own, 1.4 cores' worth for a thread
 * parsing reports on the 2-core machine of docs/performance.md — and each
 * worker warms its own compiler up, so there a pool of two took 2.2 s for
 * 1,000 reports where one thread took 2.0 s.
 */
export function defaultJobs(cores: number): number {
  const jobs = Math.floor(cores) - 1;
  return jobs >= 1 ? jobs : 1; // NaN too
}

/** Exit status: done (and, for validate, no error-level finding). */
export const EXIT_OK = 0;
/** Exit status of `validate` when a finding is error-level. */
export const EXIT_FINDINGS = 1;
/** Exit status for a usage error, nothing to parse, or an input that could not be read. */
export const EXIT_USAGE = 2;

const NAME = 'xxgk-report';

/**
 * Inputs larger than this are read in a worker even when the batch runs in
 * the main thread (`--jobs 1`, the default on two cores): text dense with
 * numbers takes 40 to 70 bytes of memory per byte (every number is a cell),
 * so a hostile file of a hundred megabytes would exhaust V8's heap, which
 * kills the process — in a worker it costs that file alone (reported, exit
 * status 2). Reports are far smaller; only large PDFs pay a worker's start.
 */
export const ISOLATE_ABOVE = 8 * 1024 * 1024;

/** A file's size, or 0 when it cannot be told (reading it will say why). */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/**
 * Reading, parsing and rendering in this thread (one input, or --jobs 1),
 * loaded when first needed: a pooled run leaves them to its workers, and
 * its main thread, which only writes, starts them sooner for not loading
 * the parser (and remark) itself.
 */
let processing: Promise<typeof import('./process-file.js')> | undefined;
const loadProcessing = () => (processing ??= import('./process-file.js'));

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
  const plan: RenderPlan = {
    command,
    format,
    validateFormat: options.validateFormat,
    labels: options.labels,
    severity: options.severity,
    lang: options.lang,
    fields: options.fields,
    noSources: options.noSources,
  };
  const config: ProcessConfig = { maxSize: options.maxSize, encoding: options.encoding, as: options.as, plan };
  const sink = createOutputSink(plan, (text) => out.write(text), { many, bom: options.bom });
  const showProgress = shouldShowProgress(sources.length, io.stderr, options.quiet, options.progress);
  const progress = showProgress ? createProgress(sources.length, io.stderr) : silentProgress;
  // The bar and the output share a terminal only when stdout is one too.
  const sharedTerminal = out.isTTY;

  // One file, or --jobs 1: no workers, the main thread reads them one by one.
  const jobs = Math.min(options.jobs ?? defaultJobs(availableParallelism()), sources.length);
  const pool: WorkerPool | undefined = jobs > 1 ? createPool(jobs, workerSpawner(config, (text) => io.stderr.write(text))) : undefined;
  // Without a pool, a worker of its own for each large input (see ISOLATE_ABOVE), started when one comes.
  let isolating: WorkerPool | undefined;
  const isolate = (): WorkerPool => (isolating ??= createPool(1, workerSpawner(config, (text) => io.stderr.write(text))));
  const start = async (index: number): Promise<FileResult> => {
    const source = sources[index] as InputSource;
    if (source.kind === 'file') {
      if (pool) return pool.run({ kind: 'path', path: source.path });
      if (sizeOf(source.path) > ISOLATE_ABOVE) return isolate().run({ kind: 'path', path: source.path });
      return (await loadProcessing()).processFile({ kind: 'path', path: source.path }, config);
    }
    // Standard input can be read by the main thread only; its bytes go to a worker like a file's.
    const loaded = await readInput(source, { maxSize: options.maxSize, stdin: io.stdin });
    if (isProblem(loaded)) return { file: loaded.path, problem: loaded, parsed: false };
    if (pool) return pool.run({ kind: 'bytes', input: loaded });
    if (loaded.bytes.length > ISOLATE_ABOVE) return isolate().run({ kind: 'bytes', input: loaded });
    return (await loadProcessing()).processLoaded(loaded, config);
  };

  let parsed = 0;
  let done = 0;
  // A write failed: the rest would be lost too, so nothing more starts and what was running is dropped.
  const outputFailed = () => out.failure() !== undefined;
  try {
    await runInOrder<FileResult>({
      count: sources.length,
      // Results that finish before an earlier, slower file wait for it: at most this many.
      window: pool ? jobs * 8 : 1,
      start,
      failed: (index, error) => {
        const file = sourceName(sources[index] as InputSource);
        return { file, problem: { path: file, reason: `the parser failed: ${describeError(error)}` }, parsed: false };
      },
      deliver: (_index, result) => {
        done++;
        if (outputFailed()) return;
        if (result.problem) problems.push(result.problem);
        if (result.parsed) parsed++;
        if (result.rendered) {
          if (sharedTerminal) progress.clear();
          sink.add(result.rendered);
        }
        progress.update(done, result.file);
      },
      stopped: outputFailed,
    });
  } finally {
    await pool?.close();
    await isolating?.close();
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
