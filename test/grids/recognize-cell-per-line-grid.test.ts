import { describe, expect, it } from 'vitest';
import { recognizeCellPerLineGrid } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

describe('recognizeCellPerLineGrid', () => {
  it('reads one cell per line with blank lines between rows', () => {
    expect(texts(recognizeCellPerLineGrid(regionOf('\t规章\n\t0\n\t1\n\n\t行政规范性文件\n\t27\n')))).toEqual([
      ['规章', '0', '1'],
      ['行政规范性文件', '27'],
    ]);
  });

  it('joins a label broken over lines, even over a blank line (商业 / 企业, 结果 / 纠正)', () => {
    const grid = recognizeCellPerLineGrid(regionOf('\t商业\n企业\n\t结果\n\n纠正\n\t0'));
    expect(grid?.rows.flat().map((c) => c.text.replace(/\s+/g, ''))).toEqual(['商业企业', '结果纠正', '0']);
  });

  it('never joins a line to a number, and ends at prose', () => {
    const grid = recognizeCellPerLineGrid(regionOf('\t29\n共计\n\t0'));
    expect(texts(grid)).toEqual([['29']]);
    expect(grid?.endLine).toBe(1);
  });

  it('keeps an empty cell line as an empty cell', () => {
    expect(texts(recognizeCellPerLineGrid(regionOf('\t\n\t自然人')))).toEqual([['', '自然人']]);
  });

  it('refuses tab-separated rows and prose', () => {
    expect(recognizeCellPerLineGrid(regionOf('\ta\tb'))).toBeNull();
    expect(recognizeCellPerLineGrid(regionOf('正文'))).toBeNull();
  });
});
