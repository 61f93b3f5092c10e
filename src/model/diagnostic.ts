import type { PageBox } from './page-box.js';
import type { Span } from './span.js';
import type { DiagnosticPath } from './report-path.js';

/**
 * How much a diagnostic or finding matters.
 *
 * @example
 * ```ts
 * import { parseReport, type Severity } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * const report = parseReport(text.replace('1320', '1,32O')); // a letter O in 一、本年新收 · 总计
 * const severities: Severity[] = report.diagnostics.map((d) => d.severity);
 * severities; // ['error', 'warning']
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Every diagnostic code `parseReport` can emit, with what it means. Codes are
 * part of the public API: they are stable across minor versions, and a
 * program may switch on them (never on a message).
 *
 * @example
 * ```ts
 * import { parseReport, type DiagnosticCodes } from 'xxgk-report';
 * // Wording of your own for some codes, checked against the codes that exist:
 * const hints: Partial<Record<keyof DiagnosticCodes, string>> = {
 *   'table-missing': '未找到表格',
 *   'cell-blank': '空白单元格',
 * };
 * parseReport('一、总体情况').diagnostics.map((d) => hints[d.code] ?? d.code);
 * // ['metadata-missing', 'metadata-missing', 'metadata-missing', '未找到表格', '未找到表格', '未找到表格']
 * ```
 */
export interface DiagnosticCodes {
  /** warning — a standard table (表二/表三/表四) was not found; its values are all null. */
  'table-missing': true;
  /** error — a section that should hold a table has numbers, but no grid recognizer could read it. */
  'table-unrecognized': true;
  /** warning — a template row was not found in its table; its values are null. */
  'row-missing': true;
  /** error — a row holds a number of value cells that cannot be matched to its columns; its values are null and the cells are named. */
  'row-value-count': true;
  /** error — the same template row appears twice with different values; both are discarded (null). */
  'row-conflict': true;
  /** info — the same template row appears twice with the same values (a header or row repeated after a page break). */
  'row-duplicate': true;
  /** error — a value cell holds text that is not a number; the value is null. */
  'cell-unreadable': true;
  /** info — a value cell is blank; the value is null, never 0. */
  'cell-blank': true;
  /** info — a value cell holds a number and a note, e.g. `22（其中修订16件）`; the number is kept, the note is quoted. */
  'cell-note': true;
  /** info — digits of several cells ran together (`21710000218`) and the template arithmetic allows exactly one split, which was used. */
  'cell-split': true;
  /** error — digits of several cells ran together and cannot be split with certainty (several splits fit, none fits, or too many to try); the values are null. */
  'cell-glued': true;
  /** error — a row has more bare digit lines than columns (one DOM text node per line, a number split into `<span>` runs: `1` / `62`) and they join in several ways that fit the template arithmetic, too many to try, or table 2's, which has no sums to check; a row no joining fits is `row-value-count`. The values are null. One joining only: `cell-joined`. */
  'row-runs-split': true;
  /** warning — a table-2 row read from one bare digit line per value, in a table where another row has more digit lines than columns (numbers split into `<span>` runs): table 2 has no sums to check, so a number split over two lines beside a blank cell that left no line reads as this row's count, shifted. The values are kept; each may be misplaced. */
  'row-runs-unchecked': true;
  /** warning — a table-3 row read by its count of cells alone in a table that shows it lost cells: one bare digit line per value while other rows came short of lines (blank cells that left no line, equal values a crawler stored once), or right after its label while other labels stand bare and numbers stay unplaced (pdftotext without -layout). A column relation cannot check it in some columns, so a value moved within the row, or another row's numbers, would go unseen. Also a table-2 row read one value a line (a bare digit line, or pdftotext's one number per line) while another row of the table came short of lines: table 2 has no sums to check it. The values are kept. */
  'row-unchecked': true;
  /** warning — values read by their count of cells alone that the template's arithmetic contradicts, where the fault cannot be pinned on them: a table-3 balance row (one digit line per value, or under labels out of template order) that 本年新收 + 上年结转 = （七）总计 + 结转下年度 contradicts in two or more columns while its own sum holds and another balance row could as well be the wrong one (the message names them); or table 4 read one digit line per value whose group sums fail (a line lost and one gained, or the report's own error). The values are kept. */
  'row-contradicted': true;
  /** info — a number split over several lines (one DOM text node per line, `1` / `62`) was joined back (162): the template arithmetic allows exactly one joining of the row's runs. The value's source lists the `pieces`. */
  'cell-joined': true;
  /** error — a table-3 row whose six applicant values do not add up to its 总计, while a column relation it takes part in (本年新收 + 上年结转 = （七）总计 + 结转下年度, or the result rows adding up to （七）总计) fails in two or more columns: a mistyped number breaks its row and one column, a row read in another order (pdftotext moves a cell to the row's end) or under another label breaks most. The row is null. */
  'row-out-of-place': true;
  /** info — rows whose labels were printed apart from their numbers (pdftotext, PDF-to-Markdown) were placed in template order: the numbers ran on under the row above with those rows' labels standing elsewhere, or runs of seven stand between two labelled rows exactly as many as the rows missing there; every row's numbers add up to its 总计. In table 2, values printed between a block's header and its first row label are read as that row's. */
  'row-detached': true;
  /** info — table 3's labels stand apart from its numbers (pdftotext without -layout); its numbers, exactly the template's rows, were read in template order, blocks printed column by column included, and every row sum and column relation checks. */
  'rows-in-sequence': true;
  /** info — a money cell was written in 元, or stands under a header that states 元 (`采购总金额（元）`), and was converted to 万元. */
  'cell-unit': true;
  /** error — a money cell's unit contradicts its column header's (`186500万元` under `（单位：元）`), or the header states two units; the value is null. */
  'cell-unit-conflict': true;
  /** warning — a number inside a table region that is in no model value (part of an unknown row, a stray cell). */
  'unplaced-number': true;
  /** warning — a table-2 column or row that the detected template does not have; its numbers are quoted, not placed. */
  'column-unexpected': true;
  /** warning — the tables point to different templates (e.g. a 2019 table 2 and a 2021 table 3). */
  'template-ambiguous': true;
  /** info — the title, organization or year could not be found. */
  'metadata-missing': true;
  /** warning — the input does not look like text (NUL or many control characters). */
  'input-not-text': true;
  /** warning — the file was read as UTF-8 but some of its bytes are not (a file cut short mid-character, a converter that cut characters in two: html2text cuts table cells by bytes); they stand as U+FFFD, the span points at the first, and the message says how many. */
  'input-invalid-bytes': true;
  /** error — the input is empty or holds only white space; there is nothing to read. */
  'input-empty': true;
  /** warning — the text holds two or more reports (two titles, each followed by its tables); the span points where the second begins. Values may mix the reports: split the text. */
  'input-several-reports': true;
  /** error — the bytes are a file of a kind no reader takes (an image, an archive, an executable); the message names what it is. */
  'input-unsupported': true;
  /** error — a legacy Word or WPS file (`.doc`, `.wps`, OLE2): save it as `.docx` or PDF. */
  'input-legacy-word': true;
  /** error — the reader for this kind of file needs a package that is not installed (`pdfjs-dist` for PDF, `mammoth` for DOCX): the message says what to install. */
  'reader-missing': true;
  /** error — the PDF has no text layer (a scan or images of text): run OCR first. Every value is null. */
  'pdf-no-text': true;
  /** error — the PDF is encrypted with a password; it cannot be read. */
  'pdf-encrypted': true;
  /** error — the bytes start like a PDF but cannot be read as one (damaged or truncated). */
  'pdf-damaged': true;
  /** error — the bytes start like a DOCX (a ZIP with `word/document.xml`) but cannot be read as one. */
  'docx-damaged': true;
  /** warning — a PDF table's cells could not all be placed in the grid its rules and text positions draw (a cell crossing several columns, text between rules); the numbers concerned are named. */
  'pdf-table-geometry': true;
}

