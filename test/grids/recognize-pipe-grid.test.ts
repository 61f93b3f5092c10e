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

  it('keeps a row\'s first 256 cells, and past them only cells with text', () => {
    // A line of 10,000 pipes with two numbers far out: 256 cells whatever they hold, then the numbers.
    const text = `|${'|'.repeat(5000)} 7 |${'|'.repeat(5000)} 8 |`;
    const row = recognizePipeGrid(regionOf(text))?.rows[0] ?? [];
    expect(row.length).toBe(258);
    expect(row.slice(0, 256).every((c) => c.text === '')).toBe(true);
    expect(row.slice(256).map((c) => [c.text, text.slice(c.start, c.end)])).toEqual([
      ['7', '7'],
      ['8', '8'],
    ]);
  });

  it('keeps every cell of a row up to 256, empty ones included', () => {
    const row = recognizePipeGrid(regionOf(`|${'|'.repeat(255)}`))?.rows[0] ?? [];
    expect(row.length).toBe(255);
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
