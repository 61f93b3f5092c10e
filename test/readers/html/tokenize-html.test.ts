import { describe, expect, it } from 'vitest';
import { tokenizeHtml, type HtmlToken } from '../../../src/readers/html/tokenize-html.js';

/** Tokens as short strings: `<td>`, `</td>`, `"text"`, `#comment`, `~raw`. */
function show(html: string): string[] {
  return [...tokenizeHtml(html)].map((t) => describeToken(html, t));
}

function describeToken(html: string, t: HtmlToken): string {
  switch (t.kind) {
    case 'text':
      return JSON.stringify(html.slice(t.start, t.end));
    case 'startTag':
      return `<${t.name}${t.attributes.map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('')}${t.selfClosing ? '/' : ''}>`;
    case 'endTag':
      return `</${t.name}>`;
    case 'comment':
      return `#${html.slice(t.start, t.end)}`;
    case 'rawText':
      return `~${html.slice(t.start, t.end)}`;
  }
}

describe('tokenizeHtml', () => {
  it('reads tags, attributes and text, lower-casing names', () => {
    expect(show('<TD ColSpan="2" nowrap>a &amp; b</Td>')).toEqual(['<td colspan="2" nowrap="">', '"a &amp; b"', '</td>']);
  });

  it('reads single-quoted, unquoted and spaced attribute values, decoding references in them', () => {
    expect(show(`<td rowspan = 3 class='x y' title="&lt;b&gt;">`)).toEqual(['<td rowspan="3" class="x y" title="<b>">']);
  });

  it('keeps a > inside a quoted attribute value inside the value', () => {
    expect(show('<p title="a > b">x</p>')).toEqual(['<p title="a > b">', '"x"', '</p>']);
  });

  it('gives every token its offsets in the input', () => {
    const html = 'ab<br/>cd';
    expect([...tokenizeHtml(html)]).toEqual([
      { kind: 'text', start: 0, end: 2 },
      { kind: 'startTag', name: 'br', attributes: [], selfClosing: true, start: 2, end: 7 },
      { kind: 'text', start: 7, end: 9 },
    ]);
  });

  it('keeps Word prefixes in names (o:p) and reads self-closing tags', () => {
    expect(show('<o:p></o:p><br />')).toEqual(['<o:p>', '</o:p>', '<br/>']);
  });

  it('reads a < that opens no tag as text', () => {
    expect(show('1 < 2 <3 <>x< /p>')).toEqual(['"1 < 2 <3 <>x< /p>"']);
    expect(show('a<')).toEqual(['"a<"']);
    expect(show('a</')).toEqual(['"a</"']);
  });

  it('skips comments, Word conditional comments, the doctype, CDATA and processing instructions', () => {
    expect(show('<!DOCTYPE html><?xml version="1.0"?>a<!-- x --><!--[if gte mso 9]><xml><w:Word/></xml><![endif]-->b<![CDATA[ <p> ]]>c')).toEqual([
      '#<!DOCTYPE html>',
      '#<?xml version="1.0"?>',
      '"a"',
      '#<!-- x -->',
      '#<!--[if gte mso 9]><xml><w:Word/></xml><![endif]-->',
      '"b"',
      '#<![CDATA[ <p> ]]>',
      '"c"',
    ]);
  });

  it('reads Word downlevel-revealed conditionals as bogus comments and keeps their content', () => {
    expect(show('<![if !supportLists]>1.<![endif]>')).toEqual(['#<![if !supportLists]>', '"1."', '#<![endif]>']);
  });

  it('ends comments as HTML does: <!-->, <!--->, --!>', () => {
    expect(show('<!-->a<!--->b<!-- x --!>c')).toEqual(['#<!-->', '"a"', '#<!--->', '"b"', '#<!-- x --!>', '"c"']);
  });

  it('ignores </> and reads </ followed by a non-letter as a bogus comment', () => {
    expect(show('a</>b</ 1>c')).toEqual(['"a"', '"b"', '#</ 1>', '"c"']);
  });

  it('skips the content of script and style as raw text, up to their end tag in any case', () => {
    expect(show('<script>if (a < b) { x = "</p>" }</SCRIPT >t<style>p{}</style>')).toEqual([
      '<script>',
      '~if (a < b) { x = "</p>" }',
      '</script>',
      '"t"',
      '<style>',
      '~p{}',
      '</style>',
    ]);
  });

  it('reads the content of title as text without tags', () => {
    expect(show('<title>年报 <b>2024</b></title>')).toEqual(['<title>', '"年报 <b>2024</b>"', '</title>']);
  });

  it('runs an unterminated comment, script or CDATA to the end of the input', () => {
    expect(show('a<!-- never closed <p>b')).toEqual(['"a"', '#<!-- never closed <p>b']);
    expect(show('a<script>x<p>')).toEqual(['"a"', '<script>', '~x<p>']);
    expect(show('a<![CDATA[x')).toEqual(['"a"', '#<![CDATA[x']);
  });

  it('drops a tag cut off by the end of the input, as browsers do', () => {
    expect(show('a<td colspan="2')).toEqual(['"a"']);
    expect(show('a<td')).toEqual(['"a"']);
  });

  it('never throws and returns on hostile input of 1 MB', () => {
    const n = 1_000_000;
    for (const html of ['<'.repeat(n), '</'.repeat(n / 2), '<!--'.repeat(n / 4), '<![CDATA['.repeat(n / 9), '<a b="'.repeat(n / 6), '<a '.repeat(n / 3), '&#'.repeat(n / 2), '<!'.repeat(n / 2), '<?'.repeat(n / 2)]) {
      let count = 0;
      for (const token of tokenizeHtml(html)) count += token.end > token.start ? 1 : 0;
      expect(count).toBeGreaterThanOrEqual(0);
    }
  });
});
