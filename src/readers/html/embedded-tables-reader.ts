import { recognizeExactTsvGrid } from '../../grids/recognize-tsv-grid.js';
import type { InputReader, Rendition } from '../../text/rendition.js';
import { htmlToText } from './html-to-text.js';
import { looksLikeHtml } from './looks-like-html.js';

/** Where each outermost `<table>…</table>` is, by a linear scan that counts nesting. */
function tableRegions(input: string): { start: number; end: number }[] {
  const lower = input.toLowerCase();
  const regions: { start: number; end: number }[] = [];
  let i = lower.indexOf('<table');
  while (i >= 0) {
    let depth = 0;
    let j = i;
    let end = input.length;
    // The next </table is looked up again only once passed: openers with no
    // close would otherwise each scan to the end (quadratic).
    let close = lower.indexOf('</table', j);
    while (j < lower.length) {
      const open = lower.indexOf('<table', j);
      if (close >= 0 && close < j) close = lower.indexOf('</table', j);
      if (close < 0) break;
      if (open >= 0 && open < close) {
        depth++;
        j = open + 6;
        continue;
      }
      depth--;
      j = close + 7;
      if (depth === 0) {
        const gt = lower.indexOf('>', j);
        end = gt < 0 ? input.length : gt + 1;
        break;
      }
    }
    regions.push({ start: i, end });
    i = lower.indexOf('<table', end);
  }
  return regions;
}

/**
 * Renders the HTML tables that Markdown and text keep inside them (pandoc
 * writes a table it cannot express as a pipe table as raw `<table>` HTML)
 * row by row, as {@link htmlToText} does, and copies everything else as it
 * is. Spans map back into the input.
 *
 * @example
 * ```ts
 * import { sourceOffsetIn } from 'xxgk-report';
 * import { renderEmbeddedTables } from 'xxgk-report/html';
 * const input = '三、收到和处理政府信息公开申请情况\n<table><tr><td>一、本年新收</td><td>12</td></tr></table>';
 * const { text, map } = renderEmbeddedTables(input);
 * text;                                    // '三、收到和处理政府信息公开申请情况\n\n一、本年新收\t12\n'
 * sourceOffsetIn(map, text.indexOf('12')); // 48
 * input.slice(48, 50);                     // '12'
 * ```
 */
export function renderEmbeddedTables(input: string): Rendition {
  let text = '';
  const map: number[] = [];
  let from = 0;
  for (const { start, end } of tableRegions(input)) {
    if (start > from) {
      map.push(text.length, from, start - from);
      text += input.slice(from, start);
    }
    const table = htmlToText(input.slice(start, end));
    text += '\n';
    const base = text.length;
    for (let k = 0; k + 2 < table.map.length; k += 3) {
      map.push(base + (table.map[k] as number), start + (table.map[k + 1] as number), table.map[k + 2] as number);
    }
    text += `${table.text}\n`;
    from = end;
  }
  map.push(text.length, from, input.length - from);
  text += input.slice(from);
  return { text, map };
}

/**
 * The reader for text or Markdown with HTML tables inside: accepts input
 * that is not an HTML page ({@link looksLikeHtml} is false) but holds a
 * `<table`. Its rows are exact, like the HTML reader's.
 *
 * @example
 * ```ts
 * import { createParser, defaultReaders } from 'xxgk-report';
 * import { embeddedTablesReader } from 'xxgk-report/html';
 * // Markdown from pandoc: a pipe table, and a table it could only write as HTML.
 * const markdown = '| 信息内容 | 本年制发件数 |\n| --- | --- |\n| 规章 | 1 |\n\n<table><tr><td>一、本年新收</td><td>12</td></tr></table>';
 * embeddedTablesReader.accepts(markdown);                      // true
 * embeddedTablesReader.read(markdown).text.split('\n').at(-2); // '一、本年新收\t12'
 * const parse = createParser({ readers: [embeddedTablesReader, ...defaultReaders.slice(2)] });
 * ```
 */
export const embeddedTablesReader: InputReader = {
  name: 'embedded-html-tables',
  accepts: (input: string) => !looksLikeHtml(input) && /<table[\s>]/i.test(input),
  read: renderEmbeddedTables,
  recognizers: [recognizeExactTsvGrid],
};
