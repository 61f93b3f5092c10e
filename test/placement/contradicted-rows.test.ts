import { describe, expect, it } from 'vitest';
import { balanceSuspects, findContradictedRows, uncheckedColumns } from '../../src/placement/contradicted-rows.js';
import { applicationRowPaths } from '../../src/templates/applications-table.js';

// A consistent table 3 (2021 layout): every row sums, both column relations hold.
function table(): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  const zero = [0, 0, 0, 0, 0, 0, 0];
  for (const p of applicationRowPaths('divided')) rows.set(p, [...zero]);
  rows.set('newReceived', [209, 19, 0, 2, 15, 4, 249]);
  rows.set('carriedOver', [10, 2, 0, 0, 1, 0, 13]);
  rows.set('granted', [150, 15, 0, 2, 10, 4, 181]);
  rows.set('total', [150, 15, 0, 2, 10, 4, 181]);
  rows.set('carriedForward', [69, 6, 0, 0, 6, 0, 81]);
  return rows;
}
const lookup = (rows: Map<string, number[]>) => (p: string, c: number) => rows.get(p)?.[c] ?? null;

describe('findContradictedRows', () => {
  it('finds nothing in a consistent table', () => {
    expect(findContradictedRows(lookup(table()), 'divided')).toEqual([]);
  });

  it('names a row read with a cell moved to its end (pdftotext): its sum and two or more columns fail', () => {
    const rows = table();
    rows.set('carriedForward', [69, 0, 0, 6, 0, 81, 6]);
    expect(findContradictedRows(lookup(rows), 'divided').map((r) => r.rowPath)).toEqual(['carriedForward']);
  });

  it('names a balance row whose values are the balance’s in another order (its sum holds)', () => {
    const rows = table();
    rows.set('carriedForward', [69, 0, 6, 0, 6, 0, 81]);
    expect(findContradictedRows(lookup(rows), 'divided')).toEqual([{ rowPath: 'carriedForward', columns: [1, 2], why: 'balance', relation: 'balance' }]);
  });

  it('leaves a single mistyped number to validate: one column fails, not two', () => {
    const rows = table();
    rows.set('carriedForward', [69, 6, 0, 0, 6, 0, 80]);
    expect(findContradictedRows(lookup(rows), 'divided')).toEqual([]);
  });

  it('takes a failing row sum as enough where the reading order is known to be scrambled', () => {
    const rows = table();
    rows.set('carriedForward', [69, 6, 0, 0, 6, 0, 80]);
    expect(findContradictedRows(lookup(rows), 'divided', () => true).map((r) => r.rowPath)).toEqual(['carriedForward']);
  });

  it('takes a failing row sum as enough for the rows the caller names only (rows read one digit line per value)', () => {
    const rows = table();
    rows.set('carriedForward', [69, 6, 0, 0, 6, 0, 80]);
    expect(findContradictedRows(lookup(rows), 'divided', (p) => p === 'newReceived')).toEqual([]);
    expect(findContradictedRows(lookup(rows), 'divided', (p) => p === 'carriedForward').map((r) => r.rowPath)).toEqual(['carriedForward']);
  });
});

describe('balanceSuspects', () => {
  it('is null while the balance holds, or fails in one column only (a typo)', () => {
    expect(balanceSuspects(lookup(table()))).toBeNull();
    const rows = table();
    rows.set('carriedForward', [69, 6, 0, 0, 6, 0, 80]);
    expect(balanceSuspects(lookup(rows))).toBeNull();
  });

  it('names the one row whose implied values are counts that add up (a line lost and one gained keeps its sum)', () => {
    const rows = table();
    rows.set('newReceived', [2, 9, 19, 0, 2, 217, 249]); // 209 → 2 / 09…: shifted, sum 249 kept
    const s = balanceSuspects(lookup(rows));
    expect(s?.rows).toEqual(['newReceived']);
    expect(s?.columns.length).toBeGreaterThanOrEqual(2);
    // Refused only when its reading is fragile.
    expect(findContradictedRows(lookup(rows), 'divided', (p) => p === 'newReceived')).toEqual([{ rowPath: 'newReceived', columns: s?.columns, why: 'balance', relation: 'balance' }]);
    expect(findContradictedRows(lookup(rows), 'divided', (p) => p === 'carriedOver')).toEqual([]);
  });

  it('names every row that could be the one when two values swap places (each row could take the swap)', () => {
    const rows = table();
    rows.set('carriedForward', [69, 6, 0, 6, 0, 0, 81]); // 0 and 6 swapped: sum holds
    const s = balanceSuspects(lookup(rows));
    expect(s?.rows.length).toBeGreaterThan(1);
    expect(s?.rows).toContain('carriedForward');
  });
});

describe('uncheckedColumns', () => {
  it('is empty where every relation the row takes part in has all its values', () => {
    expect(uncheckedColumns(lookup(table()), 'divided', 'newReceived')).toEqual([]);
    expect(uncheckedColumns(lookup(table()), 'divided', 'granted')).toEqual([]);
  });

  it('names the columns where a value of the relation is null', () => {
    const rows = table();
    const other = [...(rows.get('carriedOver') as number[])];
    other[2] = null as unknown as number;
    rows.set('carriedOver', other);
    // 本年新收 takes part in the balance only: column 2 cannot check it.
    expect(uncheckedColumns(lookup(rows), 'divided', 'newReceived')).toEqual([2]);
    // （一）予以公开 takes part in the result sum, which carriedOver is not in.
    expect(uncheckedColumns(lookup(rows), 'divided', 'granted')).toEqual([]);
  });
});
