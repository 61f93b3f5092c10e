import type { Diagnostic } from '../../model/diagnostic.js';
import type { CellSource, Report } from '../../model/report.js';
import { createParser, defaultRecognizers } from '../../parser/create-parser.js';
import { lineIndexOf } from '../../text/line-index.js';
import { readsLineLists } from '../../text/line-table.js';
import { refusedReport } from '../refused-report.js';
import { loadPdfjs, nodeCMapUrl } from './load-pdfjs.js';
import { readPageContent, type PageContent } from './page-content.js';
import type { PdfjsDocument } from './pdfjs-api.js';
import { recognizePdfRows } from './recognize-pdf-rows.js';
import { boxAt, renderPdf } from './render-pdf.js';

/**
 * Options of {@link parsePdfReport}.
 *
 * @example
 * ```ts
 * import type { PdfReportOptions } from 'xxgk-report/pdf';
 * // In a browser, hand over the pdf.js you load, its worker set up:
 * // import * as pdfjs from 'pdfjs-dist';
 * // pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
 * const options: PdfReportOptions = { cMapUrl: '/cmaps/' };
 * ```
 */
export interface PdfReportOptions {
  /**
   * The pdf.js module to read with (`import * as pdfjs from 'pdfjs-dist'`),
   * its worker set up. By default pdf.js's legacy build is imported, which
   * runs in Node (and in browsers, without a worker).
   */
  readonly pdfjs?: unknown;
  /**
   * Where pdf.js finds its character maps (a URL or, in Node, a directory
   * path, ending in `/`): needed for PDFs whose Chinese fonts are not
   * embedded. In Node it defaults to the `cmaps/` folder of the installed
   * pdfjs-dist; in a browser, serve that folder and give its URL.
   */
  readonly cMapUrl?: string;
}

/** Pages beyond this are not read (an annual report has a few dozen at most); said in a diagnostic. */
export const MAX_PDF_PAGES = 500;

/** Below this many characters of text in the whole file, it is taken for a scan. */
const MIN_TEXT = 20;

const pdfParse = createParser({ readers: [], recognizers: [readsLineLists(recognizePdfRows), ...defaultRecognizers] });

