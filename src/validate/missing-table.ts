import type { Report } from '../model/report.js';
import { makeFinding, type Finding } from './finding.js';
import { readCell } from './read-cell.js';

/**
 * One `not-assessable` finding for a whole rule family when every cell it
 * needs is blank — the table was not found or not read — instead of one per
 * row or column. Null when any cell has a value.
 */
export function missingTableFinding(report: Report, paths: readonly string[], table: string, tableEn: string, rule: string, ruleEn: string): Finding | null {
  if (paths.some((p) => readCell(report, p) !== null)) return null;
  return makeFinding({
    code: 'not-assessable',
    severity: 'info',
    message: `${table}无数值（未找到或未能读取），无法核对“${rule}”`,
    messageEn: `${tableEn} has no values (not found or not read); cannot check ${ruleEn}`,
    paths,
    spans: [],
  });
}

/** The row of a 表三 path: `applications.denied.stateSecret.total` → `denied.stateSecret`. */
export function rowOfApplicationPath(path: string): string {
  const parts = path.split('.');
  return parts.slice(1, -1).join('.');
}
