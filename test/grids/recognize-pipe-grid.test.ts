import { describe, expect, it } from 'vitest';
import { recognizePipeGrid } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

describe('recognizePipeGrid', () => {
  it('reads HTML-to-text pipe rows whose cells break over lines', () => {
    const text = ['| ', ' 第二十条第(一)项', '  | |||', '| ', ' 信息内容  | ', ' 本年新制作数量  | ', '| ', ' 规章  | ', ' 0  | '].join('\n');
    expect(texts(recognizePipeGrid(regionOf(text)))).toEqual([
      ['第二十条第(一)项', '', '', ''],
      ['信息内容', '本年新制作数量'],
      ['规章', '0'],
    ]);
  });

  it('joins a label broken inside its cell, with offsets covering both lines', () => {
    const text = '| \n (三)不予\n 公开  | \n 1  |';
    const grid = recognizePipeGrid(regionOf(text));
    const label = grid?.rows[0]?.[0];
    expect(label?.text).toBe('(三)不予\n 公开');
    expect(label && text.slice(label.start, label.end)).toBe(label?.text);
  });

  it('stops before prose that follows the table', () => {
    const grid = recognizePipeGrid(regionOf('| 规章 | 1 |\n| 许可 | 2 |\n四、政府信息公开行政复议情况\n正文\n正文\n正文\n正文\n'));
    expect(grid?.endLine).toBe(2);
  });

  it('keeps 256 empty cells of a run of them, and every cell with text', () => {
    // Two runs of 5,000 empty cells, a number after each: 256 of each run, and the numbers.
    const text = `|${'|'.repeat(5000)} 7 |${'|'.repeat(5000)} 8 |`;
    const row = recognizePipeGrid(regionOf(text))?.rows[0] ?? [];
    expect(row.map((c) => c.text)).toEqual([...Array(256).fill(''), '7', ...Array(256).fill(''), '8']);
    const seven = row[256];
    expect(seven && text.slice(seven.start, seven.end)).toBe('7');
  });

  it('keeps every cell of a long row whose empty cells come in short runs', () => {
    // A table's 40 rows run into one row: 400 cells, a quarter of them empty.
    const cells = Array.from({ length: 100 }, (_, k) => [`规章${k}`, '1', '', '3']).flat();
    const row = recognizePipeGrid(regionOf(`| ${cells.join(' | ')} |`))?.rows[0] ?? [];
    expect(row.map((c) => c.text)).toEqual(cells);
  });

  it('refuses a line that does not start with a pipe', () => {
    expect(recognizePipeGrid(regionOf(' 规章 | 1 |'))).toBeNull();
  });
});

describe('recognizePipeGrid on html2text grids', () => {
  it('trims the _ fill html2text pads cells with', () => {
    expect(texts(recognizePipeGrid(regionOf('|一、本年新收政府信息公开申请数量_______|_____3303_____|___________3694___________|')))).toEqual([
      ['一、本年新收政府信息公开申请数量', '3303', '3694'],
    ]);
  });
});
