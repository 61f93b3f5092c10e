import { describe, expect, it } from 'vitest';
import { flattenReport, parseReport } from '../../src/index.js';
import type { Cell } from '../../src/grids/grid.js';
import { readRowsInSequence } from '../../src/placement/read-rows-in-sequence.js';
import { unaccountedNumbers } from '../helpers/conservation.js';
import { HAND_TABLE, columnByColumn, rawTable3, rowByRow, type Table3 } from '../helpers/raw-table3.js';

const cells = (tokens: readonly (string | number)[]): Cell[] => tokens.map((t, k) => ({ text: String(t), start: k, end: k + 1 }));
const numbersOf = (row: readonly Cell[] | undefined): number[] | undefined => row?.map((c) => Number(c.text));
const withRow = (table: Table3, path: string, values: number[]): Table3 => table.map(([p, v]) => [p, p === path ? values : v] as const);

describe('readRowsInSequence', () => {
  it('reads rows printed row by row, and a block printed column by column, in template order', () => {
    const reading = readRowsInSequence(cells(['总计', ...rowByRow(HAND_TABLE, 0, 4), ...columnByColumn(HAND_TABLE, 4, 13), '标签', ...rowByRow(HAND_TABLE, 13, 23)]));
    expect(reading?.otherHandling).toBe('undivided');
    for (const [path, values] of HAND_TABLE) expect(numbersOf(reading?.rows.get(path)), path).toEqual(values);
    expect(reading?.columnMajor.map((b) => b.rows)).toEqual([HAND_TABLE.slice(4, 13).map(([p]) => p)]);
  });

  it('passes over page footers and says so', () => {
    const reading = readRowsInSequence(cells([...rowByRow(HAND_TABLE, 0, 10), '-3-', ...rowByRow(HAND_TABLE, 10, 23)]));
    expect(numbersOf(reading?.rows.get('total'))).toEqual([10, 2, 0, 0, 0, 1, 13]);
    expect(reading?.footers.map((c) => c.text)).toEqual(['-3-']);
  });

  it('refuses a count of numbers that is not the template’s rows', () => {
    expect(readRowsInSequence(cells(rowByRow(HAND_TABLE, 0, 22)))).toBeNull();
    expect(readRowsInSequence(cells([...rowByRow(HAND_TABLE, 0, 23), 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
    // one number dropped, one added elsewhere: the runs are no longer whole rows
    const numbers = rowByRow(HAND_TABLE, 0, 23);
    expect(readRowsInSequence(cells([...numbers.slice(0, 30), '标签', ...numbers.slice(31), 5]))).toBeNull();
  });

  it('refuses a blank, a placeholder or text among the numbers', () => {
    const numbers = rowByRow(HAND_TABLE, 0, 23).map(String);
    for (const bad of ['', '-', '约5']) {
      const tokens = [...numbers];
      tokens[40] = bad;
      expect(readRowsInSequence(cells(tokens)), JSON.stringify(bad)).toBeNull();
    }
  });

  it('lets the column relations choose between two readings of a run', () => {
    // 0…0 then 0 0 2 0 0 0 2 row by row also reads column by column as 0…0
    // then 0 0 0 0 2 0 2; only the first keeps column 3 of the results equal
    // to 总计's (and 本年新收 + 上年结转 = 总计 + 结转下年度).
    let table = withRow(HAND_TABLE, 'notProcessed.duplicate', [0, 0, 2, 0, 0, 0, 2]);
    table = withRow(table, 'total', [10, 2, 2, 0, 0, 1, 15]);
    table = withRow(table, 'newReceived', [10, 2, 2, 0, 0, 1, 15]);
    const reading = readRowsInSequence(cells(rowByRow(table, 0, 23)));
    expect(numbersOf(reading?.rows.get('notProcessed.duplicate'))).toEqual([0, 0, 2, 0, 0, 0, 2]);
    expect(numbersOf(reading?.rows.get('total'))).toEqual([10, 2, 2, 0, 0, 1, 15]);
  });

  it('reads nothing when no reading keeps the column relations', () => {
    // The same rows, 总计 left as it was: every row adds up, column 3 does not.
    const table = withRow(HAND_TABLE, 'notProcessed.duplicate', [0, 0, 2, 0, 0, 0, 2]);
    expect(readRowsInSequence(cells(rowByRow(table, 0, 23)))).toBeNull();
  });

  it('refuses a run no split of which adds up', () => {
    const table = withRow(HAND_TABLE, 'granted', [5, 1, 0, 0, 0, 0, 7]);
    expect(readRowsInSequence(cells(rowByRow(table, 0, 23)))).toBeNull();
  });

  it('stops at once on more numbers than the template has', () => {
    expect(readRowsInSequence(cells(new Array<number>(100_000).fill(0)))).toBeNull();
  });
});

describe('parseReport on table 3 printed by pdftotext without -layout (labels apart, a block column by column)', () => {
  it('reads every value, and says how', () => {
    const text = rawTable3();
    const report = parseReport(text);
    const flat: Readonly<Record<string, unknown>> = flattenReport(report);
    const keys = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total'];
    for (const [path, values] of HAND_TABLE) {
      expect(keys.map((k) => flat[`applications.${path}.${k}`]), path).toEqual(values);
    }
    const note = report.diagnostics.find((d) => d.code === 'rows-in-sequence');
    expect(note?.severity).toBe('info');
    expect(note?.messageEn).toContain('denied.stateSecret');
    expect(report.diagnostics.filter((d) => d.path?.startsWith('applications') && d.severity !== 'info')).toEqual([]);
    expect(unaccountedNumbers(text, report)).toEqual([]);
  });

  it('reads nothing by order when a column relation fails, even though every row adds up', () => {
    // 结转下年度 2 instead of 1: its row still adds up (2 = 2), but 10 + 1 ≠ 10 + 2.
    const report = parseReport(rawTable3(withRow(HAND_TABLE, 'carriedForward', [2, 0, 0, 0, 0, 0, 2])));
    expect(report.diagnostics.some((d) => d.code === 'rows-in-sequence')).toBe(false);
    expect(report.applications.denied.internalAffairs.commercial).toBeNull();
    expect(report.diagnostics.some((d) => d.severity === 'error' && d.path?.startsWith('applications'))).toBe(true);
  });

  it('reads nothing by order when a number the labels placed disagrees', () => {
    // The labels of （一） and （二） swapped: by its label （二） reads 5 1 0 0 0 0 6,
    // which the order of the numbers gives to （一). Neither reading is taken over the other.
    const text = rawTable3().replace('（一）予以公开', '@').replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（一）予以公开').replace('@', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    const report = parseReport(text);
    expect(report.diagnostics.some((d) => d.code === 'rows-in-sequence')).toBe(false);
    expect(report.applications.granted.total).not.toBe(6);
    expect(report.applications.partiallyGranted.total).not.toBe(1);
  });
});
