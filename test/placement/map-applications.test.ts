import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { createLineIndex, recognizeTsvGrid, splitLines } from '../../src/index.js';
import { mapApplications } from '../../src/placement/map-applications.js';
import { alignRowCells } from '../../src/placement/mapped-table.js';
import { regionOf } from '../helpers/region.js';

const map = (tsv: string) => {
  const grid = recognizeTsvGrid(regionOf(tsv));
  return mapApplications(grid ? grid.rows.flat() : [], createLineIndex(splitLines(tsv)));
};
const cells = (...t: string[]) => t.map((text, k) => ({ text, start: k, end: k }));

describe('alignRowCells', () => {
  it('takes exactly n filled cells as the values, whatever blanks surround them', () => {
    expect(alignRowCells(cells('', '1', '', '2', ''), 2)?.map((c) => c.text)).toEqual(['1', '2']);
  });

  it('keeps a blank between values as a blank value', () => {
    expect(alignRowCells(cells('', '1', '', '2', ''), 3)?.map((c) => c.text)).toEqual(['1', '', '2']);
  });

  it('refuses a row whose blanks could stand in any column', () => {
    expect(alignRowCells(cells('1', '2', ''), 3)).toBeNull();
    expect(alignRowCells(cells('', '1', '2'), 3)).toBeNull();
    expect(alignRowCells(cells('1', '2', '3', '4'), 3)).toBeNull();
  });

  it('refuses, one cell per line, a reading that counts a text line as a value: it may stand in for a dropped blank', () => {
    const perLine = (...t: string[]) => cells(...t).map((c) => (/^\d+$/.test(c.text) ? { ...c, mayJoinRuns: true as const } : c));
    // Table 4's 15 values with one blank lost (no line) and a repeated header line after a page break.
    expect(alignRowCells(perLine('5', '2', '1', '8', '3', '信息内容', '1', '0', '2', '6', '1', '0', '1', '4', '5'), 15)).toBeNull();
    // Cells with separators (no mayJoinRuns): the count still places a text cell that the values need.
    expect(alignRowCells(cells('5', '2', '1', '8', '3', '信息内容', '1'), 7)?.length).toBe(7);
  });
});

describe('mapApplications', () => {
  it('anchors rows by their labels, not by their position in the line', () => {
    const out = map('一、本年新收政府信息公开申请数量\t\t\t5\t0\t0\t0\t1\t0\t6\n\t\t二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1');
    expect(out.values.get('applications.newReceived.legalService')).toBe(1);
    expect(out.values.get('applications.newReceived.total')).toBe(6);
    expect(out.values.get('applications.carriedOver.naturalPerson')).toBe(1);
  });

  it('reads one undivided （六）其他处理 row as otherHandling.total', () => {
    const out = map('（六）其他处理\t2\t0\t0\t0\t0\t0\t2\n（七）总计\t2\t0\t0\t0\t0\t0\t2');
    expect(out.otherHandling).toBe('undivided');
    expect(out.values.get('applications.otherHandling.total.total')).toBe(2);
  });

  it('reads （六） divided when its three sub-rows follow it', () => {
    const out = map('（六）其他处理\t1.申请人无正当理由逾期不补正\t1\t0\t0\t0\t0\t0\t1\n\t3.其他\t2\t0\t0\t0\t0\t0\t2');
    expect(out.otherHandling).toBe('divided');
    expect(out.values.get('applications.otherHandling.noCorrection.total')).toBe(1);
    expect(out.values.get('applications.otherHandling.other.total')).toBe(2);
    // On the group: a missing row leaves its layout (divided or not) in doubt, and so every path of it.
    expect(out.diagnostics.some((d) => d.code === 'row-missing' && d.path === 'applications.otherHandling' && d.message.includes('2.申请人逾期未按收费通知要求缴纳费用'))).toBe(true);
  });

  it('keeps a blank 总计 between filled cells as null, not 0', () => {
    const out = map('（七）总计\t1\t0\t0\t0\t0\t0\t-\n四、结转下年度继续办理\t1\t\t0\t0\t0\t0\t1');
    expect(out.values.get('applications.total.total')).toBeNull();
    expect(out.values.get('applications.carriedForward.commercial')).toBeNull();
    expect(out.diagnostics.some((d) => d.code === 'cell-blank' && d.path === 'applications.carriedForward.commercial')).toBe(true);
  });

  it('names numbers that sit before any row label', () => {
    const out = map('申请人情况\t7\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1');
    expect(out.diagnostics.some((d) => d.code === 'unplaced-number' && d.raw === '7')).toBe(true);
  });

  it('makes an unreadable value null with an error, never 0', () => {
    const out = map('一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n（七）总计\t1\t0\t0\t0\t0\t0\t约1');
    expect(out.values.get('applications.total.total')).toBeNull();
    expect(out.values.get('applications.total.naturalPerson')).toBe(1);
    expect(out.diagnostics.some((d) => d.code === 'cell-unreadable' && d.raw === '约1')).toBe(true);
  });
});

