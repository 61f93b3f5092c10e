import { describe, expect, it } from 'vitest';
import { recognizeGridTable } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

const SPAN = '{style="font-size:10.5pt;font-family:宋体"}';

describe('recognizeGridTable', () => {
  it('joins a cell wrapped over lines with nothing between, numbers too (20 / 9 is 209)', () => {
    const text = ['+------+----+', '| 行政 | 20 |', '| 许可 | 9  |', '+------+----+'].join('\n');
    const grid = recognizeGridTable(regionOf(text));
    expect(texts(grid)).toEqual([['行政许可', '209']]);
    expect(grid?.endLine).toBe(4);
    expect(grid?.rows.flat().every((c) => c.exactRow === true)).toBe(true);
  });

  it('unwraps a bracketed span wrapped over the lines of its cell, with the offsets of its text', () => {
    const text = [
      '+-----------------------+-----+',
      '| [行政规范性文件]{     | [2  |',
      '| style="font-size:10.5 | 76] |',
      `| pt;font-family:宋体"} | ${SPAN.slice(0, 3)} |`,
      '+-----------------------+-----+',
    ].join('\n');
    // The last cell's pieces: `[2`, `76]`, `{st` — not a whole span: read as written.
    const grid = recognizeGridTable(regionOf(text));
    expect(grid?.rows[0]?.[0]?.text).toBe('行政规范性文件');
    const cell = grid?.rows[0]?.[0];
    expect(cell && text.slice(cell.start, cell.end)).toBe('行政规范性文件');
    expect(grid?.rows[0]?.[1]?.text).toBe('[276]{st');
  });

  it('reads a span split inside a number ([2 / 76]{s / ="x"} is 276) and refuses a one-column table', () => {
    const text = ['+----+', '| [2 |', '| 76 |', '| ]{s |', '| tyl |', '| e=" |', '| x"} |', '+----+'].join('\n');
    expect(recognizeGridTable(regionOf(`+----+----+\n| a  | b  |\n+----+----+`))?.rows).toHaveLength(1);
    // One column is no table.
    expect(recognizeGridTable(regionOf(text))).toBeNull();
    const two = ['+----+----+', '| 规 | [2 |', '| 章 | 76 |', '|    | ]{s |', '+----+----+'].join('\n');
    // A content line with a cell wider than its column still has its pipes: pieces are read by pipes.
    expect(texts(recognizeGridTable(regionOf(two)))).toEqual([['规章', '[276]{s']]);
    const closed = ['+----+-------+', '| 规 | [2    |', '| 章 | 76]{s |', '|    | ="x"} |', '+----+-------+'].join('\n');
    expect(texts(recognizeGridTable(regionOf(closed)))).toEqual([['规章', '276']]);
  });

  it('keeps blank cells as blank values and drops the leading cells a rowspan label covers', () => {
    const text = [
      '+----+----+----+----+',
      '| 三 | 1. | 4  | 4  |',
      '+====+====+====+====+',
      '|    | 2. |    | 0  |',
      '+----+----+----+----+',
    ].join('\n');
    expect(texts(recognizeGridTable(regionOf(text)))).toEqual([['三', '1.', '4', '4'], ['2.', '', '0']]);
  });

  it('leaves to other recognizers a line of more cells than the border has columns', () => {
    const text = ['+----+----+', '| a | b | c |', '+----+----+'].join('\n');
    expect(recognizeGridTable(regionOf(text))).toBeNull();
  });

  it('leaves a table with no closing border, or a border of another width', () => {
    expect(recognizeGridTable(regionOf('+----+----+\n| a  | b  |\n后记'))).toBeNull();
    expect(recognizeGridTable(regionOf('+----+----+\n| a  | b  |\n+----+----+----+'))).toBeNull();
  });

  it('refuses lines that are not borders: a plus sign in prose, a pipe row', () => {
    expect(recognizeGridTable(regionOf('+5 件\n| a | b |'))).toBeNull();
    expect(recognizeGridTable(regionOf('| a | b |\n|---|---|'))).toBeNull();
    expect(recognizeGridTable(regionOf('++\n| a |'))).toBeNull();
  });
});
