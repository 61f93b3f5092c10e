import fc from 'fast-check';
import { applicantColumns, applicationRowPaths, applicationRows } from '../../src/templates/applications-table.js';

/** Table-3 values by row path → seven numbers in column order. */
export type Table3 = Map<string, number[]>;

const RESULT_ROWS = applicationRowPaths('divided').filter((p) => !['newReceived', 'carriedOver', 'total', 'carriedForward'].includes(p));

/**
 * A consistent table 3 (2021 template): every row's 总计 is the sum of its six
 * applicant columns, （七）总计 sums the result rows, and per column
 * 新收 + 上年结转 = 总计 + 结转下年度.
 */
export const consistentTable3: fc.Arbitrary<Table3> = fc
  .record({
    results: fc.array(fc.array(fc.nat({ max: 400 }), { minLength: 6, maxLength: 6 }), { minLength: RESULT_ROWS.length, maxLength: RESULT_ROWS.length }),
    carriedOver: fc.array(fc.nat({ max: 50 }), { minLength: 6, maxLength: 6 }),
    carriedForward: fc.array(fc.nat({ max: 50 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ results, carriedOver, carriedForward }) => {
    const withTotal = (six: number[]): number[] => [...six, six.reduce((a, b) => a + b, 0)];
    const table: Table3 = new Map();
    RESULT_ROWS.forEach((p, k) => table.set(p, withTotal(results[k] as number[])));
    const totalSix = [0, 1, 2, 3, 4, 5].map((c) => results.reduce((a, r) => a + (r[c] as number), 0));
    // Choose 新收 so that the balance holds: 新收 = 总计 + 结转下年度 − 上年结转, kept ≥ 0.
    const carried = carriedOver.map((v, c) => Math.min(v, (totalSix[c] as number) + (carriedForward[c] as number)));
    const newSix = totalSix.map((t, c) => t + (carriedForward[c] as number) - (carried[c] as number));
    table.set('newReceived', withTotal(newSix));
    table.set('carriedOver', withTotal(carried));
    table.set('total', withTotal(totalSix));
    table.set('carriedForward', withTotal(carriedForward));
    return table;
  });

/** Row labels as the template prints them, with the group label on each group's first row. */
export function rowLabels(path: string): { group: string | null; label: string } {
  const entry = applicationRows.find((r) => r.path === path);
  const label = entry?.label ?? path;
  const groupOf: Record<string, string> = {
    granted: '三、本年度办理结果',
    'denied.stateSecret': '（三）不予公开',
    'unableToProvide.notHeld': '（四）无法提供',
    'notProcessed.complaint': '（五）不予处理',
    'otherHandling.noCorrection': '（六）其他处理',
  };
  return { group: groupOf[path] ?? null, label };
}

/** The column keys in template order. */
export const columnKeys = applicantColumns.map((c) => c.key);
