import type { GridRecognizer } from '../grids/grid.js';

/**
 * A rendition of the input that the line-based pipeline can read (line
 * breaks restored in crawler text, tables of an HTML page as rows), with a
 * map back to the input so that every span still points into what the user
 * gave. Plain data: survives `structuredClone`.
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

/** The offset in the input of an offset in the rendition. */
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
