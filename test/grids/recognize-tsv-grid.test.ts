import { describe, expect, it } from 'vitest';
import { recognizeTsvGrid } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

describe('recognizeTsvGrid', () => {
  it('reads tab-separated rows, keeping shifted and empty cells as written', () => {
    const grid = recognizeTsvGrid(regionOf('规章\t1\t0\t3\n\t(二) 部分公开\t\t36\t2\n'));
    expect(texts(grid)).toEqual([
      ['规章', '1', '0', '3'],
      ['', '(二) 部分公开', '', '36', '2'],
    ]);
    expect(grid?.endLine).toBe(2);
  });

  it('gives each cell its offsets in the input', () => {
    const text = '标题\nA\t 12 \tB';
    const grid = recognizeTsvGrid(regionOf(text, 1));
    const cell = grid?.rows[0]?.[1];
    expect(cell && text.slice(cell.start, cell.end)).toBe('12');
  });

  it('spans blank lines inside the table and stops at the first prose line', () => {
    const grid = recognizeTsvGrid(regionOf('a\tb\n\nc\td\n正文\ne\tf'));
    expect(texts(grid)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(grid?.endLine).toBe(3);
  });

  it('keeps 256 empty cells of a run of them, and every cell with text', () => {
    // 2,999 empty cells between 规章 and 12, 1,999 after it, then the cell after the last tab.
    const text = `规章${'\t'.repeat(3000)}12${'\t'.repeat(2000)}`;
    const row = recognizeTsvGrid(regionOf(text))?.rows[0] ?? [];
    expect(row.map((c) => c.text)).toEqual(['规章', ...Array(256).fill(''), '12', ...Array(256).fill('')]);
    const twelve = row[257];
    expect(twelve && text.slice(twelve.start, twelve.end)).toBe('12');
  });

  it('keeps every cell of a whole table run into one line', () => {
    // 40 rows of a table as one tab-separated line: 360 cells, blanks among them, all kept in place.
    const cells = Array.from({ length: 40 }, (_, k) => [`（${k}）`, '1', '', '0', '', '2', '', '', '3']).flat();
    expect(recognizeTsvGrid(regionOf(cells.join('\t')))?.rows[0]?.map((c) => c.text)).toEqual(cells);
  });

  it('refuses a line without tabs and a one-cell-per-line line', () => {
    expect(recognizeTsvGrid(regionOf('正文一段'))).toBeNull();
    expect(recognizeTsvGrid(regionOf('\t自然人\n\t商业'))).toBeNull();
  });
});
