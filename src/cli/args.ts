import { parseArgs } from 'node:util';
import { parseFieldList } from './select-fields.js';

/** The commands of `xxgk-report`. */
export const commands = ['parse', 'validate', 'show'] as const;
/** A command of `xxgk-report`. */
export type Command = (typeof commands)[number];

/** Output formats of `parse` (`show` is `parse --format table`). */
export const outputFormats = ['json', 'jsonl', 'csv', 'table'] as const;
/** An output format of `parse`. */
export type OutputFormat = (typeof outputFormats)[number];

/** Output formats of `validate`: lines to read, or findings as data. */
export const validateFormats = ['text', 'json', 'jsonl', 'csv'] as const;
/** An output format of `validate`. */
export type ValidateFormat = (typeof validateFormats)[number];

/** `--max-size` default: 256 MB, far above any report (an input over 8 MB is read in a worker, where running out of memory costs only that file). */
export const DEFAULT_MAX_SIZE = 256 * 1024 * 1024;

/** `--encoding` values: `auto` detects (BOM, strict UTF-8, else GB18030). */
export const encodings = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk'] as const;
/** An `--encoding` value. */
export type EncodingOption = (typeof encodings)[number];

/** `--as` values: how to read a text or HTML input — as its content says (`auto`), as text or as HTML. */
export const readModes = ['auto', 'text', 'html'] as const;
/** An `--as` value. */
export type ReadMode = (typeof readModes)[number];

/** `--labels` values of CSV headers: model paths or Chinese labels. */
export const labelModes = ['path', 'zh'] as const;
/** A `--labels` value. */
export type LabelMode = (typeof labelModes)[number];

/** `--severity` values of `validate`: the least severity printed. */
export const severities = ['info', 'warning', 'error'] as const;
/** A `--severity` value. */
export type SeverityOption = (typeof severities)[number];

/** `--lang` values: the language of messages. */
export const languages = ['zh', 'en'] as const;
/** A `--lang` value. */
export type Language = (typeof languages)[number];

/** Options of a run, after defaults. */
export interface RunOptions {
  /** Output format; `undefined` for `parse` means json for one file, jsonl for many. */
  readonly format: OutputFormat | undefined;
  /** The format of `validate`'s findings. */
  readonly validateFormat: ValidateFormat;
  /** `-o FILE`: written to a temporary file and renamed when complete; undefined for standard output. */
  readonly output: string | undefined;
  /** The most bytes read from one input. */
  readonly maxSize: number;
  readonly encoding: EncodingOption;
  readonly as: ReadMode;
  readonly labels: LabelMode;
  readonly bom: boolean;
  readonly severity: SeverityOption;
  readonly lang: Language;
  /** No progress bar, even on a terminal. */
  readonly quiet: boolean;
  /** `--progress`: a progress line on stderr even when it is not a terminal, for any number of files. */
  readonly progress: boolean;
  /**
   * `-j, --jobs N`: how many files are read at once, each in a worker thread;
   * 1 reads them one by one in the main thread. `undefined`: one fewer than
   * the machine has cores (`os.availableParallelism()`), at least one.
   */
  readonly jobs: number | undefined;
  /** `--fields a,b,c`: only these `flattenReport` paths in each record (parse json, jsonl, csv); checked against the known paths. */
  readonly fields: readonly string[] | undefined;
  /** `--no-sources`: json/jsonl records without `report.sources` (each cell's raw text and span: most of a record's size). */
  readonly noSources: boolean;
}

/** What the command line asks for: a tagged union on `kind`. */
export type CliRequest =
  | { readonly kind: 'help'; readonly command?: Command }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly command: Command; readonly inputs: readonly string[]; readonly options: RunOptions }
  | { readonly kind: 'usage-error'; readonly message: string };

const optionSpec = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  format: { type: 'string', short: 'f' },
  encoding: { type: 'string', short: 'e' },
  as: { type: 'string' },
  labels: { type: 'string' },
  bom: { type: 'boolean' },
  severity: { type: 'string' },
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  progress: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  fields: { type: 'string' },
  'no-sources': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  'max-size': { type: 'string' },
} as const;

type OptionName = keyof typeof optionSpec;

/** Options of {@link parseCliArgs}. */
export interface ParseCliArgsOptions {
  /** Whether standard input is a pipe or a file (not a terminal, not /dev/null): then no input means `-`. */
  readonly stdinPiped?: boolean;
}

/** `256M`, `64k`, `1G`, `1000` (bytes) → bytes; undefined when not a size. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d{1,15})([kmg]?)b?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const n = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}

/** `--jobs` upper bound: more threads than this only cost memory. */
export const MAX_JOBS = 256;

/** `4` → 4; undefined when not a whole number from 1 to {@link MAX_JOBS}. */
export function parseJobs(value: string): number | undefined {
  if (!/^\d{1,4}$/.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return n >= 1 && n <= MAX_JOBS ? n : undefined;
}

/** Options that only make sense with some commands or formats. */
const csvOnly: readonly OptionName[] = ['labels', 'bom'];

function isOptionName(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(optionSpec, name);
}

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (allowed as readonly string[]).includes(value);
}

function usage(message: string): CliRequest {
  return { kind: 'usage-error', message };
}

