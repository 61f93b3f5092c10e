import { describe, expect, it } from 'vitest';
import type { PageContent, Rule, TextRun } from '../../../src/readers/pdf/page-content.js';
import { boxAt, cellText, renderPdf } from '../../../src/readers/pdf/render-pdf.js';

const run = (text: string, x: number, y: number, width = text.length * 10, size = 10): TextRun => ({ text, x, y, width, size });
const page = (n: number, runs: TextRun[], rules: Rule[] = []): PageContent => ({ page: n, view: [0, 0, 600, 800], runs, rules, hasImages: false });

function grid(xs: number[], ys: number[]): Rule[] {
  return [
    ...ys.map((y): Rule => ({ axis: 'horizontal', at: y, from: Math.min(...xs), to: Math.max(...xs) })),
    ...xs.map((x): Rule => ({ axis: 'vertical', at: x, from: Math.min(...ys), to: Math.max(...ys) })),
  ];
}

describe('cellText', () => {
  it('joins a label wrapped in a narrow column without a space, and a number wrapped the same way', () => {
    expect(cellText([run('1.本机关不掌握相关政府信', 0, 100), run('息', 0, 88)])).toBe('1.本机关不掌握相关政府信息');
    expect(cellText([run('20', 0, 100), run('9', 0, 88)])).toBe('209');
    expect(cellText([run('680', 2, 100, 16.5), run('7', 2, 88, 5.5)], 25)).toBe('6807');
  });

  it('never runs the numbers of two rows together when no rule separates them: a short line over another, or digits stacked across the row', () => {
    // `5` over `3` in a 40-point cell: `5` did not wrap (it takes an eighth of the cell).
    expect(cellText([run('5', 17, 100, 5.5), run('3', 17, 88, 5.5)], 40)).toBe('5 3');
    // Wide enough to look wrapped, but the row says the rows ran together.
    expect(cellText([run('680', 2, 100, 16.5), run('7', 2, 88, 5.5)], 25, true)).toBe('680 7');
  });

  it('reads a row whose label cell holds two row labels (a missing row rule) as no numbers, never joined digits', () => {
    const rules: Rule[] = [
      ...[600, 560].map((y): Rule => ({ axis: 'horizontal', at: y, from: 50, to: 250 })),
      ...[50, 150, 175, 200, 225, 250].map((x): Rule => ({ axis: 'vertical', at: x, from: 560, to: 600 })),
    ];
    const runs = [run('1.属于国家秘密', 55, 585, 70), run('2.其他法律', 55, 570, 50)];
    // Each upper number fills its cell, as a wrapped one would: the row decides.
    for (const x of [151, 176, 201, 226]) runs.push(run('1234', x, 585, 22), run('5', x, 570, 5.5));
    const r = renderPdf([page(1, runs, rules)]);
    expect(r.text).toBe('1.属于国家秘密2.其他法律\t1234 5\t1234 5\t1234 5\t1234 5');
  });
});

