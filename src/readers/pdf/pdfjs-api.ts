/**
 * The part of pdf.js's API the PDF reader uses, written out structurally so
 * that neither our code nor our published types depend on `pdfjs-dist`
 * (an optional peer): any pdf.js 5 build — the legacy build in Node, the
 * standard build with a worker in a browser — fits.
 */

/** A text item of `page.getTextContent()` (a `TextMarkedContent` has no `str`). */
export interface PdfjsTextItem {
  readonly str: string;
  /** `[a, b, c, d, e, f]`: e, f are the baseline origin in user space. */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** What `page.getOperatorList()` gives. */
export interface PdfjsOperatorList {
  readonly fnArray: ArrayLike<number>;
  readonly argsArray: ArrayLike<unknown>;
}

/** A page proxy. */
export interface PdfjsPage {
  /** `[x1, y1, x2, y2]` of the page in user space. */
  readonly view: readonly number[];
  getTextContent(options?: Record<string, unknown>): Promise<{ readonly items: ReadonlyArray<PdfjsTextItem | { readonly type: string }> }>;
  getOperatorList(options?: Record<string, unknown>): Promise<PdfjsOperatorList>;
  cleanup?(): unknown;
}

/** A document proxy. */
export interface PdfjsDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfjsPage>;
  destroy(): Promise<void>;
}

/** The pdf.js module: `import * as pdfjs from 'pdfjs-dist'`. */
export interface PdfjsModule {
  readonly getDocument: (source: Record<string, unknown>) => { readonly promise: Promise<PdfjsDocument>; destroy?(): Promise<void> };
  /** Operator codes by name (`OPS.constructPath`…). */
  readonly OPS: Readonly<Record<string, number>>;
  readonly version?: string;
}

/** Whether a value has the shape of the pdf.js module. */
export function isPdfjsModule(value: unknown): value is PdfjsModule {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { getDocument?: unknown; OPS?: unknown };
  return typeof m.getDocument === 'function' && typeof m.OPS === 'object' && m.OPS !== null;
}
