import { parseReport as parseText } from '../index.js';
import { parseReport as parseHtml } from '../html.js';
import { validate } from '../index.js';
import type { Report } from '../model/report.js';
import type { Finding } from '../validate/finding.js';
import type { ReportEncoding } from '../text/decode-report-bytes.js';
import type { LoadedInput } from './read-input.js';

/** One input parsed and validated: what every output format is made from. */
export interface ParsedInput {
  /** The file's path as given or found, or `<stdin>`. */
  readonly file: string;
  /** The encoding the bytes were read with. */
  readonly encoding: ReportEncoding;
  /** Whether it was read as text or as HTML. */
  readonly readAs: 'text' | 'html';
  /** The parsed report; spans point into the decoded text (for HTML, into the page). */
  readonly report: Report;
  /** What `validate(report)` finds. */
  readonly findings: readonly Finding[];
}

/**
 * Parses a loaded input with the parser for its kind (`xxgk-report` for
 * text, `xxgk-report/html` for HTML) and validates it.
 */
export function parseInput(input: LoadedInput): ParsedInput {
  const report = input.readAs === 'html' ? parseHtml(input.text) : parseText(input.text);
  return { file: input.file, encoding: input.encoding, readAs: input.readAs, report, findings: validate(report) };
}
