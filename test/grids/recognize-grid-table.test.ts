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

  it('joins a number pandoc hard-wrapped in its cell ([2 / 76] is 276), with the span and pieces of its digits', () => {
    // pandoc -t markdown of <col width="9%"> cells (2021-cms.html): pieces fill the column's 3 characters.
    const text = [
      '+----------+-----+-----+',
      '| [规章]{  | [2  | [26 |',
      '| style="" | 76] | 48. |',
      '| }        | {s} | 75] |',
      '|          |     | {s} |',
      '+----------+-----+-----+',
    ].join('\n');
    const grid = recognizeGridTable(regionOf(text));
    expect(texts(grid)).toEqual([['规章', '276', '2648.75']]);
    const [, inForce, amount] = grid?.rows[0] ?? [];
    // raw is the digits joined, no one substring: the pieces say where each run is; start/end cover them.
    expect(inForce?.pieces?.map((p) => text.slice(p.start, p.end))).toEqual(['2', '76']);
    expect(amount?.pieces?.map((p) => text.slice(p.start, p.end))).toEqual(['26', '48.', '75']);
    expect(inForce?.start).toBe(text.indexOf('[2') + 1);
    expect(inForce?.end).toBe(text.indexOf('76]') + 2);
    expect(inForce?.exactRow).toBe(true);
    expect(parseCellValue(amount?.text ?? '').kind).toBe('number');
  });

  it('never joins bare digits (-t plain): with no span to frame them, a lost or repeated line would not show', () => {
    // 2 / 76 is 276 hard-wrapped — or 2 / 76 / 76 with a line repeated, or 2 with its second line lost.
    const text = ['+------+----+', '| 规章 | 2  |', '|      | 76 |', '+------+----+'].join('\n');
    expect(texts(recognizeGridTable(regionOf(text)))).toEqual([['规章', '2 / 76']]);
  });

  it('a line lost or repeated inside a span breaks its frame or its number: no value', () => {
    const lost = ['+------+-----+', '| 规章 | [2  |', '|      | {s} |', '+------+-----+'].join('\n');
    const repeated = ['+------+-----+', '| 规章 | [2  |', '|      | 76] |', '|      | 76] |', '|      | {s} |', '+------+-----+'].join('\n');
    const read = (text: string) => recognizeGridTable(regionOf(text))?.rows[0]?.[1]?.text ?? '';
    expect(parseCellValue(read(lost)).kind).toBe('text');
    expect(parseCellValue(read(repeated)).kind).toBe('text');
  });

  it('keeps a wrap at a space apart: a piece of the number short of the column width ([12 / 3 / 45], 2648. / 75)', () => {
    // pandoc writes `12 345` in a column 3 wide as [12 / 3 / 45]: the space is dropped, the short piece shows it.
    const text = [
      '+----+-----+-------+',
      '| 规 | [12 | 2648. |',
      '| 章 | 3   | 75    |',
      '|    | 45] |       |',
      '|    | {s} |       |',
      '+----+-----+-------+',
    ].join('\n');
    const grid = recognizeGridTable(regionOf(text));
    expect(texts(grid)).toEqual([['规章', '12 / 3 / 45', '2648. / 75']]);
    expect(grid?.rows[0]?.every((c) => c.pieces === undefined)).toBe(true);
    expect(parseCellValue('12 / 3 / 45').kind).toBe('text');
    expect(parseCellValue('2648. / 75').kind).toBe('text');
  });

  it('keeps a wrapped cell that is not one plain number apart: a unit, a grouping comma, two decimal points', () => {
    const text = [
      '+----+-----+-----+-----+',
      '| 规 | [20 | 1,2 | 1.2 |',
      '| 章 | 9件 | 34  | .3  |',
      '|    | ]{s |     |     |',
      '|    | }   |     |     |',
      '+----+-----+-----+-----+',
    ].join('\n');
    expect(texts(recognizeGridTable(regionOf(text)))).toEqual([['规章', '20 / 9件', '1,2 / 34', '1.2 / .3']]);
  });

  it('leaves unread the digits of a cell that begin below its blank first line (pandoc tops every cell)', () => {
    // `1` / `187` (1187 in a column 3 wide) with the 1 gone: 187 is not the cell's number.
    const text = ['+------+-----+-----+', '| 行政 |     | 12  |', '| 处罚 | 187 |     |', '+------+-----+-----+'].join('\n');
    const grid = recognizeGridTable(regionOf(text));
    expect(texts(grid)).toEqual([['行政处罚', '/ 187', '12']]);
    expect(parseCellValue('/ 187').kind).toBe('text');
  });

  it('never joins digits across a row border: each row is its own cells', () => {
    const text = ['+------+----+----+', '| 规章 | 2  | 12 |', '+------+----+----+', '| 规范 | 76 | 34 |', '+------+----+----+'].join('\n');
    expect(texts(recognizeGridTable(regionOf(text)))).toEqual([['规章', '2', '12'], ['规范', '76', '34']]);
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

  it('leaves a table with no closing border, a border of another column count, or one column', () => {
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
