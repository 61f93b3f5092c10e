import { describe, expect, it } from 'vitest';
import { parseReport, recognizeSpaceAlignedGrid } from '../../src/index.js';
import { isPageFooter } from '../../src/grids/page-footer.js';
import { regionOf, texts } from '../helpers/region.js';

describe('recognizeSpaceAlignedGrid', () => {
  it('leaves a tab-separated row to the TSV recognizer, so its blank cells stay', () => {
    expect(recognizeSpaceAlignedGrid(regionOf('第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t\t0\n'))).toBeNull();
    const report = parseReport('二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t\t0\n');
    expect(report.proactive.regulations).toEqual({ issued: 0, repealed: null, inForce: 0 });
  });

  it('splits columns at runs of spaces and keeps wrapped label lines as cells', () => {
    const text = [
      '          （二）部分公开（区分处理的，只计这一情',
      '                         447         7        0   454',
      '          形，不计其他情形）',
      '             1.属于国家秘密            2          0   2',
    ].join('\n');
    expect(texts(recognizeSpaceAlignedGrid(regionOf(text)))).toEqual([
      ['（二）部分公开（区分处理的，只计这一情'],
      ['447', '7', '0', '454'],
      ['形，不计其他情形）'],
      ['1.属于国家秘密', '2', '0', '2'],
    ]);
  });

  it('gathers a count its narrow cell wrapped (`330` / `3`) into its row, in its column, unjoined', () => {
    const text = [
      '                                   330                                     369',
      '一、本年新收政府信息公开申请数量                         195        5    16     141   34',
      '                                    3                                       4',
    ].join('\n');
    expect(texts(recognizeSpaceAlignedGrid(regionOf(text)))).toEqual([
      [],
      ['一、本年新收政府信息公开申请数量', '330 / 3', '195', '5', '16', '141', '34', '369 / 4'],
      [],
    ]);
  });

  it('gathers wrapped counts beside a wrapped label too (`108` / `5` around the number line)', () => {
    const text = [
      '      1.本机关不掌握相关政                                108',
      '                    959   63   2   4   45   12',
      '      府信息                                         5',
    ].join('\n');
    expect(texts(recognizeSpaceAlignedGrid(regionOf(text)))).toEqual([
      ['1.本机关不掌握相关政'],
      ['959', '63', '2', '4', '45', '12', '108 / 5'],
      ['府信息'],
    ]);
  });

  it('leaves stacked rows alone: a blank cell in the middle row, single-spaced numbers, a blank line between', () => {
    // Same-length numbers above and below a blank cell are two rows' values, not one wrapped count.
    expect(texts(recognizeSpaceAlignedGrid(regionOf('a   12   34   56\nb   78        90\nc   11   22   33')))).toEqual([
      ['a', '12', '34', '56'], ['b', '78', '90'], ['c', '11', '22', '33'],
    ]);
    // `-raw` output: positions mean nothing.
    expect(texts(recognizeSpaceAlignedGrid(regionOf('330 369\n一、本年新收 195 5 16\n3 4')))).toEqual([
      ['330', '369'], ['一、本年新收', '195', '5', '16'], ['3', '4'],
    ]);
    expect(texts(recognizeSpaceAlignedGrid(regionOf('   330         369\n\n行   195   5   16\n\n    3           4')))).toEqual([
      ['330', '369'], ['行', '195', '5', '16'], ['3', '4'],
    ]);
  });

  it('reads a wrapped 4-digit count as null with a diagnostic on its path, the row\'s other numbers right', () => {
    const text = [
      '二、收到和处理政府信息公开申请情况',
      '                                   330                                     369',
      '一、本年新收政府信息公开申请数量                         195        5    16     141   34',
      '                                    3                                       4',
      '',
      '二、上年结转政府信息公开申请数量                   143   15         1     0      9    2    170',
    ].join('\n');
    const report = parseReport(text);
    expect(report.applications.newReceived.naturalPerson).toBeNull();
    expect(report.applications.newReceived.commercial).toBe(195);
    expect(report.applications.newReceived.other).toBe(34);
    expect(report.applications.newReceived.total).toBeNull();
    expect(report.diagnostics.some((d) => d.path === 'applications.newReceived.naturalPerson' || d.path === 'applications.newReceived')).toBe(true);
    expect(report.applications.carriedOver.total).toBe(170);
  });

  it('splits numbers of tight columns separated by single spaces', () => {
    expect(texts(recognizeSpaceAlignedGrid(regionOf('72 64    178 37')))).toEqual([['72', '64', '178', '37']]);
  });

  it('skips page footers and form feeds inside the table', () => {
    const text = '规章       1     0    11\n\n                 -3-\n\f行政规范性文件    8    26   66';
    expect(texts(recognizeSpaceAlignedGrid(regionOf(text)))).toEqual([
      ['规章', '1', '0', '11'],
      ['行政规范性文件', '8', '26', '66'],
    ]);
  });

  it('ends at a line of prose', () => {
    const grid = recognizeSpaceAlignedGrid(regionOf('规章   1   0   11\n2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习。'));
    expect(grid?.endLine).toBe(1);
  });

  it('refuses short lines that never reach a row of numbers', () => {
    expect(recognizeSpaceAlignedGrid(regionOf('附件\n说明\n'))).toBeNull();
    expect(recognizeSpaceAlignedGrid(regionOf('2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习。'))).toBeNull();
  });
});

describe('isPageFooter', () => {
  it('knows the footers pdftotext leaves in tables', () => {
    for (const f of ['-4-', ' - 4 - ', '— 5 —', '第 3 页', '第3页 共10页', '\f-12-']) expect(isPageFooter(f), f).toBe(true);
  });

  it('does not take a bare number or a signed value for a footer', () => {
    for (const f of ['4', '-2', '+11', '1350']) expect(isPageFooter(f), f).toBe(false);
  });
});

describe('splitTrailingValues', () => {
  it('splits numbers written after a label with single spaces into cells', async () => {
    const { splitTrailingValues } = await import('../../src/grids/grid.js');
    const text = '一、本年新收政府信息公开申请数量 164 10 0 2 1 177';
    const cells = splitTrailingValues({ text, start: 10, end: 10 + text.length }, (t) => /^\d+$/.test(t));
    expect(cells.map((c) => c.text)).toEqual(['一、本年新收政府信息公开申请数量', '164', '10', '0', '2', '1', '177']);
    expect(cells[1]).toMatchObject({ start: 10 + text.indexOf('164'), end: 10 + text.indexOf('164') + 3 });
  });

  it('leaves a long line alone: prose or cells run together, not a row', async () => {
    const { splitTrailingValues } = await import('../../src/grids/grid.js');
    const text = `${'全年办理政府信息公开申请并按时答复'.repeat(4)} 218`;
    expect(splitTrailingValues({ text, start: 0, end: text.length }, (t) => /^\d+$/.test(t))).toHaveLength(1);
  });
});

describe('wrapped counts beside labels broken over lines (pdftotext -layout, narrow label column)', () => {
  it('pairs every wrapped piece or none: the row keeps its seven cells, the unreadable one in its column', () => {
    const text = [
      '         7. 属 于 行',
      '                    2944',
      '         政执法案               0     0    0     19399   0     48842',
      '                      3',
      '         卷',
    ].join('\n');
    expect(texts(recognizeSpaceAlignedGrid(regionOf(text)))).toEqual([
      ['7. 属 于 行'], [], ['政执法案', '2944 / 3', '0', '0', '0', '19399', '0', '48842'], [], ['卷'],
    ]);
  });
});
