import type { FindingPath } from '../model/report-path.js';
import type { Report } from '../model/report.js';
import type { Span } from '../model/span.js';
import { applicantColumns } from '../templates/applications-table.js';
import { proactiveColumns, proactiveRows } from '../templates/proactive-table.js';
import { template2021 } from '../templates/template-2021.js';
import { applicantColumnName, applicationRowName, cellName } from './cell-names.js';
import { makeFinding, type Finding, type FindingInput } from './finding.js';
import { cellSpans, readCell } from './read-cell.js';
import { append } from '../model/append.js';

/**
 * A finding about two reports of one body in consecutive years. `paths` and
 * `spans` refer to the later report (`report`), `previousPaths` and
 * `previousSpans` to the earlier one (`previousReport`), both as indexes
 * into the array given to {@link validateSeries}.
 *
 * @example
 * ```ts
 * import { parseReport, validateSeries, type SeriesFinding } from 'xxgk-report';
 * // Two sample reports of consecutive years — of two bodies, so their carry-over differs:
 * // texts: examples/reports/001_a057d0496994cc01.txt (2021), examples/reports/000_892e5d3b650a9da1.txt (2022)
 * const findings: SeriesFinding[] = validateSeries(texts.map((t) => parseReport(t)));
 * const f = findings[0];
 * f?.code;           // 'series-carry-over'
 * f?.report;         // 1   the 2022 report: `paths` and `spans` are in it
 * f?.paths;          // ['applications.carriedOver.naturalPerson']     二、上年结转 · 自然人
 * f?.previousReport; // 0   the 2021 report
 * f?.previousPaths;  // ['applications.carriedForward.naturalPerson']  四、结转下年度继续办理 · 自然人
 * f?.message;        // '表三自然人列：2021年度“四、结转下年度继续办理” ≠ 2022年度“二、上年结转”（20 ≠ 34）'
 * ```
 */
export interface SeriesFinding extends Finding {
  /** Index of the report the finding is about (the later year): `paths` and `spans` are in it. */
  readonly report: number;
  /** Index of the earlier report it was compared with, or null when there is none. */
  readonly previousReport: number | null;
  /** The cells involved in the earlier report. */
  readonly previousPaths: readonly FindingPath[];
  /** Their positions in the earlier report's input. */
  readonly previousSpans: readonly Span[];
}

interface Entry {
  readonly report: Report;
  readonly index: number;
}

const columnLabel = (key: string): string => proactiveColumns.find((c) => c.key === key)?.label ?? key;
const rowLabel = (key: string): string => proactiveRows.find((r) => r.key === key)?.label ?? key;

/** 表二 rows that have 现行有效件数 in the 2021 template: 规章, 行政规范性文件. */
const IN_FORCE_ROWS: readonly string[] = Object.entries(template2021.proactive)
  .filter(([, columns]) => (columns as readonly string[]).includes('inForce'))
  .map(([row]) => row);

/**
 * Checks reports of one body in consecutive years against each other:
 * - `series-carry-over` (warning), per applicant column: this year's
 *   二、上年结转 = last year's 四、结转下年度继续办理;
 * - `series-in-force` (info), 2021 template, for 规章 and 行政规范性文件:
 *   现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数
 *   (repeal, revision and merger can break it, hence only info).
 *
 * Reports may come in any order; they are paired by `meta.year`. A report
 * without a year, or two reports of one year, is `not-assessable` (info); a
 * blank cell makes its comparison `not-assessable`. Grouping reports by body
 * is the caller's business. Never mutates or throws on reports; throws a
 * `TypeError` when not given an array.
 *
 * @example
 * ```ts
 * import { parseReport, validateSeries, formatFindings } from 'xxgk-report';
 * // Two sample reports of consecutive years — of two bodies, so their carry-over differs:
 * // texts: examples/reports/001_a057d0496994cc01.txt (2021), examples/reports/000_892e5d3b650a9da1.txt (2022)
 * const files = ['001_a057d0496994cc01.txt', '000_892e5d3b650a9da1.txt'];
 * const reports = texts.map((t) => parseReport(t));
 * for (const f of validateSeries(reports)) {
 *   console.log(formatFindings([f], { file: files[f.report] }));
 * }
 * // 000_892e5d3b650a9da1.txt:55:19 warning series-carry-over 表三自然人列：2021年度“四、结转下年度继续办理” ≠ 2022年度“二、上年结转”（20 ≠ 34）
 * // 000_892e5d3b650a9da1.txt:55:32 warning series-carry-over 表三总计列：2021年度“四、结转下年度继续办理” ≠ 2022年度“二、上年结转”（20 ≠ 34）
 * // 000_892e5d3b650a9da1.txt:35:4 info series-in-force 表二“规章”：2021年度现行有效件数+本年制发件数−本年废止件数 ≠ 2022年度现行有效件数（0+1−0=1 ≠ 3）；修订、合并、失效等也会改变现行有效件数，仅供核对
 * // 000_892e5d3b650a9da1.txt:36:9 info series-in-force 表二“行政规范性文件”：2021年度现行有效件数+本年制发件数−本年废止件数 ≠ 2022年度现行有效件数（1562+209−927=844 ≠ 1632）；修订、合并、失效等也会改变现行有效件数，仅供核对
 * ```
 */
