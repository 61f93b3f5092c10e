/** How much of the input the test looks at. */
const SAMPLE = 2048;

/** Tags that mark a report as HTML: the page and block structure reports are written in. */
const MARKER_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'table', 'tbody', 'tr', 'td', 'th', 'p', 'div', 'br']);

/**
 * A cheap test of whether a report is HTML (a page or a fragment) and
 * should go through `htmlToText` first: true when its first 2 KB hold one
 * of the tags `<html`, `<body`, `<table`, `<tbody`, `<tr`, `<td`, `<th`, `<p`, `<div`, `<br`
 * (any case, followed by white space, `/` or `>`) or a `<!doctype html`.
 * Chinese text has no such tags; book-title marks (《》) and `<` in prose
 * do not count.
 *
 * Markdown converted from Word keeps inline HTML (`<span style=…>`, `<br>`,
 * even a raw `<table>`) beside its own tables: a sample with a Markdown
 * table rule — a delimiter row (`|---|---|`), a pandoc simple-table rule
 * (`  ------ ------`), a grid-table border (`+----+----+`) — or a pandoc
 * fenced div (`::: WordSection1`) is Markdown, not a page, unless it
 * declares itself with `<html` or a doctype. (pandoc `-t markdown` writes a
 * table whose cells hold several paragraphs as raw `<table>` and the others
 * as simple tables: read as a page, its Markdown tables would run into one line.)
 *
 * @example
 * ```ts
 * import { looksLikeHtml } from 'xxgk-report/html';
 * looksLikeHtml('<p>一、总体情况</p>');   // true
 * looksLikeHtml('一、总体情况\n规章\t1'); // false
 * ```
 */
export function looksLikeHtml(input: string): boolean {
  if (typeof input !== 'string') return false;
  const sample = input.slice(0, SAMPLE);
  const n = sample.length;
  let lt = sample.indexOf('<');
  // Only a sample with a tag in it needs to know whether it is Markdown (most text has no '<').
  const markdown = lt >= 0 && hasMarkdownMark(sample);
  while (lt >= 0) {
    let j = lt + 1;
    if (sample.charCodeAt(j) === 0x21 /* ! */) {
      if (sample.slice(j + 1, j + 13).toLowerCase() === 'doctype html') return true;
    } else if (markdown) {
      const name = sample.slice(lt + 1, lt + 5).toLowerCase();
      if (name === 'html') return true;
    } else {
      while (j < n && j - lt <= 6 && isAsciiAlpha(sample.charCodeAt(j))) j++;
      const name = sample.slice(lt + 1, j).toLowerCase();
      const after = input.charCodeAt(j);
      if (MARKER_TAGS.has(name) && (j >= input.length || after === 0x3e || after === 0x2f || isSpace(after))) return true;
    }
    lt = sample.indexOf('<', lt + 1);
  }
  return false;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/**
 * A line only Markdown writes: a table delimiter row `|---|:--|` (pipes,
 * dashes, colons, spaces, with a dash and a pipe), a pandoc simple-table rule
 * (dash runs apart by spaces, at least two of them), a grid-table border
 * (`+`, dashes, `=`, colons, starting with `+` and holding a dash or `=`),
 * or a pandoc fenced div opening or closing (a line starting `:::`).
 */
function hasMarkdownMark(sample: string): boolean {
  let start = 0;
  while (start < sample.length) {
    let end = sample.indexOf('\n', start);
    if (end < 0) end = sample.length;
    if (isMarkdownMark(sample, start, end)) return true;
    start = end + 1;
  }
  return false;
}

function isMarkdownMark(sample: string, start: number, end: number): boolean {
  if (sample.startsWith(':::', start)) return true;
  const border = sample[start] === '+';
  let dash = false;
  let pipe = false;
  let runs = 0;
  let previous = ' ';
  for (let i = start; i < end; i++) {
    const c = sample[i];
    if (c === '-' || (border && c === '=')) {
      dash = true;
      if (previous === ' ') runs++;
    } else if (c === '|') pipe = true;
    else if (c !== ':' && c !== ' ' && c !== '\r' && !(border && c === '+')) return false;
    previous = c as string;
  }
  return dash && (pipe || border || runs >= 2);
}