describe('renderPdf', () => {
  it('writes a ruled table as tab-separated rows, a blank cell as an empty field, between the narrative lines above and below it', () => {
    const rules = grid([50, 150, 200, 250], [600, 580, 560]);
    const r = renderPdf([
      page(1, [
        run('二、主动公开政府信息情况', 50, 700),
        run('规章', 55, 585),
        run('1', 160, 585),
        run('11', 210, 585),
        run('行政规范性文件', 55, 565, 70),
        run('26', 210, 565),
        run('三、收到和处理政府信息公开申请情况', 50, 500),
      ], rules),
    ]);
    expect(r.text).toBe('二、主动公开政府信息情况\n规章\t1\t11\n行政规范性文件\t\t26\n三、收到和处理政府信息公开申请情况');
    expect(r.tables).toBe(1);
  });

  it('gives every cell its box on its page, a blank cell the cell box', () => {
    const rules = grid([50, 150, 200], [600, 580]);
    const r = renderPdf([page(2, [run('规章', 55, 585), run('7', 160, 585, 6)], rules)]);
    expect(boxAt(r.placed, r.text.indexOf('7'))).toEqual({ page: 2, x: 160, y: 583.5, width: 6, height: 10 });
    const blank = renderPdf([page(2, [run('规章', 55, 585)], rules)]);
    expect(blank.text).toBe('规章\t');
    expect(boxAt(blank.placed, blank.text.length)).toEqual({ page: 2, x: 150, y: 580, width: 50, height: 20 });
  });

  it('joins the lines of a paragraph wrapped at the right edge, over a page break too, but not a new indented paragraph or a heading', () => {
    const r = renderPdf([
      page(1, [
        run('一、总体情况', 70, 700, 60),
        run('本年度新收政府信息公开申请177件，上年结转12件，办结169件，结转下年度继续办理', 50, 680, 500),
        run('20件。', 50, 665, 40),
        run('本年度主动公开政府信息5176条，其中规范性文件二十四件，全部在网站公开发布完', 70, 650, 480),
      ]),
      page(2, [run('毕。', 50, 780, 20), run('二、主动公开政府信息情况', 50, 760, 120)]),
    ]);
    expect(r.text.split('\n')).toEqual([
      '一、总体情况',
      '本年度新收政府信息公开申请177件，上年结转12件，办结169件，结转下年度继续办理20件。',
      '本年度主动公开政府信息5176条，其中规范性文件二十四件，全部在网站公开发布完毕。',
      '二、主动公开政府信息情况',
    ]);
  });

  it('passes over page numbers in the top and bottom margins, never numbers in the page body', () => {
    const r = renderPdf([page(1, [run('- 2 -', 280, 30, 30), run('12', 50, 400)]), page(2, [run('3', 300, 780, 6)])]);
    expect(r.text).toBe('12');
  });

  it('counts the characters of text, so that a scan (no runs) is told apart', () => {
    expect(renderPdf([page(1, [])]).textLength).toBe(0);
  });

  it('joins a row a page break split (its label goes on over the break) to the row before it, cell by cell', () => {
    const rules1 = grid([50, 150, 200], [120, 60]);
    const rules2 = grid([50, 150, 200], [760, 740, 720]);
    const r = renderPdf([
      page(1, [run('4.保护第', 55, 80, 40), run('38', 160, 80, 12)], rules1),
      page(2, [run('三方合法权益', 55, 745, 60), run('5.属于三类内部事务信息', 55, 725, 90), run('21', 160, 725, 12)], rules2),
    ]);
    expect(r.text).toBe('4.保护第三方合法权益\t38\n5.属于三类内部事务信息\t21');
    expect(boxAt(r.placed, r.text.indexOf('38'))?.page).toBe(1);
    expect(boxAt(r.placed, r.text.indexOf('21'))?.page).toBe(2);
  });

  it('keeps a header repeated at the top of the next page as a row of its own, never joined to the values before it', () => {
    const rules1 = grid([50, 150, 200], [120, 60]);
    const rules2 = grid([50, 150, 200], [760, 740, 720]);
    const r = renderPdf([
      page(1, [run('规章', 55, 80), run('1', 160, 80, 6)], rules1),
      page(2, [run('信息内容', 55, 745), run('本年制发件数', 152, 745, 45), run('行政规范性文件', 55, 725, 90), run('7', 160, 725, 6)], rules2),
    ]);
    expect(r.text.split('\n')).toEqual(['规章\t1', '信息内容\t本年制发件数', '行政规范性文件\t7']);
  });

  it('keeps a row that starts a template row (（六） 1. 一、) at the top of a page as a row of its own', () => {
    const rules1 = grid([50, 150, 200], [120, 60]);
    const rules2 = grid([50, 150, 200], [760, 740]);
    const r = renderPdf([page(1, [run('2.重复申请', 55, 80, 60), run('9', 160, 80, 6)], rules1), page(2, [run('3.要求提供公开出版物', 55, 745, 90)], rules2)]);
    expect(r.text.split('\n')).toEqual(['2.重复申请\t9', '3.要求提供公开出版物\t']);
  });

  it('passes over the header a continued table repeats at the top of the next page, and joins the split row after it', () => {
    const rules1 = grid([50, 150, 200], [160, 140, 120, 60]);
    const rules2 = grid([50, 150, 200], [760, 740, 720, 700]);
    const r = renderPdf([
      page(1, [run('信息内容', 55, 145), run('总计', 160, 145, 20), run('1.本机关不掌握相关', 55, 125, 90), run('1085', 160, 125, 24), run('4.保护第', 55, 80, 40), run('38', 160, 80, 12)], rules1),
      page(2, [run('信息内容', 55, 745), run('总计', 160, 745, 20), run('三方合法权益', 55, 725, 60), run('5.属于三类内部事务信息', 55, 705, 90), run('21', 160, 705, 12)], rules2),
    ]);
    expect(r.text.split('\n')).toEqual(['信息内容\t总计', '1.本机关不掌握相关\t1085', '4.保护第三方合法权益\t38', '5.属于三类内部事务信息\t21']);
  });

  it('joins the digits of a number a page break split, with the cut label, and never runs two whole rows together', () => {
    const rules1 = grid([50, 150, 200], [120, 60]);
    const rules2 = grid([50, 150, 200], [760, 740]);
    const split = renderPdf([page(1, [run('7.属于行', 55, 80, 40), run('680', 160, 80, 18)], rules1), page(2, [run('政执法案卷', 55, 745, 50), run('7', 160, 745, 6)], rules2)]);
    expect(split.text).toBe('7.属于行政执法案卷\t6807');
    // 规章 is a whole row: 行政规范性文件 (its values blank) is a row of its own.
    const whole = renderPdf([page(1, [run('规章', 55, 80), run('1', 160, 80, 6)], rules1), page(2, [run('行政规范性文件', 55, 745, 70)], rules2)]);
    expect(whole.text.split('\n')).toEqual(['规章\t1', '行政规范性文件\t']);
  });
});