describe('mapApplications on labels broken over lines', () => {
  const spaced = (text: string) => {
    const { recognizeSpaceAlignedGrid } = api;
    const grid = recognizeSpaceAlignedGrid(regionOf(text));
    return mapApplications(grid ? grid.rows.flat() : [], createLineIndex(splitLines(text)));
  };

  it('joins a label broken mid-word and gives it the numbers that follow', () => {
    const out = spaced('一、本年新收政府信息公开申请数量   1  0  0  0  0  0  1\n1、申请人无正当理由逾期不补\n正、行政机关不再处理其政府信  67   3   0   0   1   0   71\n息公开申请');
    expect(out.values.get('applications.otherHandling.noCorrection.naturalPerson')).toBe(67);
    expect(out.values.get('applications.otherHandling.noCorrection.total')).toBe(71);
  });

  it('lets the wrapped tail of a label stand for the label above it', () => {
    const out = spaced('一、本年新收政府信息公开申请数量   1  0  0  0  0  0  1\n（二）部分公开（区分处理的，只计这一情 形，不\n计其他情形）\n    4    0      0     0   0   0     4');
    expect(out.values.get('applications.partiallyGranted.total')).toBe(4);
  });

  it('does not let a numbered label stand for the label above it', () => {
    const out = spaced('一、本年新收政府信息公开申请数量   1  0  0  0  0  0  1\n1.属于国家秘密\n9.某种新的情形   5  0  0  0  0  0  5');
    expect(out.values.get('applications.denied.stateSecret.total')).toBeNull();
    expect(out.diagnostics.some((d) => d.code === 'unplaced-number' && d.raw?.includes('5'))).toBe(true);
  });
});

describe('mapApplications on labels printed apart from their numbers (pdftotext)', () => {
  const lines = (rows: string[]) => rows.join('\n');
  const table = (extraLabelLine: string) =>
    lines([
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量', '5', '0', '0', '0', '0', '0', '5',
      // 1…1 / 0…0 / 3 1 … 4 reads row by row only (no block of it, read column by column, adds up).
      '4.无正当理由大量反复申请', '1', '0', '0', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '3', '1', '0', '0', '0', '0', '4',
      '（七）总计', '4', '1', '0', '0', '0', '0', '5',
      '5.要求行政机关确认或重新出', '具已获取信息',
      extraLabelLine,
    ]);

  it('places the runs of seven in template order when the rows after are labelled elsewhere and every row adds up', () => {
    const report = api.parseReport(table('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'));
    expect(report.applications.notProcessed.excessive.total).toBe(1);
    expect(report.applications.notProcessed.confirmation.total).toBe(0);
    expect('noCorrection' in report.applications.otherHandling && report.applications.otherHandling.noCorrection).toEqual({ naturalPerson: 3, commercial: 1, research: 0, publicWelfare: 0, legalService: 0, other: 0, total: 4 });
    expect(report.diagnostics.some((d) => d.code === 'row-detached')).toBe(true);
  });

  it('places nothing when the run also reads column by column and adds up', () => {
    // 0…0 / 1 0 0 0 0 0 1 is also, column by column, 0…0 / 0 0 0 1 0 0 1.
    const report = api.parseReport(table('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请').replace('1\n0\n0\n0\n0\n0\n1\n0\n0\n0\n0\n0\n0\n0\n3', '0\n0\n0\n0\n0\n0\n0\n1\n0\n0\n0\n0\n0\n1\n3'));
    expect(report.applications.notProcessed.confirmation.total).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'row-value-count' && d.path === 'applications.notProcessed.excessive')).toBe(true);
  });

  it('places nothing when the row above stands with no numbers too: a block of labels, then numbers of any of them', () => {
    // pdftotext's default order: 3. and 4. printed as a column of labels, their numbers elsewhere;
    // the runs after 4. may be 5.'s and (六)'s as well as 4.'s and 5.'s.
    const report = api.parseReport(table('1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请').replace('4.无正当理由大量反复申请', '3.要求提供公开出版物\n4.无正当理由大量反复申请'));
    expect(report.applications.notProcessed.excessive.total).toBeNull();
    expect(report.applications.notProcessed.confirmation.total).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'row-value-count' && d.path === 'applications.notProcessed.excessive')).toBe(true);
  });

  it('places nothing when a following row is not labelled anywhere', () => {
    const report = api.parseReport(table('说明'));
    expect(report.applications.notProcessed.confirmation.total).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'row-value-count' && d.path === 'applications.notProcessed.excessive')).toBe(true);
  });
});

