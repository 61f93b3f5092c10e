import { readFileSync } from 'node:fs';
import { looksLikeHtml } from '../html.js';
import type { EncodingOption, ReadMode } from './args.js';
import { describeError, type InputProblem, type InputSource } from './collect-inputs.js';
import { decodeReportBytes, type ReportEncoding } from '../text/decode-report-bytes.js';

/** The name standard input goes by in output. */
export const stdinName = '<stdin>';

/** An input read and decoded, ready to parse. */
export interface LoadedInput {
  /** The file's path as given or found, or `<stdin>`. */
  readonly file: string;
  readonly text: string;
  readonly encoding: ReportEncoding;
  /** How to parse it: as text, or as an HTML page or fragment. */
  readonly readAs: 'text' | 'html';
}

/** Options of {@link readInput}. */
export interface ReadInputOptions {
  readonly encoding: EncodingOption;
  readonly as: ReadMode;
  /** Where `-` reads from. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
}

/** Whether a path names an HTML file (`.html`, `.htm`, any case). */
export function isHtmlPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.html') || lower.endsWith('.htm');
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}

/**
 * Reads one input and decodes it (see {@link decodeReportBytes}). A file ending in
 * `.html`/`.htm` is read as HTML and anything else as text, unless `as`
 * says otherwise; standard input is HTML when it looks like HTML. A file
 * that cannot be read is returned as an {@link InputProblem}, never thrown.
 */
export async function readInput(source: InputSource, options: ReadInputOptions): Promise<LoadedInput | InputProblem> {
  const file = source.kind === 'stdin' ? stdinName : source.path;
  let bytes: Uint8Array;
  try {
    bytes = source.kind === 'stdin' ? await readAll(options.stdin) : readFileSync(source.path);
  } catch (error) {
    return { path: file, reason: describeError(error) };
  }
  const { text, encoding } = decodeReportBytes(bytes, { encoding: options.encoding });
  let readAs: 'text' | 'html';
  if (options.as !== 'auto') readAs = options.as;
  else if (source.kind === 'stdin') readAs = looksLikeHtml(text) ? 'html' : 'text';
  else readAs = isHtmlPath(source.path) ? 'html' : 'text';
  return { file, text, encoding, readAs };
}

/** Whether a read gave a problem rather than an input. */
export function isProblem(value: LoadedInput | InputProblem): value is InputProblem {
  return 'reason' in value;
}