/**
 * Reads the command line (without `node` and the script): a command, its
 * inputs and options. Never throws: an unknown option, a missing or
 * unknown value, a missing command or input is a `usage-error` with a
 * one-line message.
 *
 * @example
 * ```ts
 * parseCliArgs(['parse', '-f', 'csv', 'reports/']);
 * // { kind: 'run', command: 'parse', inputs: ['reports/'], options: { format: 'csv', … } }
 * parseCliArgs(['parse', '--frob']);
 * // { kind: 'usage-error', message: "unknown option '--frob'" }
 * ```
 */
export function parseCliArgs(argv: readonly string[], settings: ParseCliArgsOptions = {}): CliRequest {
  const { tokens } = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: false, tokens: true });
  const positionals: string[] = [];
  const values: Partial<Record<OptionName, string | boolean>> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!isOptionName(token.name)) return usage(`unknown option '${token.rawName}'`);
    const spec = optionSpec[token.name];
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return usage(`option '${token.rawName}' takes no value`);
      values[token.name] = true;
    } else {
      if (token.value === undefined || token.value === '') return usage(`option '${token.rawName}' needs a value`);
      values[token.name] = token.value;
    }
  }

  const [command, ...given] = positionals;
  if (values.help) return oneOf(commands, command) ? { kind: 'help', command } : { kind: 'help' };
  if (values.version) return { kind: 'version' };

  if (command === undefined) return usage('no command given: expected parse, validate or show');
  if (!oneOf(commands, command)) return usage(`unknown command '${command}': expected parse, validate or show`);
  // `cat report.txt | xxgk-report parse`: a pipe on stdin and no input name it.
  const inputs = given.length === 0 && settings.stdinPiped ? ['-'] : given;
  if (inputs.length === 0) return usage(`${command}: no input given (files, directories, or - or a pipe for stdin)`);
  if (inputs.filter((i) => i === '-').length > 1) return usage(`${command}: - (stdin) can be given only once`);

  const str = (name: OptionName): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const pick = <T extends string>(name: OptionName, allowed: readonly T[], fallback: T): T | CliRequest => {
    const v = str(name);
    if (v === undefined) return fallback;
    const folded = v.toLowerCase();
    return oneOf(allowed, folded) ? folded : usage(`option '--${name}': '${v}' is not one of ${allowed.join(', ')}`);
  };

  let format: OutputFormat | undefined;
  let validateFormat: ValidateFormat = 'text';
  if (command === 'show') {
    if (str('format') !== undefined) return usage("show: no --format (show is parse --format table)");
    format = 'table';
  } else if (command === 'validate') {
    const f = pick('format', validateFormats, 'text');
    if (typeof f !== 'string') return f;
    validateFormat = f;
  } else if (str('format') !== undefined) {
    const f = pick('format', outputFormats, 'json');
    if (typeof f !== 'string') return f;
    format = f;
  }
  if (format !== 'csv') {
    for (const name of csvOnly) {
      if (values[name] !== undefined) return usage(`option '--${name}' applies to parse --format csv only`);
    }
  }
  if (command !== 'validate' && values.severity !== undefined) return usage("option '--severity' applies to validate only");
  if (command === 'validate' && validateFormat !== 'text' && (values.lang !== undefined || values.severity !== undefined)) {
    return usage(`validate --format ${validateFormat}: no --lang or --severity (records carry both messages and every severity)`);
  }
  if (command === 'parse' && format !== 'table' && values.lang !== undefined) {
    return usage("option '--lang' applies to validate, show and parse --format table only");
  }

  const encoding = pick('encoding', encodings, 'auto');
  if (typeof encoding !== 'string') return encoding;
  const as = pick('as', readModes, 'auto');
  if (typeof as !== 'string') return as;
  const labels = pick('labels', labelModes, 'path');
  if (typeof labels !== 'string') return labels;
  const severity = pick('severity', severities, 'info');
  if (typeof severity !== 'string') return severity;
  const lang = pick('lang', languages, 'zh');
  if (typeof lang !== 'string') return lang;
  let maxSize = DEFAULT_MAX_SIZE;
  const sizeText = str('max-size');
  if (sizeText !== undefined) {
    const size = parseSize(sizeText);
    if (size === undefined) return usage(`option '--max-size': '${sizeText}' is not a size (e.g. 256M, 64k, 1G, 1000000)`);
    maxSize = size;
  }
  const output = str('output');

  let jobs: number | undefined;
  const jobsText = str('jobs');
  if (jobsText !== undefined) {
    jobs = parseJobs(jobsText);
    if (jobs === undefined) return usage(`option '--jobs': '${jobsText}' is not a number of jobs (1 to ${MAX_JOBS})`);
  }
  if (values.quiet === true && values.progress === true) return usage("options '--quiet' and '--progress' contradict each other");
  // --fields and --no-sources shape parse records; validate and show records have their own shape.
  const recordFormat = command === 'parse' && format !== 'table';
  if (values['no-sources'] !== undefined && (!recordFormat || format === 'csv')) {
    return usage("option '--no-sources' applies to parse --format json or jsonl only");
  }
  let fields: readonly string[] | undefined;
  const fieldsText = str('fields');
  if (fieldsText !== undefined) {
    if (!recordFormat) return usage("option '--fields' applies to parse --format json, jsonl or csv only");
    const list = parseFieldList(fieldsText);
    if (typeof list === 'string') return usage(`option '--fields': ${list}`);
    fields = list;
  }

  return {
    kind: 'run',
    command,
    inputs,
    options: { format, validateFormat, output, maxSize, encoding, as, labels, bom: values.bom === true, severity, lang, quiet: values.quiet === true,
      progress: values.progress === true, jobs, fields, noSources: values['no-sources'] === true },
  };
}
