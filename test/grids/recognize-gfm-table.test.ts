import { describe, expect, it } from 'vitest';
import { recognizeGfmTable } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

describe('recognizeGfmTable', () => {
  it('reads a well-formed GFM table through remark-gfm, with positions in the input', () => {
    const text = '前言\n| 信息内容 | 本年制发件数 |\n| --- | ---: |\n| 规章 | 12 |\n| 行政规范性文件 |  |\n后记';
    const grid = recognizeGfmTable(regionOf(text, 1));
    expect(texts(grid)).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '12'],
      ['行政规范性文件', ''],
    ]);
    const cell = grid?.rows[1]?.[1];
    expect(cell && text.slice(cell.start, cell.end)).toBe('12');
    expect(grid?.endLine).toBe(5);
  });

  it('marks every cell exact and drops the blank cells a rowspan label covers (pandoc -t gfm)', () => {
    const text = '| | |\n|---|---|\n|  | （三）不予公开 | 1.属于国家秘密 | \u00a0 | 0 | - |\n|  |  | 2.其他 | 4 | 1 | 5 |';
    const grid = recognizeGfmTable(regionOf(text));
    expect(texts(grid)).toEqual([[], ['（三）不予公开', '1.属于国家秘密', '', '0', '-'], ['2.其他', '4', '1', '5']]);
    expect(grid?.rows.flat().every((c) => c.exactRow === true)).toBe(true);
  });

  it('unwraps the bracketed span in every cell of pandoc -t markdown (an empty header row, covered cells empty)', () => {
    const span = (t: string): string => `[${t}]{style="font-size:10.5pt;font-family:宋体"}`;
    const text = [
      '|   |   |   |   |   |',
      '|---|---|---|---|---|',
      `| ${span('三、本年度办理结果')} | ${span('（一）予以公开')} |   | ${span('1046')} | ${span('\u00a0')} |`,
      `|   | ${span('（二）部分公开')} |   | ${span('178')} | ${span('-')} |`,
    ].join('\n');
    const grid = recognizeGfmTable(regionOf(text));
    expect(texts(grid)).toEqual([[], ['三、本年度办理结果', '（一）予以公开', '', '1046', ''], ['（二）部分公开', '', '178', '-']]);
    const cell = grid?.rows[1]?.[3];
    expect(cell && text.slice(cell.start, cell.end)).toBe('1046');
    // Brackets without attributes, or attributes without brackets, are text as written.
    expect(texts(recognizeGfmTable(regionOf('| [12] | 12]{s} |\n|---|---|')))).toEqual([['[12]', '12]{s}']]);
  });

  it('keeps a blank cell after the first text cell: it is a blank value, not a covered cell', () => {
    const grid = recognizeGfmTable(regionOf('| 规章 |  | 3 |\n|---|---|---|'));
    expect(texts(grid)).toEqual([['规章', '', '3']]);
  });

  it('refuses pipe rows without a delimiter row (they are not GFM)', () => {
    expect(recognizeGfmTable(regionOf('| a | b |\n| c | d |'))).toBeNull();
  });
});

describe('recognizeGfmTable on tables a PDF-to-Markdown tool shattered', () => {
  it('drops delimiter rows standing inside the body: --- is never a value', () => {
    const text = '| 1.属于国家秘密 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n|---|---|---|---|---|---|---|---|\n| 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n|---|---|---|---|---|---|---|\n| 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';
    const grid = recognizeGfmTable(regionOf(text));
    expect(grid?.rows.flat().some((c) => c.text.includes('---'))).toBe(false);
  });
});

describe('recognizeGfmTable on long tables', () => {
  // Emphasis sends the table to remark; past 64 body rows remark reads it in chunks.
  const body = Array.from({ length: 150 }, (_, k) => `| **行${k}** | ${k} | *${k + 1}* |`);
  const text = ['| 信息内容 | 数量 | 其他 |', '| --- | --- | --- |', ...body].join('\n');

  it('reads every row of a table remark reads in chunks, with positions in the input', () => {
    const grid = recognizeGfmTable(regionOf(text));
    expect(grid?.endLine).toBe(152);
    expect(texts(grid)).toEqual([['信息内容', '数量', '其他'], ...Array.from({ length: 150 }, (_, k) => [`行${k}`, `${k}`, `${k + 1}`])]);
    for (const cell of grid?.rows.flat() ?? []) expect(text.slice(cell.start, cell.end)).toBe(cell.text);
  });

  it('reads a chunk that is no longer one table (a quote line inside) in one run, as remark alone', () => {
    const broken = text.replace('| **行100** |', '> | **行100** |');
    const grid = recognizeGfmTable(regionOf(broken));
    // remark ends the table at the quote: rows after it are not table rows.
    expect(grid?.rows).toHaveLength(101);
    expect(grid?.rows[100]?.[0]?.text).toBe('行99');
  });
});
