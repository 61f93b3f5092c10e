import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import type { Cell } from '../../src/grids/grid.js';
import { fillRowGaps, type GapEvent } from '../../src/placement/fill-row-gaps.js';
import { unaccountedNumbers } from '../helpers/conservation.js';

let offset = 0;
const group = (...values: number[]): Cell[] => values.map((v) => ({ text: String(v), start: offset, end: (offset += 2) }));
const row = (path: string, ...groups: Cell[][]): GapEvent => ({ kind: 'row', path, groups });
const loose = (...groups: Cell[][]): GapEvent => ({ kind: 'loose', groups });
const order = ['a', 'b', 'c', 'd', 'e'];
const open = () => true;

describe('fillRowGaps', () => {
  it('puts as many runs of seven as rows are missing between two labelled rows, in template order', () => {
    const gaps = fillRowGaps([row('a'), loose(group(1, 0, 0, 0, 0, 0, 1), group(0, 2, 0, 0, 0, 0, 2)), row('d')], order, open);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.rows.map((r) => [r.path, r.cells.map((c) => c.text).join(' ')])).toEqual([
      ['b', '1 0 0 0 0 0 1'],
      ['c', '0 2 0 0 0 0 2'],
    ]);
    expect(gaps[0]?.events).toEqual([1]);
  });

  it('takes the first run after a label as its row and the rest for the gap after it', () => {
    const gaps = fillRowGaps([row('b', group(3, 0, 0, 0, 0, 0, 3), group(0, 0, 0, 0, 0, 0, 0)), row('d')], order, open);
    expect(gaps[0]?.rows.map((r) => r.path)).toEqual(['b', 'c']);
  });

  it('fills the gaps at the start and the end of the table', () => {
    const gaps = fillRowGaps([loose(group(1, 0, 0, 0, 0, 0, 1)), row('b'), row('d'), loose(group(0, 0, 0, 0, 0, 0, 0))], order, open);
    expect(gaps.flatMap((g) => g.rows.map((r) => r.path))).toEqual(['a', 'e']);
  });

  it('fills nothing when the runs are fewer or more than the rows missing', () => {
    expect(fillRowGaps([row('a'), loose(group(1, 0, 0, 0, 0, 0, 1)), row('d')], order, open)).toEqual([]);
    expect(fillRowGaps([row('a'), loose(group(1, 0, 0, 0, 0, 0, 1), group(1, 0, 0, 0, 0, 0, 1)), row('c')], order, open)).toEqual([]);
  });

  it('fills nothing when a run does not add up, or the labelled rows are out of order', () => {
    expect(fillRowGaps([row('a'), loose(group(1, 0, 0, 0, 0, 0, 2)), row('c')], order, open)).toEqual([]);
    expect(fillRowGaps([row('d'), loose(group(1, 0, 0, 0, 0, 0, 1)), row('b')], order, open)).toEqual([]);
  });

  it('fills no row that is labelled elsewhere or already read', () => {
    expect(fillRowGaps([row('a'), loose(group(1, 0, 0, 0, 0, 0, 1)), row('c'), row('b')], order, open)).toEqual([]);
    expect(fillRowGaps([row('a'), loose(group(1, 0, 0, 0, 0, 0, 1)), row('c')], order, (p) => p !== 'b')).toEqual([]);
  });
});

/**
 * Table 3 as a PDF-to-Markdown tool shatters it (corpus 005, 006): small pipe
 * tables, some rows without their labels, which stand outside the tables,
 * broken. Values chosen for this test: the rows add up, （一）…（六） add up
 * to （七）总计 (6 = 5+1, 1 = 1; 7 = 6+1), 一 + 二 = 总计 + 四 (6+1 = 6+1, 1+0 = 1+0).
 */
const shattered = (partial: string, total: string) =>
  [
    '三、收到和处理政府信息公开申请情况',
    '| 一、本年新收政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |',
    '|---|---|---|---|---|---|---|---|',
    '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '| （一）予以公开 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |',
    '',
    '（二）部分公开（区分处理的，只',
    '度办',
    '理结计这一情形，不计其他情形）',
    `| ${partial} |`,
    '|---|---|---|---|---|---|---|',
    '| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '|---|---|---|---|---|---|---|---|',
    ...['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理'].map((l) => `| ${l} | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`),
    `| （七）总计 | ${total} |`,
    '| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');

describe('parseReport on table 3 shattered by a PDF-to-Markdown tool', () => {
  it('places a row whose label stands broken outside the tables, between the labelled rows around it', () => {
    const text = shattered('1 | 1 | 0 | 0 | 0 | 0 | 2', '6 | 1 | 0 | 0 | 0 | 0 | 7');
    const report = parseReport(text);
    expect(report.applications.partiallyGranted).toEqual({ naturalPerson: 1, commercial: 1, research: 0, publicWelfare: 0, legalService: 0, other: 0, total: 2 });
    expect(report.diagnostics.find((d) => d.code === 'row-detached')?.path).toBe('applications.partiallyGranted');
    expect(report.diagnostics.filter((d) => d.path?.startsWith('applications') && d.severity !== 'info')).toEqual([]);
    expect(unaccountedNumbers(text, report)).toEqual([]);
  });

  it('places nothing when the table’s column relations then fail', () => {
    // The loose row still adds up (1+2 = 3), but the results no longer add up to （七）总计.
    const report = parseReport(shattered('1 | 2 | 0 | 0 | 0 | 0 | 3', '6 | 1 | 0 | 0 | 0 | 0 | 7'));
    expect(report.applications.partiallyGranted.total).toBeNull();
    expect(report.diagnostics.some((d) => d.severity !== 'info' && d.raw?.includes('1 | 2 | 0 | 0 | 0 | 0 | 3'))).toBe(true);
  });

  it('reports a number left alone on a line between the tables', () => {
    const text = shattered('1 | 1 | 0 | 0 | 0 | 0 | 2', '6 | 1 | 0 | 0 | 0 | 0 | 7').replace('度办', '度办\n7');
    const report = parseReport(text);
    expect(report.diagnostics.find((d) => d.code === 'unplaced-number' && d.raw === '7')?.span.line).toBe(9);
  });
});
