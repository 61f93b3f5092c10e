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

  it('keeps a row\'s first 256 cells, and past them only cells with text', () => {
    // 256 empty cells, then 4,743 more with one number among them, then the cell after the last tab.
    const text = `规章${'\t'.repeat(3000)}12${'\t'.repeat(2000)}`;
    const row = recognizeTsvGrid(regionOf(text))?.rows[0] ?? [];
    expect(row.length).toBe(258);
    expect(row[0]?.text).toBe('规章');
    expect(row.slice(1, 256).every((c) => c.text === '')).toBe(true);
    expect([row[256]?.text, row[256] && text.slice(row[256].start, row[256].end)]).toEqual(['12', '12']);
    expect(row[257]?.text).toBe('');
    // Up to 256 cells, every empty one is kept.
    expect(recognizeTsvGrid(regionOf(`a${'\t'.repeat(255)}`))?.rows[0]?.length).toBe(256);
  });

  it('refuses a line without tabs and a one-cell-per-line line', () => {
    expect(recognizeTsvGrid(regionOf('正文一段'))).toBeNull();
    expect(recognizeTsvGrid(regionOf('\t自然人\n\t商业'))).toBeNull();
  });
});
