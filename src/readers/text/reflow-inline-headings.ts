import { insertInto, type InputReader, type Rendition } from '../../text/rendition.js';
import { inlineSectionTitles } from '../../sections/section-headings.js';

/** A line this long is not a line but a page's text run together. */
const LONG_LINE = 300;
const NUMERALS = '一二三四五六七八九十';

/**
 * Where each section heading starts and ends inside long lines: a numeral and
 * 、 directly before one of the standard titles (…12月31日。一、总体情况 2024年…,
 * …18651.06三、收到和处理政府信息公开申请情况（本列数据…). One `indexOf` scan per
 * title over each long line: linear.
 */
function inlineHeadings(input: string): { at: number; text: string }[] {
  const inserts: { at: number; text: string }[] = [];
  let lineStart = 0;
  while (lineStart <= input.length) {
    let lineEnd = input.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = input.length;
    if (lineEnd - lineStart > LONG_LINE) {
      const line = input.slice(lineStart, lineEnd);
      for (const title of inlineSectionTitles) {
        let k = line.indexOf(title);
        while (k >= 0) {
          let s = k;
          if (line[s - 1] === '、') {
            s--;
            while (s > 0 && NUMERALS.includes(line[s - 1] as string) && k - s < 4) s--;
          }
          if (s < k && NUMERALS.includes(line[s] as string)) {
            inserts.push({ at: lineStart + s, text: '\n' });
            inserts.push({ at: lineStart + k + title.length, text: '\n' });
          }
          k = line.indexOf(title, k + title.length);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return inserts.sort((a, b) => a.at - b.at);
}

/**
 * Crawler text and DOM `textContent` run a whole report into one line. This
 * reader puts each standard section heading back on a line of its own, so
 * the section splitter and the grid recognizers see a report again. It only
 * inserts line breaks: every other character, and so every position, is the
 * input's.
 *
 * @example
 * ```ts
 * import { inlineHeadingsReader } from 'xxgk-report';
 * const line = '前言。'.repeat(110) + '一、总体情况本年度共收到申请12件。二、主动公开政府信息情况规章1件。';
 * inlineHeadingsReader.name;                           // 'inline-headings'
 * inlineHeadingsReader.accepts(line);                  // true    a line of more than 300 characters
 * inlineHeadingsReader.accepts('一、总体情况\n本年度……'); // false
 * inlineHeadingsReader.read(line).text.split('\n').slice(1); // ['一、总体情况', '本年度共收到申请12件。', '二、主动公开政府信息情况', '规章1件。']
 * ```
 */
export const inlineHeadingsReader: InputReader = {
  name: 'inline-headings',
  accepts(input: string): boolean {
    let lineStart = 0;
    while (lineStart < input.length) {
      let lineEnd = input.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = input.length;
      if (lineEnd - lineStart > LONG_LINE) return true;
      lineStart = lineEnd + 1;
    }
    return false;
  },
  read(input: string): Rendition {
    return insertInto(input, inlineHeadings(input));
  },
};