function looksLikePdf(bytes: Uint8Array): boolean {
  // Readers accept `%PDF-` anywhere in the first kilobyte (junk before it is common).
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

function errorMessage(error: unknown): string {
  const m = error instanceof Error ? error.message : String(error);
  return (m.split('\n')[0] ?? m).slice(0, 200);
}

/**
 * Reads an annual report (政府信息公开工作年度报告) from the bytes of a PDF.
 * Each table is rebuilt from the page's geometry — its rows from the
 * horizontal rules, its columns from the vertical ones, merged cells where
 * no rule separates two slots — and every text run goes to the cell it
 * lies in, so a wrapped label is one label, a rowspan label belongs to all
 * its rows and a blank cell stays blank in its column. Narrative text is
 * read in reading order, so sections, metadata and the narrative checks
 * work as on text. The rows go to the same template mapping as every other
 * input.
 *
 * `report.document.text` is the rendition the spans point into (narrative
 * lines, tables as tab-separated rows); every value's `sources[path].box`
 * (and a diagnostic's `box`) is where it is drawn: page and box in PDF user
 * space, for highlighting on the page.
 *
 * Never rejects for any bytes: a scan without a text layer gives
 * `pdf-no-text`, a password-protected file `pdf-encrypted`, a damaged one
 * `pdf-damaged`, bytes that are no PDF `input-unsupported`, and a missing
 * pdfjs-dist `reader-missing` — each with every value null. Rejects only
 * with a TypeError when `data` is not binary.
 *
 * @example
 * ```ts
 * import { parsePdfReport } from 'xxgk-report/pdf';
 * // bytes: the file ../shared/corpus/pdf/001-huaian-city-2024.pdf (a Uint8Array)
 * const report = await parsePdfReport(bytes);
 * report.applications.newReceived.total;                // 3119
 * report.sources['applications.newReceived.total']?.box; // { page: 4, x: 496.32, y: 369.59, width: 14.88, height: 7.45 }
 * report.document?.pages;                               // 6
 * ```
 */
export async function parsePdfReport(data: Uint8Array | ArrayBuffer, options: PdfReportOptions = {}): Promise<Report> {
  if (!(data instanceof Uint8Array) && !(data instanceof ArrayBuffer)) throw new TypeError('parsePdfReport: expected a Uint8Array or an ArrayBuffer');
  // A copy: pdf.js may transfer the buffer to its worker, which would empty the caller's.
  // A plain Uint8Array (pdf.js refuses a Node Buffer).
  const bytes = data instanceof Uint8Array ? new Uint8Array(data) : new Uint8Array(data.slice(0));
  const info = { format: 'pdf' as const, kind: 'PDF', text: '' };
  if (bytes.length === 0) return refusedReport('input-empty', '输入为空（0字节）', 'The input is empty (0 bytes)', { ...info, format: 'unsupported', kind: 'empty' });
  if (!looksLikePdf(bytes)) {
    return refusedReport('input-unsupported', '不是PDF文件（文件开头没有 %PDF- 标记）', 'Not a PDF (no %PDF- header)', { ...info, format: 'unsupported', kind: 'not a PDF' });
  }
  const pdfjs = await loadPdfjs(options.pdfjs);
  if (!pdfjs) {
    const given = options.pdfjs !== undefined;
    return refusedReport(
      'reader-missing',
      given ? '所给的 pdfjs 不是 pdf.js 模块' : '读取PDF需要安装 pdfjs-dist：npm install pdfjs-dist',
      given ? 'The pdfjs option is not the pdf.js module' : 'Reading PDF needs pdfjs-dist: npm install pdfjs-dist',
      info,
    );
  }

  let doc: PdfjsDocument;
  try {
    const cMapUrl = options.cMapUrl ?? nodeCMapUrl();
    const task = pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
      ...(cMapUrl ? { cMapUrl, cMapPacked: true } : {}),
    });
    doc = await task.promise;
  } catch (error) {
    if (errorName(error) === 'PasswordException') {
      return refusedReport('pdf-encrypted', 'PDF文件有密码保护，无法读取', 'The PDF is password-protected and cannot be read', info);
    }
    return refusedReport('pdf-damaged', `PDF文件已损坏，无法读取：${errorMessage(error)}`, `The PDF is damaged and cannot be read: ${errorMessage(error)}`, info);
  }

  const pages: PageContent[] = [];
  const problems: string[] = [];
  const pageCount = doc.numPages;
  try {
    for (let n = 1; n <= Math.min(pageCount, MAX_PDF_PAGES); n++) {
      try {
        const page = await doc.getPage(n);
        pages.push(await readPageContent(page, n, pdfjs));
        page.cleanup?.();
      } catch (error) {
        problems.push(`第${n}页 page ${n}: ${errorMessage(error)}`);
      }
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }

  const rendition = renderPdf(pages);
  const document = { ...info, pages: pageCount, text: rendition.text };
  if (rendition.textLength < MIN_TEXT) {
    return refusedReport('pdf-no-text', 'PDF没有文字层（可能是扫描件），请先进行文字识别（OCR）', 'The PDF has no text layer (a scan?): run OCR first', document);
  }

  const parsed = pdfParse(rendition.text);
  const sources: Record<string, CellSource> = {};
  for (const [path, source] of Object.entries(parsed.sources)) {
    const box = boxAt(rendition.placed, source.span.start);
    sources[path] = box ? { ...source, box } : source;
  }
  const diagnostics: Diagnostic[] = parsed.diagnostics.map((d) => {
    const box = d.span.end > d.span.start || d.path ? boxAt(rendition.placed, d.span.start) : undefined;
    return box ? { ...d, box } : d;
  });
  const index = lineIndexOf(rendition.text);
  for (const stray of rendition.strays) {
    diagnostics.push({
      code: 'pdf-table-geometry',
      severity: 'warning',
      message: `表格中的文字跨越单元格边框，无法确定所属单元格，未采用：${stray.text}`,
      messageEn: `Text in a table crosses a cell border and cannot be placed in one cell; not used: ${stray.text}`,
      span: index.spanOf(stray.at, stray.at),
      raw: stray.text,
      box: stray.box,
    });
  }
  for (const problem of problems) {
    diagnostics.push({ code: 'pdf-damaged', severity: 'error', message: `PDF页面无法读取：${problem}`, messageEn: `A PDF page could not be read: ${problem}`, span: index.spanOf(0, 0) });
  }
  if (pageCount > MAX_PDF_PAGES) {
    diagnostics.push({ code: 'pdf-damaged', severity: 'error', message: `PDF共${pageCount}页，只读取了前${MAX_PDF_PAGES}页`, messageEn: `The PDF has ${pageCount} pages; only the first ${MAX_PDF_PAGES} were read`, span: index.spanOf(0, 0) });
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { ...parsed, sources, diagnostics, document };
}
