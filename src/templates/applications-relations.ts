import type { Count } from '../model/report.js';
import { applicantColumns, applicationRowPaths } from './applications-table.js';

/**
 * The four rows of table 3's balance, 本年新收 + 上年结转 = （七）总计 +
 * 结转下年度 (the template's 第一项加第二项之和，等于第三项加第四项之和).
 */
export const BALANCE_ROWS: readonly string[] = ['newReceived', 'carriedOver', 'total', 'carriedForward'];

/** The rows of 三、本年度办理结果 that add up to （七）总计, in template order. */
export function resultRowPaths(otherHandling: 'divided' | 'undivided'): readonly string[] {
  // Once per layout: the relation checks ask for them row after row.
  return (RESULT_ROWS[otherHandling] ??= Object.freeze(applicationRowPaths(otherHandling).filter((p) => !BALANCE_ROWS.includes(p))));
}

const RESULT_ROWS: { divided?: readonly string[]; undivided?: readonly string[] } = {};

/** How a relation fared over the seven applicant columns. */
export type RelationOutcome = 'holds' | 'fails' | 'unknown';

/** The outcome of table 3's two column relations. */
export interface ColumnRelations {
  /** 本年新收 + 上年结转 = （七）总计 + 结转下年度, in every column. */
  readonly balance: RelationOutcome;
  /** The result rows add up to （七）总计, in every column. */
  readonly results: RelationOutcome;
}

/**
 * Checks table 3's column relations on values looked up by row path and
 * column index. A relation `fails` when it can be checked in some column and
 * does not hold there; `holds` when it can be checked and holds in all seven;
 * else (a value is null) it is `unknown`.
 */
export function checkColumnRelations(value: (rowPath: string, column: number) => Count | undefined, otherHandling: 'divided' | 'undivided'): ColumnRelations {
  const results = resultRowPaths(otherHandling);
  let balance: RelationOutcome = 'holds';
  let sum: RelationOutcome = 'holds';
  for (let c = 0; c < applicantColumns.length; c++) {
    const [a, b, t, f] = BALANCE_ROWS.map((p) => value(p, c) ?? null);
    if (a === null || b === null || t === null || f === null || a === undefined || b === undefined || t === undefined || f === undefined) {
      if (balance === 'holds') balance = 'unknown';
    } else if (a + b !== t + f) {
      balance = 'fails';
    }
    let total = 0;
    let known = true;
    for (const p of results) {
      const v = value(p, c) ?? null;
      if (v === null) {
        known = false;
        break;
      }
      total += v;
    }
    const printed = value('total', c) ?? null;
    if (!known || printed === null) {
      if (sum === 'holds') sum = 'unknown';
    } else if (total !== printed) {
      sum = 'fails';
    }
  }
  return { balance, results: sum };
}
