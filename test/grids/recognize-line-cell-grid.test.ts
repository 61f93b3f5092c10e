import { describe, expect, it } from 'vitest';
import { parseReport, recognizeLineCellGrid } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

describe('recognizeLineCellGrid', () => {
  it('reads one cell per line, skipping the empty lines of covered cells', () => {
    const grid = recognizeLineCellGrid(regionOf('规章\n\n1\n0\n3\n行政规范性文件\n27\n1\n108\n'));
    expect(texts(grid)).toEqual([['规章', '1', '0', '3', '行政规范性文件', '27', '1', '108']]);
  });

  it('takes a no-break-space line for a blank cell and then trusts the row to be exact', () => {
    const grid = recognizeLineCellGrid(regionOf('（七）总计\n164\n10\n\u00a0\n0\n2\n1\n\u00a0\n'));
    expect(grid?.rows[0]?.map((c) => [c.text, c.exactRow === true])).toEqual([
      ['（七）总计', true], ['164', true], ['10', true], ['', true], ['0', true], ['2', true], ['1', true], ['', true],
    ]);
  });

  it('splits a label and its numbers printed on one line', () => {
    expect(texts(recognizeLineCellGrid(regionOf('1.属于国家秘密 6 0 0 0 0 0 6\n2.重复申请 1 0 0 0 0 0 1\n3.其他 0 0 0 0 0 0 0')))?.[0]?.slice(0, 3)).toEqual(['1.属于国家秘密', '6', '0']);
  });

  it('passes over page footers inside the table, as pdftotext prints them', () => {
    expect(texts(recognizeLineCellGrid(regionOf('行政许可\n-2-\n本年处理决定数量\n9487\n— 3 —\n行政处罚\n2776\n第 4 页\n84')))).toEqual([['行政许可', '本年处理决定数量', '9487', '行政处罚', '2776', '84']]);
  });

  it('refuses short lines with no numbers soon, and stops at prose', () => {
    expect(recognizeLineCellGrid(regionOf('附件\n说明\n备注\n'))).toBeNull();
    const grid = recognizeLineCellGrid(regionOf('规章\n1\n0\n3\n本年度共制发规范性文件27件，废止1件，现行有效108件。\n9'));
    expect(grid?.endLine).toBe(4);
  });
});

describe('parseReport on LibreOffice text export', () => {
  it('keeps a blank 总计 written as a no-break space as null, and reads the rest', () => {
    const text = ['\ufeff三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '164', '10', '0', '0', '2', '1', '177', '（七）总计', '164', '10', '0', '0', '2', '1', '\u00a0', '四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0'].join('\n');
    const report = parseReport(text);
    expect(report.applications.newReceived.total).toBe(177);
    expect(report.applications.total.other).toBe(1);
    expect(report.applications.total.total).toBeNull();
  });
});
