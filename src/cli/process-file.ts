import { describeError, type InputProblem } from './collect-inputs.js';
import type { EncodingOption, ReadMode } from './args.js';
import { parseInput, type ParsedInput } from './parse-input.js';
import { isProblem, readInput, type LoadedInput } from './read-input.js';
import { renderInput, type RenderedInput, type RenderPlan } from './render-input.js';

/** What one file's turn in a batch writes and reports: the same whether it ran in a worker or in the main thread. */
export interface FileResult {
  /** The file's path as given or found, or `<stdin>`. */
  readonly file: string;
  /** Why it is named on stderr at the end (unreadable, no reader reads it, the parser or its worker failed), if so. */
  readonly problem?: InputProblem;
  /** Whether a reader read it (it counts among the files parsed). */
  readonly parsed: boolean;
  /** Its output; absent when it was not read at all. */
  readonly rendered?: RenderedInput;
}

/** What a worker (or the main thread) needs to process files: how to read, parse and render them. */
export interface ProcessConfig {
  readonly maxSize: number;
  readonly encoding: EncodingOption;
  readonly as: ReadMode;
  readonly plan: RenderPlan;
}

/** One file to process: a path to read, or bytes already read (standard input, read by the main thread). */
export type FileTask = { readonly kind: 'path'; readonly path: string } | { readonly kind: 'bytes'; readonly input: LoadedInput };

const noStdin: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }) };

/** Parses, validates and renders bytes already read. Never throws: a parser failure is the file's problem, and the batch goes on. */
export async function processLoaded(loaded: LoadedInput, config: ProcessConfig): Promise<FileResult> {
  let input: ParsedInput;
  let rendered: RenderedInput;
  try {
    input = await parseInput(loaded, { encoding: config.encoding, as: config.as });
    rendered = renderInput(input, config.plan);
  } catch (error) {
    // parseDocument does not throw on bytes; if it ever does, that file is
    // reported and the batch goes on.
    return { file: loaded.file, problem: { path: loaded.file, reason: `the parser failed: ${describeError(error)}` }, parsed: false };
  }
  // In the output all the same (with its diagnostic), and named at the end.
  if (input.refused) {
    return { file: input.file, problem: { path: input.file, reason: `no reader reads it: ${input.refused.messageEn} (${input.refused.code})` }, parsed: false, rendered };
  }
  return { file: input.file, parsed: true, rendered };
}

/** Reads (at most `maxSize` bytes), parses, validates and renders one file. Never throws. */
export async function processFile(task: FileTask, config: ProcessConfig): Promise<FileResult> {
  if (task.kind === 'bytes') return processLoaded(task.input, config);
  const loaded = await readInput({ kind: 'file', path: task.path }, { maxSize: config.maxSize, stdin: noStdin });
  if (isProblem(loaded)) return { file: task.path, problem: loaded, parsed: false };
  return processLoaded(loaded, config);
}
