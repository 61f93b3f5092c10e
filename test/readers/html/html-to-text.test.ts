import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/readers/html/html-to-text.js';
import { parseReport } from '../../../src/index.js';
import { getPath } from '../../../src/templates/flatten-report.js';
import { applicationRowPaths } from '../../../src/templates/applications-table.js';
import { sourceOffsetIn } from '../../../src/text/rendition.js';
import { columnKeys, consistentTable3 } from '../../helpers/table3.js';
import { noiseFrom, reportPage, table3Html } from './template-html.js';

/** The rendition's text only. */
const text = (html: string): string => htmlToText(html).text;

/** Where in the HTML the rendition's `text[start, end)` came from. */
function sourceOf(html: string, start: number, end: number): string {
  const { map } = htmlToText(html);
  return html.slice(sourceOffsetIn(map, start), sourceOffsetIn(map, end));
}

describe('htmlToText', () => {
  it('breaks lines at block elements and joins inline ones', () => {
    expect(text('<h1>标题</h1><p>第一段<span>续</span><b>写</b></p><div>第二段<br>下一行</div><ul><li>甲</li><li>乙</li></ul>')).toBe('标题\n第一段续写\n第二段\n下一行\n甲\n乙');
  });

  it('collapses white space within a line, trims lines and writes no empty lines', () => {
    expect(text('<p>  一、\n  总体   情况 </p>\n\n<p>&nbsp;</p><p></p><br><br><p>\u3000\u30002024年，</p>')).toBe('一、 总体 情况\n2024年，');
  });

  it('writes each table row as one line, its cells joined by one tab in source order', () => {
    expect(text('<table><tr><td>规章</td><td>1</td><td>0</td></tr><tr><th>行政规范性文件</th><td>2</td><td>3</td></tr></table>')).toBe('规章\t1\t0\n行政规范性文件\t2\t3');
  });

  it('turns <br> and <p> inside a cell into one space, never a line break or a tab', () => {
    expect(text('<table><tr><td><p>商业</p><p>企业</p></td><td>本年新<br />制作数量</td><td>\n 1\t2 \n</td></tr></table>')).toBe('商业 企业\t本年新 制作数量\t1 2');
  });

  it('keeps empty cells as empty fields, and writes no line for a row of empty cells', () => {
    expect(text('<table><tr><td>一、本年新收</td><td>&nbsp;</td><td>5</td></tr><tr><td> </td><td><p>&nbsp;</p></td></tr><tr><td></td><td>7</td></tr></table>')).toBe('一、本年新收\t\t5\n\t7');
  });

  it('does not pad cells covered by rowspan or colspan', () => {
    expect(text('<table><tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>4</td></tr><tr><td>2.其他法律行政法规禁止公开</td><td>0</td></tr></table>')).toBe('（三）不予公开\t1.属于国家秘密\t4\n2.其他法律行政法规禁止公开\t0');
  });

  it('implies missing </td>, </tr> and <table>, in any case', () => {
    expect(text('<TABLE><TR><TD>a<TD>b<TR><TD>c</TABLE>后文')).toBe('a\tb\nc\n后文');
    expect(text('<tr><td>1<td>2')).toBe('1\t2');
  });

  it('ends the outer row at a nested table, writes the inner rows as lines, and goes on with the rest of the outer row', () => {
    expect(text('<table><tr><td>外</td><td>A<table><tr><td>x</td><td>y</td></tr></table>B</td><td>C</td></tr></table>')).toBe('外\tA\nx\ty\nB\tC');
  });

  it('closes a table at a <table> outside its cells, as HTML does', () => {
    expect(text('<table><tr><td>1</td></tr><table><tr><td>2</td></tr></table>')).toBe('1\n2');
  });

  it('writes a caption as a line of its own, and stray text in a table as a cell of its row', () => {
    expect(text('<table><caption>表三</caption><tr><td>a</td>散<td>b</td></tr></table>')).toBe('表三\na\t散\tb');
  });

  it('decodes references, keeping unknown ones verbatim', () => {
    expect(text('<p>&ldquo;三安全一稳定&rdquo;&mdash;&#20013;&#x56fd; A&amp;B &bogus; &lt;条例&gt;</p>')).toBe('“三安全一稳定”—中国 A&B &bogus; <条例>');
  });

  it('skips script, style, comments, CDATA, the doctype and the head except its title', () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title><link rel="x"><style>p{color:red}</style><script>document.write("<p>x</p>")</script></head><body><!-- 注释 --><![CDATA[x]]><p>正文</p><noscript>请启用</noscript></body></html>';
    expect(text(html)).toBe('年报\n正文');
  });

  it('reads Word-pasted markup cleanly: <o:p>, mso styles, <font>, conditional comments', () => {
    const html =
      '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->' +
      '<p class=MsoNormal style="mso-pagination:widow-orphan"><span lang=EN-US style=\'font-size:12.0pt;mso-bidi-font-family:"Times New Roman"\'>一、总体情况<o:p></o:p></span></p>' +
      '<table class=MsoNormalTable><tr style=\'mso-yfti-irow:0\'><td width=62 style=\'border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt\'><p class=MsoNormal align=center><font face="宋体">规章</font><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>' +
      '<td><p class=MsoNormal><![if !supportLists]><span>1<o:p></o:p></span><![endif]></p></td></tr></table>';
    expect(text(html)).toBe('一、总体情况\n规章\t1');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(text('<pre>一行\n二行\r\n三行</pre>')).toBe('一行\n二行\n三行');
  });

  it('maps every copied character to where it is in the HTML', () => {
    const html = '<p class="t">一、总体情况</p><table><tr><td>\n <p> 1,320 </p></td><td>5</td></tr></table>';
    const { text: t, map } = htmlToText(html);
    for (let k = 0; k < t.length; k++) {
      const c = t[k] as string;
      if (c !== '\t' && c !== '\n') expect(html[sourceOffsetIn(map, k)], `text[${k}]`).toBe(c);
    }
  });

  it('maps a decoded reference to where it starts, and the offset after it to where it ends', () => {
    const html = '<p>A&amp;B &ldquo;x&rdquo;</p>';
    const t = text(html);
    expect(sourceOf(html, t.indexOf('&'), t.indexOf('&') + 1)).toBe('&amp;');
    expect(sourceOf(html, t.indexOf('“'), t.length)).toBe('&ldquo;x&rdquo;');
  });

  it("maps a cell's span exactly onto the cell's text in the HTML", () => {
    const html = '<table><tr><td><p>自然人</p></td><td>\n<p>217</p>\n</td><td><span>1</span></td></tr></table>';
    const t = text(html);
    const at = t.indexOf('217');
    expect(sourceOf(html, at, at + 3)).toBe('217');
    expect(sourceOf(html, t.indexOf('1', at + 3), t.length)).toBe('1');
  });

  it('maps a tab or line break to the end of the text before it', () => {
    const html = '<p>甲</p><table><tr><td>a</td><td>b</td></tr></table>';
    const { text: t, map } = htmlToText(html);
    expect(sourceOffsetIn(map, t.indexOf('\n'))).toBe(html.indexOf('甲') + 1);
    expect(sourceOffsetIn(map, t.indexOf('\t'))).toBe(html.indexOf('>a<') + 2);
  });

  it('gives a map of plain numbers that survives structuredClone and JSON', () => {
    const rendition = htmlToText('<p>a&amp;b</p><table><tr><td>1</td></tr></table>');
    expect(structuredClone(rendition)).toEqual(rendition);
    expect(JSON.parse(JSON.stringify(rendition))).toEqual(rendition);
    expect(rendition.map.every((v) => Number.isInteger(v))).toBe(true);
  });

  it('throws only on misuse (a non-string)', () => {
    expect(() => htmlToText(42 as unknown as string)).toThrow(TypeError);
    expect(text('')).toBe('');
  });

  test.prop([fc.array(fc.array(fc.stringMatching(/^[0-9a-z一二三 ]{0,6}$/), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.integer()], { numRuns: 200 })(
    'writes any table as its rows of trimmed, collapsed cells, each cell mapping back to its text',
    (rows, seed) => {
      const noise = noiseFrom(seed);
      const pads = ['', ' ', '&nbsp;', '\n', '<p>', '</p>', '<br>', '<span>', '</span>', '<o:p></o:p>', '<!-- c -->'];
      const pad = (): string => pads[noise.pick(pads.length)] as string;
      const html = '<table>' + rows.map((row) => '<tr>' + row.map((cell) => `<td>${pad()}${cell}${pad()}</td>`).join('') + '</tr>').join('') + '</table>';
      const { text: t, map } = htmlToText(html);
      const expected = rows
        .map((row) => row.map((cell) => cell.trim().replace(/ +/g, ' ')))
        .filter((row) => row.some((cell) => cell !== ''))
        .map((row) => row.join('\t'));
      expect(t).toBe(expected.join('\n'));
      // Every character that is not a separator or a collapsed space maps onto itself.
      for (let k = 0; k < t.length; k++) {
        const c = t[k] as string;
        if (c !== '\t' && c !== '\n' && c !== ' ') expect(html[sourceOffsetIn(map, k)]).toBe(c);
      }
    },
  );

  test.prop([consistentTable3, fc.integer()], { numRuns: 40 })('renders the official table 3 in any markup noise so that the parser reads back the same values, their spans pointing into the HTML', (values, seed) => {
    const html = reportPage(table3Html(values, noiseFrom(seed)));
    const rendition = htmlToText(html);
    const report = parseReport(rendition.text);
    for (const path of applicationRowPaths('divided')) {
      expect(columnKeys.map((c) => getPath(report, `applications.${path}.${c}`)), path).toEqual(values.get(path));
      for (const c of columnKeys) {
        const source = report.sources[`applications.${path}.${c}`];
        const span = source?.span ?? { start: 0, end: 0 };
        expect(html.slice(sourceOffsetIn(rendition.map, span.start), sourceOffsetIn(rendition.map, span.end))).toBe(source?.raw);
      }
    }
    expect(report.diagnostics.filter((d) => d.severity !== 'info' && d.path?.startsWith('applications'))).toEqual([]);
  });
});

/** Milliseconds of the fastest of three runs. */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Time at 16n over time at n: about 16 when linear, about 256 when
 * quadratic. The wide gap leaves room for a loaded machine (GC, other jobs)
 * on both sides of the threshold.
 */
function growth(make: (n: number) => string, n: number): number {
  const small = make(n);
  const large = make(16 * n);
  fastest(() => htmlToText(small)); // warm up
  return fastest(() => htmlToText(large)) / Math.max(fastest(() => htmlToText(small)), 0.5);
}

describe('htmlToText on hostile input', () => {
  const cases: [string, (n: number) => string][] = [
    ['nested <table><tr><td>', (n) => '<table><tr><td>'.repeat(n / 15)],
    ['a run of <', (n) => '<'.repeat(n)],
    ['an unterminated comment', (n) => '<p>a</p><!--' + '<p>x</p>'.repeat(n / 8)],
    ['many unterminated comment openers', (n) => '<!--'.repeat(n / 4)],
    ['many unterminated CDATA openers', (n) => '<![CDATA[>'.repeat(n / 10)],
    ['an attribute with no end', (n) => '<td a="' + 'x'.repeat(n)],
    ['attributes without values', (n) => '<td' + ' a'.repeat(n / 2) + '>'],
    ['unclosed cells', (n) => '<td>1'.repeat(n / 5)],
    ['nested inline tags', (n) => '<span><font><b>'.repeat(n / 15) + '5'],
    ['ampersands and digits', (n) => '&#' + '1'.repeat(n / 2) + '&'.repeat(n / 2)],
    ['an unterminated script', (n) => '<script>' + '</scrip'.repeat(n / 8)],
  ];

  it.each(cases)('returns on %s of 200k characters', (_, make) => {
    const rendition = htmlToText(make(200_000));
    expect(typeof rendition.text).toBe('string');
  });

  it('returns on 5 MB of < as 5 MB of text', () => {
    expect(htmlToText('<'.repeat(5_000_000)).text).toHaveLength(5_000_000);
  });

  it.each(cases)('grows linearly on %s (16× the input, well under 64× the time)', (_, make) => {
    expect(growth(make, 25_000)).toBeLessThan(64);
  });
});
