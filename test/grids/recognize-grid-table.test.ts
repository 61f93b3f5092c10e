import { describe, expect, it } from 'vitest';
import { parseCellValue, recognizeGridTable } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

describe('recognizeGridTable', () => {
  it('joins a label wrapped over lines with nothing between, and marks every cell exact', () => {
    const text = ['+------+----+', '| 行政 | 12 |', '| 许可 |    |', '+------+----+'].join('\n');
    const grid = recognizeGridTable(regionOf(text));
    expect(texts(grid)).toEqual([['行政许可', '12']]);
    expect(grid?.endLine).toBe(4);
    expect(grid?.rows.flat().every((c) => c.exactRow === true)).toBe(true);
    const cell = grid?.rows[0]?.[1];
    expect(cell && text.slice(cell.start, cell.end)).toBe('12');
  });

  it('unwraps a bracketed span wrapped over the lines of its cell, with the offsets of its text', () => {
    const text = [
      '+-----------------------+-----+',
      '| [行政规范性文件]{     | [   |',
      '| style="font-size:10.5 | 38] |',
      '| pt;font-family:宋体"} | {s} |',
      '+-----------------------+-----+',
    ].join('\n');
    const grid = recognizeGridTable(regionOf(text));
    expect(texts(grid)).toEqual([['行政规范性文件', '38']]);
    const label = grid?.rows[0]?.[0];
    expect(label && text.slice(label.start, label.end)).toBe('行政规范性文件');
    // The number stands on one line: its offsets are its raw text.
    const value = grid?.rows[0]?.[1];
    expect(value && text.slice(value.start, value.end)).toBe('38');
  });

  it('never joins a number the wrap cut ([2 / 76], 2648. / 75): no value, so null with a diagnostic', () => {
    const text = ['+----+-------+-------+', '| 规 | [2    | 2648. |', '| 章 | 76]{s | 75    |', '|    | ="x"} |       |', '+----+-------+-------+'].join('\n');
    const grid = recognizeGridTable(regionOf(text));
    expect(texts(grid)).toEqual([['规章', '2 / 76', '2648. / 75']]);
    expect(parseCellValue('2 / 76').kind).toBe('text');
    expect(parseCellValue('2648. / 75').kind).toBe('text');
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

  it('reads a blank span ([ ]{…} with a no-break space) as a blank cell', () => {
    const text = ['+----+-------+', '| 规 | [\u00a0]{s |', '| 章 | ="x"} |', '+----+-------+'].join('\n');
    expect(texts(recognizeGridTable(regionOf(text)))).toEqual([['规章', '']]);
  });

  it('leaves to other recognizers a line of more cells than the border has columns', () => {
    const text = ['+----+----+', '| a | b | c |', '+----+----+'].join('\n');
    expect(recognizeGridTable(regionOf(text))).toBeNull();
  });

  it('leaves a table with no closing border, a border of another width, or one column', () => {
    expect(recognizeGridTable(regionOf('+----+----+\n| a  | b  |\n后记'))).toBeNull();
    expect(recognizeGridTable(regionOf('+----+----+\n| a  | b  |\n+----+----+----+'))).toBeNull();
    expect(recognizeGridTable(regionOf('+----+\n| a  |\n+----+'))).toBeNull();
  });

  it('refuses lines that are not borders: a plus sign in prose, a pipe row', () => {
    expect(recognizeGridTable(regionOf('+5 件\n| a | b |'))).toBeNull();
    expect(recognizeGridTable(regionOf('| a | b |\n|---|---|'))).toBeNull();
    expect(recognizeGridTable(regionOf('++\n| a |'))).toBeNull();
  });
});