export function validateSeries(reports: readonly Report[]): SeriesFinding[] {
  if (!Array.isArray(reports)) throw new TypeError('validateSeries: expected an array of reports');
  const findings: SeriesFinding[] = [];
  const byYear = new Map<number, Entry[]>();
  reports.forEach((report, index) => {
    const year = report?.meta?.year;
    if (typeof year !== 'number' || !Number.isInteger(year)) {
      findings.push(
        series({ index, previous: null, previousPaths: [], previousSpans: [] }, {
          code: 'not-assessable',
          severity: 'info',
          message: `第${index + 1}份报告未能确定报告年度，无法与其他年度核对`,
          messageEn: `Report ${index} has no year; it cannot be compared with other years`,
          paths: ['meta.year'],
        }),
      );
      return;
    }
    const list = byYear.get(year) ?? [];
    list.push({ report, index });
    byYear.set(year, list);
  });
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (const year of years) {
    const list = byYear.get(year) ?? [];
    if (list.length > 1) {
      for (const entry of list) {
        findings.push(
          series({ index: entry.index, previous: null, previousPaths: [], previousSpans: [] }, {
            code: 'not-assessable',
            severity: 'info',
            message: `${year}年度有${list.length}份报告，无法确定逐年对应关系`,
            messageEn: `${list.length} reports are on ${year}; cannot tell which to compare`,
            paths: ['meta.year'],
          }),
        );
      }
    }
  }
  for (const year of years) {
    const current = byYear.get(year);
    const previous = byYear.get(year - 1);
    if (current?.length !== 1 || previous?.length !== 1) continue;
    const now = current[0] as Entry;
    const before = previous[0] as Entry;
    append(findings, checkCarryOver(now, before, year));
    append(findings, checkInForce(now, before, year));
  }
  return findings;
}

function series(
  at: { index: number; previous: number | null; previousPaths: readonly string[]; previousSpans: readonly Span[] },
  input: FindingInput,
): SeriesFinding {
  // Paths built from template keys, as in makeFinding; the schema test checks them.
  return { ...makeFinding(input), report: at.index, previousReport: at.previous, previousPaths: [...at.previousPaths] as FindingPath[], previousSpans: [...at.previousSpans] };
}

