import { parseReport as parseText, validate } from '../index.js';
import { parseReport as parseHtml } from '../html.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { DocumentFormat } from '../model/document-info.js';
import type { Report } from '../model/report.js';
import type { Finding } from '../validate/finding.js';
import type { ReportEncoding } from '../text/decode-report-bytes.js';
import type { EncodingOption, ReadMode } from './args.js';
import type { LoadedInput } from './read-input.js';
import { readerFailureCodes } from './reader-failures.js';
import { insertBySpan } from '../readers/document/invalid-bytes.js';

export { readerFailureCodes };

type DocumentEntry = typeof import('../document.js');

/**
 * The built `xxgk-report/document` beside `dist/cli.js`, loaded at run time
 * by a path esbuild does not follow: bundled here, `parseDocument` would move
 * into a chunk shared with `dist/document.js`, and that entry would no longer
 * hold its own lazy imports of the PDF and DOCX readers.
 */
const documentEntry = './document.js';
let documentModule: Promise<DocumentEntry> | undefined;
const loadDocumentEntry = (): Promise<DocumentEntry> => (documentModule ??= import(documentEntry) as Promise<DocumentEntry>);

/** One input parsed and validated: what every output format is made from. */
export interface ParsedInput {
  /** The file's path as given or found, or `<stdin>`. */
  readonly file: string;
  /** The encoding of a text or HTML input; null for PDF, DOCX and what could not be read. */
  readonly encoding: ReportEncoding | null;
  /** How it was read: `report.document.format`. */
  readonly readAs: DocumentFormat;
  /** The parsed report, `report.document` included. */
  readonly report: Report;
  /** What `validate(report)` finds. */
  readonly findings: readonly Finding[];
  /** The diagnostic that says why no reader could read it (see `readerFailureCodes`), if so. */
  readonly refused: Diagnostic | undefined;
}


/** Options of {@link parseInput}. */
export interface ParseInputOptions {
  readonly encoding: EncodingOption;
  /** `auto`: as `parseDocument` decides; `text` / `html`: a text or HTML input read as that instead. */
  readonly as: ReadMode;
}

/**
 * Reads an input's bytes with `parseDocument` (which decides by the content
 * what they are) and validates the report. With `as: 'text'` or `'html'`, an
 * input found to be text or HTML is read as the other instead; PDF, DOCX and
 * unreadable inputs are never forced.
 */
export async function parseInput(input: LoadedInput, options: ParseInputOptions): Promise<ParsedInput> {
  const { parseDocument } = await loadDocumentEntry();
  let report = await parseDocument(input.bytes, { name: input.file, encoding: options.encoding });
  const document = report.document;
  if (document && options.as !== 'auto' && (document.format === 'text' || document.format === 'html') && document.format !== options.as) {
    const parse = options.as === 'html' ? parseHtml : parseText;
    // What decoding the bytes found holds for the same text read the other way.
    const carried = report.diagnostics.filter((d) => d.code === 'input-invalid-bytes');
    const reread = parse(document.text);
    const diagnostics = carried.reduce((all, d) => insertBySpan(all, d), [...reread.diagnostics]);
    report = { ...reread, diagnostics, document: { ...document, format: options.as, kind: options.as === 'html' ? 'HTML' : 'text' } };
  }
  const refused = report.diagnostics.find((d) => d.severity === 'error' && readerFailureCodes.has(d.code));
  return {
    file: input.file,
    encoding: report.document?.encoding ?? null,
    readAs: report.document?.format ?? 'text',
    report,
    findings: validate(report),
    refused,
  };
}
