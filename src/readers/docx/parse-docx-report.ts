import type { Report } from '../../model/report.js';
import { parseReport as parseHtmlReport } from '../html/parse-html-report.js';
import { refusedReport } from '../refused-report.js';

/**
 * Options of {@link parseDocxReport}.
 *
 * @example
 * ```ts
 * import type { DocxReportOptions } from 'xxgk-report/docx';
 * // In a browser without a bundler, hand over mammoth's browser build:
 * // <script src="…/mammoth/mammoth.browser.min.js"></script> defines window.mammoth.
 * const options: DocxReportOptions = {};
 * ```
 */
export interface DocxReportOptions {
  /**
   * The mammoth module to use (anything with mammoth's
   * `convertToHtml`). By default mammoth is imported by
   * name at run time, which works in Node. Bundlers do not see that import
   * (so an app without mammoth still builds): in a browser pass it — `import
   * * as mammoth from 'mammoth'` in a bundled app (the bundler then takes
   * mammoth's browser files), or `window.mammoth` from
   * `mammoth/mammoth.browser.min.js` on a page without a bundler.
   */
  readonly mammoth?: unknown;
}

/** The part of mammoth this reader uses. */
interface Mammoth {
  convertToHtml(input: { arrayBuffer: ArrayBuffer; buffer: ArrayBuffer }, options?: { ignoreEmptyParagraphs?: boolean }): Promise<{ value: string }>;
}

function isMammoth(value: unknown): value is Mammoth {
  return typeof value === 'object' && value !== null && typeof (value as { convertToHtml?: unknown }).convertToHtml === 'function';
}

/** mammoth as given, or imported; null when it is not installed. */
async function loadMammoth(given: unknown): Promise<Mammoth | null> {
  if (given !== undefined) {
    // An ES namespace of the CommonJS module keeps the functions on `default`.
    if (isMammoth(given)) return given;
    const inner = (given as { default?: unknown } | null)?.default;
    return isMammoth(inner) ? inner : null;
  }
  try {
    // A variable specifier keeps bundlers of this package from inlining
    // mammoth (an optional peer): it is loaded only when a DOCX comes.
    const specifier = 'mammoth';
    const module: unknown = await import(/* @vite-ignore */ specifier);
    return loadMammoth(module);
  } catch {
    return null;
  }
}

/** A copy of exactly the bytes of the view, as the ArrayBuffer mammoth (JSZip) reads. */
function arrayBufferOf(data: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const copy = new Uint8Array(data.byteLength);
  copy.set(data);
  return copy.buffer;
}

/**
 * Reads an annual report from the bytes of a Word file (`.docx`): mammoth
 * (an optional peer dependency, `npm install mammoth`) turns it into HTML,
 * which keeps merged cells as rowspan/colspan, and the HTML reader of
 * `xxgk-report/html` reads that. Every span points into that HTML, which
 * `report.document.text` holds. mammoth's messages (styles it has no
 * mapping for) lose no text and are not reported.
 *
 * Never rejects for any bytes: without mammoth the report says
 * `reader-missing`; bytes that are not a readable DOCX say `docx-damaged`.
 *
 * @example
 * ```ts
 * import { parseDocxReport } from 'xxgk-report/docx';
 * // bytes: the file test/fixtures/docx/2021-mixed.docx (a Uint8Array)
 * const report = await parseDocxReport(bytes);
 * report.document?.format;                   // 'docx'
 * report.applications.newReceived.total;     // 3694
 * ```
 */
export async function parseDocxReport(data: Uint8Array | ArrayBuffer, options: DocxReportOptions = {}): Promise<Report> {
  if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) throw new TypeError('parseDocxReport: expected a Uint8Array or an ArrayBuffer');
  const mammoth = await loadMammoth(options.mammoth);
  if (mammoth === null) {
    return refusedReport(
      'reader-missing',
      '读取 DOCX 需要 mammoth：请运行 npm install mammoth（或在 options.mammoth 中传入）',
      'Reading DOCX needs mammoth: run npm install mammoth (or pass it as options.mammoth)',
      { format: 'docx', kind: 'DOCX', text: '' },
    );
  }
  let html: string;
  try {
    // Empty paragraphs are kept: a blank table cell is one, and dropping it
    // would leave a <td> Word wrote as blank looking like no cell content at all.
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`;
    // both hand it to JSZip, which takes an ArrayBuffer.
    const bytes = arrayBufferOf(data);
    const result = await mammoth.convertToHtml({ arrayBuffer: bytes, buffer: bytes }, { ignoreEmptyParagraphs: false });
    html = typeof result?.value === 'string' ? result.value : '';
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refusedReport('docx-damaged', `无法读取该 DOCX 文件（${reason}）`, `This is not a readable DOCX file (${reason})`, { format: 'docx', kind: 'DOCX', text: '' });
  }
  return { ...parseHtmlReport(html), document: { format: 'docx', kind: 'DOCX', text: html } };
}