function checkCarryOver(now: Entry, before: Entry, year: number): SeriesFinding[] {
  const findings: SeriesFinding[] = [];
  const thisRow = applicationRowName('carriedOver');
  const lastRow = applicationRowName('carriedForward');
  for (const column of applicantColumns) {
    const path = `applications.carriedOver.${column.key}`;
    const previousPath = `applications.carriedForward.${column.key}`;
    const actual = readCell(now.report, path);
    const expected = readCell(before.report, previousPath);
    const where = `表三${applicantColumnName(column.key)}列`;
    const at = {
      index: now.index,
      previous: before.index,
      previousPaths: [previousPath],
      previousSpans: cellSpans(before.report, [previousPath]),
    };
    if (actual === null || expected === null) {
      const blank = [actual === null ? `${year}年度“${thisRow}”` : '', expected === null ? `${year - 1}年度“${lastRow}”` : ''].filter(Boolean);
      findings.push(
        series(at, {
          code: 'not-assessable',
          severity: 'info',
          message: `${where}：${blank.join('、')}为空，无法核对上下年度结转是否衔接`,
          messageEn: `Table 3, column ${column.key}: cannot compare ${year - 1} carriedForward with ${year} carriedOver; blank: ${[actual === null ? `${year} ${path}` : '', expected === null ? `${year - 1} ${previousPath}` : ''].filter(Boolean).join(', ')}`,
          paths: [path],
          spans: cellSpans(now.report, [path]),
        }),
      );
      continue;
    }
    if (actual === expected) continue;
    findings.push(
      series(at, {
        code: 'series-carry-over',
        severity: 'warning',
        message: `${where}：${year - 1}年度“${lastRow}” ≠ ${year}年度“${thisRow}”（${expected} ≠ ${actual}）`,
        messageEn: `Table 3, column ${column.key}: ${year - 1} carriedForward ≠ ${year} carriedOver (${expected} ≠ ${actual})`,
        paths: [path],
        expected,
        actual,
        spans: cellSpans(now.report, [path]),
      }),
    );
  }
  return findings;
}

function checkInForce(now: Entry, before: Entry, year: number): SeriesFinding[] {
  if (now.report?.proactive?.template !== '2021' || before.report?.proactive?.template !== '2021') return [];
  if (now.report.meta?.template !== '2021' || before.report.meta?.template !== '2021') return [];
  const findings: SeriesFinding[] = [];
  for (const row of IN_FORCE_ROWS) {
    const previousPath = `proactive.${row}.inForce`;
    const paths = ['issued', 'repealed', 'inForce'].map((c) => `proactive.${row}.${c}`);
    const [issued, repealed, inForce] = paths.map((p) => readCell(now.report, p));
    const lastInForce = readCell(before.report, previousPath);
    const at = { index: now.index, previous: before.index, previousPaths: [previousPath], previousSpans: cellSpans(before.report, [previousPath]) };
    const words = `${year - 1}年度${columnLabel('inForce')}+${columnLabel('issued')}−${columnLabel('repealed')} = ${year}年度${columnLabel('inForce')}`;
    if (issued == null || repealed == null || inForce == null || lastInForce === null) {
      const blank = paths.filter((p) => readCell(now.report, p) === null).map((p) => `${year}年度${cellName(p)}`);
      const blankEn = paths.filter((p) => readCell(now.report, p) === null).map((p) => `${year} ${p}`);
      if (lastInForce === null) {
        blank.push(`${year - 1}年度${cellName(previousPath)}`);
        blankEn.push(`${year - 1} ${previousPath}`);
      }
      findings.push(
        series(at, {
          code: 'not-assessable',
          severity: 'info',
          message: `表二“${rowLabel(row)}”：${blank.join('、')}为空，无法核对“${words}”`,
          messageEn: `Table 2, ${row}: cannot check ${year - 1} inForce + issued − repealed = ${year} inForce; blank: ${blankEn.join(', ')}`,
          paths,
          spans: cellSpans(now.report, paths),
        }),
      );
      continue;
    }
    const expected = lastInForce + issued - repealed;
    if (expected === inForce) continue;
    findings.push(
      series(at, {
        code: 'series-in-force',
        severity: 'info',
        message: `表二“${rowLabel(row)}”：${year - 1}年度${columnLabel('inForce')}+${columnLabel('issued')}−${columnLabel('repealed')} ≠ ${year}年度${columnLabel('inForce')}（${lastInForce}+${issued}−${repealed}=${expected} ≠ ${inForce}）；修订、合并、失效等也会改变现行有效件数，仅供核对`,
        messageEn: `Table 2, ${row}: ${year - 1} inForce + issued − repealed ≠ ${year} inForce (${lastInForce} + ${issued} − ${repealed} = ${expected} ≠ ${inForce}); revision, merger and expiry also change it`,
        paths,
        expected,
        actual: inForce,
        spans: cellSpans(now.report, paths),
      }),
    );
  }
  return findings;
}
