import { fc, test } from '@fast-check/vitest';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readPlainGfmRows } from '../../src/grids/read-plain-gfm-table.js';
import { cellOf } from '../../src/grids/grid.js';
import { splitLines, type Cell } from '../../src/index.js';

/*
 * readPlainGfmRows reads plain GFM tables without remark; wherever it gives
 * rows, they must be the rows remark-gfm gives (the oracle below reads the
 * mdast tree the way recognizeGfmTable reads it: a cell's text from its
 * first text node to its last, an empty cell at the cell's start).
 */

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const remark = unified().use(remarkParse).use(remarkGfm);

function textNodes(node: MdNode): MdNode[] {
  const out: MdNode[] = [];
  const walk = (n: MdNode): void => {
    if (n.type === 'text' || n.type === 'inlineCode') out.push(n);
    else if (n.type !== 'html') for (const child of n.children ?? []) walk(child);
  };
  for (const child of node.children ?? []) walk(child);
  return out;
}

/** remark-gfm's rows of the text, when it reads as exactly one table; else null. */
function remarkRows(text: string): Cell[][] | null {
  const tree = remark.parse(text) as MdNode;
  if (tree.children?.length !== 1 || tree.children[0]?.type !== 'table') return null;
  return (tree.children[0].children ?? []).map((tr) =>
    (tr.children ?? []).map((td) => {
      const texts = textNodes(td);
      const from = texts[0]?.position?.start.offset;
      const to = texts[texts.length - 1]?.position?.end.offset;
      if (from === undefined || to === undefined) {
        const at = td.position?.start.offset ?? 0;
        return { text: '', start: at, end: at };
      }
      return cellOf(text, from, to);
    }),
  );
}

function plainRows(text: string): Cell[][] | null {
  const lines = splitLines(text);
  return readPlainGfmRows(text, lines, 0, lines.length);
}

describe('readPlainGfmRows', () => {
  it('reads a pandoc-style table as remark-gfm does, positions included', () => {
    const text = '| 信息内容 | 本年制发件数 |\n| --- | ---: |\n| 规章 | 12 |\n| 行政规范性文件 |  |\n|  | 3 | 4 |\n| <span style="font-family:仿宋_GB2312">其他</span> | \\- |';
    expect(plainRows(text)).toEqual(remarkRows(text));
    expect(plainRows(text)?.map((r) => r.map((c) => c.text))).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '12'],
      ['行政规范性文件', ''],
      ['', '3', '4'],
      ['其他', '\\-'],
    ]);
  });

  it('leaves tables with markup, escapes or a mismatched delimiter row to remark', () => {
    expect(plainRows('| a | b |\n| --- | --- |\n| **1** | 2 |')).toBeNull();
    expect(plainRows('| a | b |\n| --- | --- |\n| 1 \\| 2 | 3 |')).toBeNull();
    expect(plainRows('| a | b |\n| --- |\n| 1 | 2 |')).toBeNull();
    expect(plainRows('| a | b |\n| --- | --- |\n> | 1 | 2 |')).toBeNull();
  });

  // Rows built as tables are written (cells, optional outer pipes, padding), with
  // plain and markup pieces both, so that most cases are tables and some are not.
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(' ', '  ', '\t', 'a', 'Ab', '规章', '1', '12', '-', '。', '\u3000', '\u00a0', 'www.x.cn', '1.', '- ', '\\-', '\\*', '<span style="font-family:仿宋_GB2312">', '</span>', '<span>', '+6', '#', '=', '>', '!', '-1'), weight: 30 },
    { arbitrary: fc.constantFrom('x@y.cn', '*', '\\', '`', ':', '>', '#', '~~', '&amp;', '<b>', '[1]', '\\|', '\\', '\\a', '<span  a="x">', '<span a=x>', '<span a="|">', '<b>x</b>'), weight: 1 },
  );
  const cellText = fc.array(piece, { maxLength: 3 }).map((p) => p.join(''));
  const rowOf = (cells: fc.Arbitrary<string[]>) =>
    fc
      .record({ indent: fc.constantFrom('', '', '', '', ' ', '   ', '    '), lead: fc.boolean(), cells, trail: fc.boolean(), pad: fc.constantFrom('', '', ' ', '\t') })
      .map(({ indent, lead, cells: c, trail, pad }) => `${indent}${lead || c.length === 1 ? '|' : ''}${c.join('|')}${trail ? '|' : ''}${pad}`);
  const table = fc.integer({ min: 1, max: 4 }).chain((k) =>
    fc.tuple(
      rowOf(fc.array(cellText, { minLength: k, maxLength: k })),
      rowOf(fc.array(fc.constantFrom('---', '---', ' --- ', ':--', '--:', ':-:', '-', ' - ', '', 'x'), { minLength: k, maxLength: k })),
      fc.array(rowOf(fc.array(cellText, { minLength: 1, maxLength: k + 1 })), { maxLength: 5 }),
    ),
  );

  test.prop([table], { numRuns: 3000 })(
    'agrees with remark-gfm wherever it reads a table',
    ([header, delim, body]) => {
      const text = [header, delim, ...body].join('\n');
      const lines = splitLines(text);
      // The recognizer's region: a header with a pipe, a delimiter row, body lines with pipes.
      if (!header.includes('|') || !delim.includes('|') || !delim.includes('-') || body.some((b) => !b.includes('|')) || lines.length !== body.length + 2) return;
      const plain = plainRows(text);
      if (plain === null) return;
      expect(plain).toEqual(remarkRows(text));
    },
  );
});
