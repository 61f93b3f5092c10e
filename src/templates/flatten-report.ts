import { applicantColumns, applicationRowPaths } from './applications-table.js';
import { template2019 } from './template-2019.js';
import { template2021 } from './template-2021.js';
import { reviewPaths } from './review-litigation-table.js';
import type { Report, TemplateId } from '../model/report.js';
import type { ReportPath, ReportPath2019, ReportPath2021 } from '../model/report-path.js';

/**
 * The value of one flattened path.
 *
 * @example
 * ```ts
 * import { parseReport, flattenReport, type FlatValue } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const flat: FlatReport = flattenReport(report);
 * flat['meta.organization'];     // '驻马店市人民政府'
 * flat['proactive.fees.amount']; // 61175.6871   行政事业性收费 · 本年收费金额（单位：万元）
 * flat['meta.publishedAt'];      // null         发布时间: not in this report
 * ```
 */
export type FlatValue = number | string | null;

/**
 * A flattened report: `{ path: value }` with the paths of its template (see
 * {@link reportPaths}). Keyed by {@link ReportPath}, so a misspelt path does
 * not compile; a path of the other template is absent (`undefined`).
 *
 * @example
 * ```ts
 * import { flattenReport, parseReport, type FlatReport } from 'xxgk-report';
 * const flat: FlatReport = flattenReport(parseReport(text)); // text: examples/reports/000_892e5d3b650a9da1.txt
 * flat['applications.total.total'];     // 1350        （七）总计 · 总计
 * flat['proactive.procurement.amount']; // undefined   a 2019-template path; this report is 2021
 * ```
 */
export type FlatReport = { readonly [P in ReportPath]?: FlatValue };

const META_PATHS = ['title', 'organization', 'year', 'template', 'publishedAt', 'source'] as const;

/**
 * Every path of a report of this shape, in template order: `meta.*`, then
 * `proactive.*` for the template (2021 shape for `unknown` and `pre2019`),
 * `applications.<row>.<col>` with （六） divided or undivided, and
 * `reviewLitigation.<group>.<outcome>`. CSV export and `validate` use these
 * paths.
 *
 * @example
 * ```ts
 * import { reportPaths } from 'xxgk-report';
 * reportPaths('2021', 'divided').length;   // 206   2021 template, （六）其他处理 in three rows
 * reportPaths('2019', 'undivided').length; // 204
 * reportPaths('2021', 'divided')[6];       // 'proactive.regulations.issued'   规章 · 本年制发件数
 * ```
 */
export function reportPaths(template: '2019', otherHandling: 'divided' | 'undivided'): ReportPath2019[];
export function reportPaths(template: '2021' | 'pre2019' | 'unknown', otherHandling: 'divided' | 'undivided'): ReportPath2021[];
export function reportPaths(template: TemplateId, otherHandling: 'divided' | 'undivided'): ReportPath[];
export function reportPaths(template: TemplateId, otherHandling: 'divided' | 'undivided'): ReportPath[] {
  // Built from the template data as strings; ReportPath is derived from the
  // same data, and test/model/report-path.test.ts checks the two agree.
  const paths: string[] = META_PATHS.map((k) => `meta.${k}`);
  const proactive = template === '2019' ? template2019.proactive : template2021.proactive;
  for (const [row, columns] of Object.entries(proactive)) {
    for (const column of columns as readonly string[]) paths.push(`proactive.${row}.${column}`);
  }
  for (const row of applicationRowPaths(otherHandling)) {
    for (const col of applicantColumns) paths.push(`applications.${row}.${col.key}`);
  }
  for (const p of reviewPaths) paths.push(`reviewLitigation.${p}`);
  return paths as ReportPath[];
}

/** The （六）其他处理 layout of a report's table 3. */
export function otherHandlingLayout(report: Report): 'divided' | 'undivided' {
  return 'total' in report.applications.otherHandling ? 'undivided' : 'divided';
}

/**
 * Every template path split at its dots, once: `validate` and
 * `flattenReport` read some 200 paths per report, and splitting each again
 * on every read was a tenth of the CLI's time. Keyed by our own constant
 * paths only, so the map never grows; any other path is split when read.
 */
let splitPaths: Map<string, readonly string[]> | undefined;
function partsOf(path: string): readonly string[] {
  if (!splitPaths) {
    splitPaths = new Map();
    for (const template of ['2019', '2021'] as const) {
      for (const layout of ['divided', 'undivided'] as const) {
        for (const p of reportPaths(template, layout)) splitPaths.set(p, p.split('.'));
      }
    }
  }
  return splitPaths.get(path) ?? path.split('.');
}

/** Reads a dotted path from a report; `undefined` when it is not there. */
export function getPath(report: Report, path: string): FlatValue | undefined {
  let node: unknown = report;
  for (const part of partsOf(path)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' || typeof node === 'string' || node === null ? node : undefined;
}

/**
 * Flattens a report to `{ path: value }` with exactly the paths of
 * {@link reportPaths} for its template, in that order.
 *
 * @example
 * ```ts
 * import { flattenReport, parseReport } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * const flat = flattenReport(parseReport(text));
 * flat['applications.newReceived.total']; // 1320   一、本年新收政府信息公开申请数量 · 总计
 * flat['meta.year']; // 2022
 * ```
 */
export function flattenReport(report: Report): FlatReport {
  const flat: { [P in ReportPath]?: FlatValue } = {};
  for (const path of reportPaths(report.meta.template, otherHandlingLayout(report))) {
    flat[path] = getPath(report, path) ?? null;
  }
  return flat;
}
