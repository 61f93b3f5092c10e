import { describe, expect, it } from 'vitest';
import { parseReport, recognizeRuledGrid } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

describe('recognizeRuledGrid (pandoc simple tables)', () => {
  it('gives each column its cell, a blank column a blank cell, by where the text starts', () => {
    const grid = recognizeRuledGrid(regionOf(['  ------------ ------ ------ ------', '  规章         22            235', '  规范性文件   34     55     189', '  ------------ ------ ------ ------'].join('\n')));
    expect(texts(grid)).toEqual([
      ['规章', '22', '', '235'],
      ['规范性文件', '34', '55', '189'],
    ]);
    expect(grid?.rows[0]?.every((c) => c.exactRow === true)).toBe(true);
  });

  it('counts an East Asian character two columns wide, as pandoc does', () => {
    // 自然 takes columns 2–5, so 5 stands in column 7: the second column
    // (counted one column each, it would stand in the first).
    const grid = recognizeRuledGrid(regionOf(['  ---- ---- ----', '  自然 5', '  ---- ---- ----'].join('\n')));
    expect(texts(grid)).toEqual([['自然', '5', '']]);
    // 自然人 takes columns 2–7: it crosses into the second column, and the columns tell nothing.
    expect(recognizeRuledGrid(regionOf(['  ---- ---- ----', '  自然人 5', '  ---- ---- ----'].join('\n')))).toBeNull();
  });

  it('gives no cells for the leading columns a rowspan label covers, and a blank last cell', () => {
    const grid = recognizeRuledGrid(regionOf(['  ---- -------------- ---- ----', '  三、 （一）予以公开   3    3', '       1.属于国家秘密   0', '  ---- -------------- ---- ----'].join('\n')));
    expect(texts(grid)).toEqual([
      ['三、', '（一）予以公开', '3', '3'],
      ['1.属于国家秘密', '0', ''],
    ]);
  });

  it('reads the text inside a pandoc span, with its offsets', () => {
    const text = ['  ------------------------------------------ ----', '  [规章]{style="font-family:仿宋_GB2312"}     [7]{}', '  ------------------------------------------ ----'].join('\n');
    const cells = recognizeRuledGrid(regionOf(text))?.rows[0];
    expect(cells?.map((c) => c.text)).toEqual(['规章', '7']);
    expect(cells?.map((c) => text.slice(c.start, c.end))).toEqual(['规章', '7']);
  });

  it('reads a table with a header line over the ruler, up to a blank line', () => {
    expect(texts(recognizeRuledGrid(regionOf(['  信息内容     本年制发件数', '  ------------ ------------', '  规章         22', '', '其后的文字'].join('\n'))))).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '22'],
    ]);
  });

  it('leaves to other recognizers what the columns cannot tell', () => {
    // text running from one column into the next
    expect(recognizeRuledGrid(regionOf(['  ---- ----', '  一二三四五 1', '  ---- ----'].join('\n')))).toBeNull();
    // no closing ruler; a blank line inside (a multiline table); one run of dashes; no ruler at all
    expect(recognizeRuledGrid(regionOf(['  ---- ----', '  规章 1'].join('\n')))).toBeNull();
    expect(recognizeRuledGrid(regionOf(['  ---- ----', '  规章 1', '', '  规章 2', '  ---- ----'].join('\n')))).toBeNull();
    expect(recognizeRuledGrid(regionOf(['标题', '------', '正文 1'].join('\n')))).toBeNull();
    expect(recognizeRuledGrid(regionOf('规章  1  0  3\n规范性文件  2  0  4'))).toBeNull();
  });
});

describe('parseReport on a pandoc simple table with blank cells', () => {
  it('keeps every value in its column, a blank as null', () => {
    const text = [
      '二、主动公开政府信息情况',
      '',
      '  -------------------- -------------- -------------- --------------',
      '  第二十条第（一）项',
      '  信息内容             本年制发件数   本年废止件数   现行有效件数',
      '  规章                 22                            235',
      '  行政规范性文件       34             55             189',
      '  -------------------- -------------- -------------- --------------',
    ].join('\n');
    const report = parseReport(text);
    expect(report.proactive.regulations).toEqual({ issued: 22, repealed: null, inForce: 235 });
    expect(report.proactive.normativeDocuments).toEqual({ issued: 34, repealed: 55, inForce: 189 });
    expect(report.diagnostics.find((d) => d.code === 'cell-blank')?.path).toBe('proactive.regulations.repealed');
  });
});