/**
 * A stable diagnostic code: one of the keys of {@link DiagnosticCodes}.
 *
 * @example
 * ```ts
 * import { parseReport, type DiagnosticCode } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * const codes: DiagnosticCode[] = parseReport(text.replace('1320', '1,32O')).diagnostics.map((d) => d.code);
 * codes; // ['row-value-count', 'unplaced-number']
 * ```
 */
export type DiagnosticCode = keyof DiagnosticCodes;

/**
 * Something `parseReport` could not read, or read with a caveat. Plain data:
 * survives `JSON.stringify` and `structuredClone`.
 *
 * @example
 * ```ts
 * import { parseReport, type Diagnostic } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * // The same report with the cell 行政强制 · 本年处理决定数量 emptied:
 * const diagnostics: readonly Diagnostic[] = parseReport(text.replace('\t3195\t', '\t\t')).diagnostics;
 * const d = diagnostics[0];
 * d?.code;      // 'cell-blank'
 * d?.severity;  // 'info'
 * d?.path;      // 'proactive.enforcement.decisions'
 * d?.message;   // '单元格为空，按空值（null）处理，不按0处理：proactive.enforcement.decisions'
 * d?.messageEn; // 'Blank cell read as null, not 0: proactive.enforcement.decisions'
 * d?.span;      // { start: 1931, end: 1931, line: 43, column: 5 }
 * ```
 */
export interface Diagnostic {
  /** Stable code; see {@link DiagnosticCodes}. */
  readonly code: DiagnosticCode;
  /** `error`: a value was lost; `warning`: suspicious; `info`: worth knowing. */
  readonly severity: Severity;
  /** Message in Chinese, the users' language. */
  readonly message: string;
  /** The same message in English. */
  readonly messageEn: string;
  /** Where in the input (for a missing thing: where it was expected). */
  readonly span: Span;
  /**
   * The model path concerned: a value's path as in `flattenReport` (e.g.
   * `applications.total.total`), or a row's, group's or table's when the
   * diagnostic concerns several values (see {@link DiagnosticPath}).
   */
  readonly path?: DiagnosticPath;
  /** The raw text concerned, when it helps (an unreadable cell, the numbers of a row). */
  readonly raw?: string;
  /** Where on a PDF page, for a report read from a PDF (see {@link PageBox}). */
  readonly box?: PageBox;
}
