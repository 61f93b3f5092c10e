import type { PdfjsModule, PdfjsOperatorList, PdfjsPage, PdfjsTextItem } from './pdfjs-api.js';

/**
 * A run of text as pdf.js gives it, in PDF user space: `x` the left edge,
 * `y` the baseline, `size` the font size (the run's height), `width` its
 * advance.
 */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/**
 * A straight rule the page draws: a horizontal one at `y = at` from
 * `x = from` to `x = to`, or a vertical one at `x = at` from `y = from` to
 * `y = to` (from < to), in user space.
 */
export interface Rule {
  readonly axis: 'horizontal' | 'vertical';
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** What the reader takes from one page: its box, its text runs and its rules. */
export interface PageContent {
  /** 1-based. */
  readonly page: number;
  /** `[x1, y1, x2, y2]`. */
  readonly view: readonly [number, number, number, number];
  readonly runs: readonly TextRun[];
  readonly rules: readonly Rule[];
  /** Whether the page paints images (a scan, when it has no text). */
  readonly hasImages: boolean;
}

/** A rectangle thinner than this (points) is a rule, not a filled box. */
const RULE_THICKNESS = 2.5;
/** A rule shorter than this (points) is a tick or a glyph part, not a table line. */
const MIN_RULE_LENGTH = 3;
/** Cap on the path segments read from one page: past it the page's rules are ignored (a hostile or a drawing-heavy page). */
export const MAX_SEGMENTS_PER_PAGE = 50_000;

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` applied after `inner`: a point p goes to outer(inner(p)), as a canvas's `transform` composes. */
function compose(outer: Matrix, inner: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [ia = 1, ib = 0, ic = 0, id = 1, ie = 0, iff = 0] = inner;
  return [a * ia + c * ib, b * ia + d * ib, a * ic + c * id, b * ic + d * id, a * ie + c * iff + e, b * ie + d * iff + f];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Reads the text runs of a page's text content (marked-content entries and rotated text skipped). */
export function textRuns(items: ReadonlyArray<PdfjsTextItem | { readonly type: string }>): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!('str' in item) || typeof item.str !== 'string') continue;
    if (item.str.trim().length === 0) continue;
    const t = item.transform;
    const x = Number(t[4]);
    const y = Number(t[5]);
    // Rotated or skewed text (a stamp, a vertical label) has no place in a
    // row of cells; it is still read, at its origin, with its font size.
    const size = Math.abs(Number(item.height)) || Math.hypot(Number(t[2]), Number(t[3])) || 1;
    const width = Math.abs(Number(item.width)) || 0;
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(size) || !Number.isFinite(width)) continue;
    runs.push({ text: item.str, x, y, width, size });
  }
  return runs;
}

/** Whether an op paints the path it ends, and how. */
type Paint = 'stroke' | 'fill' | 'both' | 'none';

function paintOf(op: number, OPS: Readonly<Record<string, number>>): Paint {
  if (op === OPS['stroke'] || op === OPS['closeStroke']) return 'stroke';
  if (op === OPS['fill'] || op === OPS['eoFill']) return 'fill';
  if (op === OPS['fillStroke'] || op === OPS['eoFillStroke'] || op === OPS['closeFillStroke'] || op === OPS['closeEOFillStroke']) return 'both';
  return 'none';
}

/** The numbers of a pdf.js 5 path (`[DrawOPS…]` as a Float32Array, possibly wrapped in an array). */
function pathData(arg: unknown): ArrayLike<number> | null {
  let data = arg;
  if (Array.isArray(data) && data.length > 0 && typeof data[0] !== 'number') data = data[0];
  if (data && typeof data === 'object' && 'length' in data) return data as ArrayLike<number>;
  return null;
}

/**
 * The straight rules a page draws, in user space: stroked axis-aligned
 * segments, and filled rectangles thin enough to be lines (how WPS and Word
 * draw cell borders). Larger filled boxes are cell shading, not rules;
 * curves and clipping paths are not rules. The current transformation
 * matrix is followed through save/restore, `cm` and form XObjects.
 */
export function pageRules(list: PdfjsOperatorList, OPS: Readonly<Record<string, number>>): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let segments = 0;
  const addSegment = (x1: number, y1: number, x2: number, y2: number): void => {
    if (++segments > MAX_SEGMENTS_PER_PAGE) return;
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x2 - x1) >= MIN_RULE_LENGTH) {
      rules.push({ axis: 'horizontal', at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    } else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y2 - y1) >= MIN_RULE_LENGTH) {
      rules.push({ axis: 'vertical', at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
    }
  };
  const n = list.fnArray.length;
  for (let i = 0; i < n; i++) {
    const op = list.fnArray[i] as number;
    const args = list.argsArray[i] as unknown[] | null;
    if (op === OPS['save']) {
      stack.push(ctm);
    } else if (op === OPS['restore']) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (op === OPS['transform'] && Array.isArray(args)) {
      ctm = compose(ctm, args as number[]);
    } else if (op === OPS['paintFormXObjectBegin']) {
      stack.push(ctm);
      const matrix = Array.isArray(args) ? args[0] : null;
      if (matrix && typeof matrix === 'object' && 'length' in matrix && (matrix as ArrayLike<number>).length === 6) {
        ctm = compose(ctm, Array.from(matrix as ArrayLike<number>));
      }
    } else if (op === OPS['paintFormXObjectEnd']) {
      ctm = stack.pop() ?? IDENTITY;
    } else if (op === OPS['constructPath'] && Array.isArray(args)) {
      const paint = paintOf(Number(args[0]), OPS);
      if (paint === 'none') continue;
      const data = pathData(args[1]);
      if (data) readPath(data, ctm, paint, addSegment);
    }
  }
  return rules;
}

/** Walks one pdf.js path (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function readPath(data: ArrayLike<number>, ctm: Matrix, paint: Paint, addSegment: (x1: number, y1: number, x2: number, y2: number) => void): void {
  let sub: [number, number][] = [];
  let curved = false;
  const flush = (closed: boolean): void => {
    if (sub.length >= 2 && !curved) emitSubpath(sub, closed, paint, addSegment);
    sub = [];
    curved = false;
  };
  let k = 0;
  while (k < data.length) {
    const code = data[k] as number;
    if (code === 0) {
      flush(false);
      sub.push(apply(ctm, data[k + 1] as number, data[k + 2] as number));
      k += 3;
    } else if (code === 1) {
      sub.push(apply(ctm, data[k + 1] as number, data[k + 2] as number));
      k += 3;
    } else if (code === 2) {
      curved = true;
      k += 7;
    } else if (code === 3) {
      curved = true;
      k += 5;
    } else if (code === 4) {
      flush(true);
      k += 1;
    } else {
      return; // unknown: stop reading this path rather than misread it
    }
  }
  flush(false);
}

function emitSubpath(points: readonly [number, number][], closed: boolean, paint: Paint, addSegment: (x1: number, y1: number, x2: number, y2: number) => void): void {
  if (paint === 'fill' || paint === 'both') {
    // A filled axis-aligned rectangle: thin → the rule along its length.
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [x, y] of points) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (isAxisAligned(points)) {
      const w = maxX - minX;
      const h = maxY - minY;
      if (h <= RULE_THICKNESS && w > h) addSegment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
      else if (w <= RULE_THICKNESS && h > w) addSegment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
    }
    if (paint === 'fill') return;
  }
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1] as [number, number];
    const [x2, y2] = points[i] as [number, number];
    addSegment(x1, y1, x2, y2);
  }
  if (closed && points.length > 2) {
    const [x1, y1] = points[points.length - 1] as [number, number];
    const [x2, y2] = points[0] as [number, number];
    addSegment(x1, y1, x2, y2);
  }
}

function isAxisAligned(points: readonly [number, number][]): boolean {
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1] as [number, number];
    const [x2, y2] = points[i] as [number, number];
    if (Math.abs(x1 - x2) > 0.5 && Math.abs(y1 - y2) > 0.5) return false;
  }
  return true;
}

/** Reads a page's runs, rules and box. */
export async function readPageContent(page: PdfjsPage, pageNumber: number, pdfjs: PdfjsModule): Promise<PageContent> {
  const [content, list] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const OPS = pdfjs.OPS;
  let hasImages = false;
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i];
    if (op === OPS['paintImageXObject'] || op === OPS['paintInlineImageXObject'] || op === OPS['paintImageMaskXObject']) {
      hasImages = true;
      break;
    }
  }
  const v = page.view;
  const view: [number, number, number, number] = [Number(v[0]) || 0, Number(v[1]) || 0, Number(v[2]) || 0, Number(v[3]) || 0];
  return { page: pageNumber, view, runs: textRuns(content.items), rules: pageRules(list, OPS), hasImages };
}
