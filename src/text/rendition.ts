import type { GridRecognizer } from '../grids/grid.js';

/**
 * A rendition of the input that the line-based pipeline can read (line
 * breaks restored in crawler text, tables of an HTML page as rows), with a
 * map back to the input so that every span still points into what the user
 * gave. Plain data: survives `structuredClone`.
 *
 * @example
 * ```ts
 * import { inlineHeadingsReader, sourceOffsetIn, type Rendition } from 'xxgk-report';
 * const input = '前言。'.repeat(110) + '一、总体情况本年度共收到申请12件。';
 * const rendition: Rendition = inlineHeadingsReader.read(input);
 * rendition.text.split('\n').slice(1); // ['一、总体情况', '本年度共收到申请12件。']
 * rendition.map;                       // [0, 0, 330, 331, 330, 6, 338, 336, 12]
 * sourceOffsetIn(rendition.map, rendition.text.indexOf('12件')); // 344
 * input.indexOf('12件');                                           // 344
 * ```
 */
export interface Rendition {
  /** The text the pipeline reads. */
  readonly text: string;
  /**
   * Runs copied from the input, in order: `[textStart, sourceStart, length]`
   * triples, flattened. Characters of the rendition outside every run were
   * inserted (separators); they map to the end of the run before them.
   */
  readonly map: readonly number[];
}

/**
 * The offset in the input of an offset in the rendition.
 *
 * @example
 * ```ts
 * import { sourceOffsetIn } from 'xxgk-report';
 * import { htmlToText } from 'xxgk-report/html';
 * const html = '<p>一、总体情况</p><p>共收到申请<b>12</b>件。</p>';
 * const { text, map } = htmlToText(html);
 * text;                                 // '一、总体情况\n共收到申请12件。'
 * sourceOffsetIn(map, text.indexOf('12')); // 24
 * html.slice(24, 26);                   // '12'
 * ```
 */
export function sourceOffsetIn(map: readonly number[], textOffset: number): number {
  let lo = 0;
  let hi = map.length / 3 - 1;
  if (hi < 0) return textOffset;
  if (textOffset < (map[0] as number)) return map[1] as number;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map[mid * 3] as number) <= textOffset) lo = mid;
    else hi = mid - 1;
  }
  const textStart = map[lo * 3] as number;
  const sourceStart = map[lo * 3 + 1] as number;
  const length = map[lo * 3 + 2] as number;
  return sourceStart + Math.min(textOffset - textStart, length);
}

/**
 * Builds a rendition by copying the input and inserting strings at given
 * offsets (sorted, ascending).
 */
export function insertInto(input: string, inserts: readonly { readonly at: number; readonly text: string }[]): Rendition {
  let text = '';
  const map: number[] = [];
  let from = 0;
  for (const { at, text: piece } of inserts) {
    if (at < from) continue;
    if (at > from) {
      map.push(text.length, from, at - from);
      text += input.slice(from, at);
    }
    text += piece;
    from = at;
  }
  map.push(text.length, from, input.length - from);
  text += input.slice(from);
  return { text, map };
}

/**
 * An input reader: recognizes a kind of input (an HTML page, crawler text on
 * one line) and renders it for the pipeline. `parseReport` applies the first
 * reader that accepts the input.
 *
 * @example
 * ```ts
 * import { createParser, defaultReaders, type InputReader } from 'xxgk-report';
 * // Text whose lines are separated by U+2028 (as some JavaScript exports give it):
 * // line feeds instead, one character for one, so the map is the identity.
 * const lineSeparatorReader: InputReader = {
 *   name: 'line-separators',
 *   accepts: (input) => input.includes('\u2028'),
 *   read: (input) => ({ text: input.replaceAll('\u2028', '\n'), map: [0, 0, input.length] }),
 * };
 * const parse = createParser({ readers: [lineSeparatorReader, ...defaultReaders] });
 * // text: examples/reports/000_892e5d3b650a9da1.txt, its lines joined with U+2028:
 * const joined = text.replaceAll('\n', '\u2028');
 * parse(joined).applications.newReceived.total; // 1320
 * parse(joined).diagnostics.length;             // 0
 * ```
 */
export interface InputReader {
  /** A name for diagnostics and debugging, e.g. `html`. */
  readonly name: string;
  /** A cheap test: does this reader apply to the input? */
  readonly accepts: (input: string) => boolean;
  /** Renders the input. Never throws on a string. */
  readonly read: (input: string) => Rendition;
  /**
   * Grid recognizers for what this reader renders, tried before the
   * parser's own when this reader applied (the HTML reader's rows are exact).
   */
  readonly recognizers?: readonly GridRecognizer[];
}