describe('mapApplications on bugs the properties found', () => {
  it('never takes prose with numbers before the table for a row label', () => {
    const report = api.parseReport(['三、收到和处理政府信息公开申请情况', '本年度新收政府信息公开申请 5 件，上年结转 1 件。', '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况', '\t自然人\t法人或其他组织\t\t\t\t\t总计', '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他', '（六）其他处理\t1\t0\t0\t0\t0\t0\t1'].join('\n'));
    expect('total' in report.applications.otherHandling).toBe(true);
    expect(api.flattenReport(report)['applications.otherHandling.total.total']).toBe(1);
  });

  it('lets a header repeated between a row label and its numbers pass, never giving them to 3.其他', () => {
    const text = ['三、收到和处理政府信息公开申请情况', '  4.保护第三方合法权益   3   0   0   0   0   0   3', '  5.属于三类内部事务信息', '      商业企业   科研机构   社会公益组织   法律服务机构   其他', '                  1   41   1   1   0   1   45'].join('\n');
    const report = api.parseReport(text);
    expect(report.applications.denied.internalAffairs).toEqual({ naturalPerson: 1, commercial: 41, research: 1, publicWelfare: 1, legalService: 0, other: 1, total: 45 });
    expect('other' in report.applications.otherHandling && report.applications.otherHandling.other.total).toBeNull();
  });

  it('keeps a line of values with placeholders, which a page footer never is', async () => {
    const { isPageFooter } = await import('../../src/grids/page-footer.js');
    expect(isPageFooter('   -     5     —   ')).toBe(false);
    expect(isPageFooter('  - 5 -  ')).toBe(true);
  });
});

describe('mapApplications on a count its cell wrapped, among rows whose labels pdftotext broke', () => {
  // Table 3 of `LANG=C.UTF-8 pdftotext -layout test/fixtures/pdf-property/case-07.pdf` (lines 74–260):
  // 7.属于行政执法案卷's 29443 wraps (`2944` / `3`), the labels of the rows around are broken.
  const text = readFileSync(fileURLToPath(new URL('../fixtures/pdf-property/case-07.table3.pdftotext-layout.txt', import.meta.url)), 'utf8');
  const expected = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/pdf-property/case-07.expected.json', import.meta.url)), 'utf8')) as Record<string, number | null>;

  it('fills no gap across the unreadable value: the runs around it do not count the rows between', () => {
    const flat: Readonly<Record<string, unknown>> = api.flattenReport(api.parseReport(text));
    for (const row of ['enforcementFile', 'administrativeQuery', 'processInformation']) {
      const path = `applications.denied.${row}.total`;
      expect([null, expected[path]], path).toContain(flat[path] ?? null);
    }
  });
});
