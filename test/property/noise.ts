import fc from 'fast-check';

/**
 * How a value cell is written. `blank`, `dash`, `slash` and `emDash` write
 * no number (the parser must give null); the others write the model value.
 */
export type CellStyle = 'plain' | 'fullwidth' | 'thousands' | 'padded' | 'blank' | 'dash' | 'slash' | 'emDash';

/** Styles that write no number. */
export const EMPTY_STYLES: ReadonlySet<CellStyle> = new Set(['blank', 'dash', 'slash', 'emDash']);

/**
 * The noise of one rendering, as plain shrinkable data: every field shrinks
 * to "no noise" (empty arrays, false, 0), so a counterexample shrinks to the
 * few variants that matter. Each renderer reads the fields that make sense
 * for its layout.
 */
export interface Noise {
  /** Value cells written otherwise than plain, by their index in document order (modulo the count). */
  readonly cells: readonly { readonly at: number; readonly style: CellStyle }[];
  /** Spelling pick of the k-th label rendered (index into the catalogue's spellings; missing: the template's). */
  readonly spellings: readonly number[];
  /** Line break in the k-th label rendered: 0 none, n > 0 after character 1 + (n − 1) mod (length − 1). */
  readonly splits: readonly number[];
  /** CRLF line ends (Windows tools, some CMS exports). */
  readonly crlf: boolean;
  /** Per table row, a small number whose bits shape the row (leading/trailing blank cells, kept spacer cells). */
  readonly rowShapes: readonly number[];
  /** pdftotext: body lines of a table after which a page breaks (footer, form feed). */
  readonly pageBreaks: readonly number[];
  /** pdftotext: the table's header rows are printed again after a page break (Word "repeat header rows"). */
  readonly repeatHeader: boolean;
  /** Space-aligned layouts: label column width in CJK characters, 0 for the default. */
  readonly labelWidth: number;
  /** Space-aligned layouts: per page, how far the number columns move (pdftotext: x positions change from page to page). */
  readonly jitter: readonly number[];
  /** A layout-specific flavour (a converter option, a CMS habit). */
  readonly flavor: number;
  /** 三、本年度办理结果 also spans （七）总计, whose label then spans two columns (layout fixture 2021-dash). */
  readonly resultsSpanTotal: boolean;
  /** The title printed over two lines (seed 004). */
  readonly titleSplit: boolean;
}

/** No noise at all: the template's words, plain numbers, LF. */
export const quiet: Noise = {
  cells: [],
  spellings: [],
  splits: [],
  crlf: false,
  rowShapes: [],
  pageBreaks: [],
  repeatHeader: false,
  labelWidth: 0,
  jitter: [],
  flavor: 0,
  resultsSpanTotal: false,
  titleSplit: false,
};

const writtenStyles: CellStyle[] = ['fullwidth', 'thousands', 'padded'];
const emptyStyles: CellStyle[] = ['blank', 'dash', 'slash', 'emDash'];

/**
 * Noise drawn from the catalogue. `withEmptyCells: false` keeps every value
 * written (for the validate properties, where a blank makes a relation not
 * assessable).
 */
export function noiseArb(options: { withEmptyCells: boolean } = { withEmptyCells: true }): fc.Arbitrary<Noise> {
  const styles = options.withEmptyCells ? [...writtenStyles, ...emptyStyles] : writtenStyles;
  return fc.record({
    cells: fc.array(fc.record({ at: fc.nat({ max: 400 }), style: fc.constantFrom(...styles) }), { maxLength: 10 }),
    spellings: fc.array(fc.nat({ max: 3 }), { maxLength: 90 }),
    splits: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) }), { maxLength: 90 }),
    crlf: fc.boolean(),
    rowShapes: fc.array(fc.nat({ max: 15 }), { maxLength: 40 }),
    pageBreaks: fc.array(fc.nat({ max: 80 }), { maxLength: 3 }),
    repeatHeader: fc.boolean(),
    labelWidth: fc.oneof(fc.constant(0), fc.integer({ min: 6, max: 20 })),
    jitter: fc.array(fc.integer({ min: -2, max: 4 }), { maxLength: 4 }),
    flavor: fc.nat({ max: 15 }),
    resultsSpanTotal: fc.boolean(),
    titleSplit: fc.boolean(),
  });
}

/** The style noise gives the k-th value cell of `count`. */
export function styleOf(noise: Noise, k: number, count: number): CellStyle {
  let style: CellStyle = 'plain';
  for (const c of noise.cells) if (count > 0 && c.at % count === k) style = c.style;
  return style;
}
