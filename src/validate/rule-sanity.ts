import { getPath, reportPaths } from '../templates/flatten-report.js';
import type { Report, Section } from '../model/report.js';
import type { Span } from '../model/span.js';
import { sectionHeadings, type StandardSectionKind } from '../sections/section-headings.js';
import type { ProactiveColumnKey } from '../templates/proactive-table.js';
import { labelKey } from '../text/fold.js';
import { cellName } from './cell-names.js';
import { makeFinding, type Finding } from './finding.js';
import { applicationsLayout, cellSpans, hasTable } from './read-cell.js';

/** 表二 columns that hold money (万元): non-negative, not necessarily whole. */
const MONEY_COLUMNS: ReadonlySet<ProactiveColumnKey> = new Set(['amount']);
/** 表二 columns that are signed: 本年增/减. */
const SIGNED_COLUMNS: ReadonlySet<ProactiveColumnKey> = new Set(['change']);

/** The six standard sections in template order. */
const STANDARD_SECTIONS: readonly StandardSectionKind[] = ['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'otherMatters'];

/** The three standard tables and the section each sits in. */
const STANDARD_TABLES = ['proactive', 'applications', 'reviewLitigation'] as const;

/** What 五、存在的主要问题及改进情况 says when it says nothing. */
const EMPTY_WORDS: ReadonlySet<string> = new Set(['', '无', '暂无', '没有', '无。', '暂无。', '没有。']);

/** The first year of the 2021 template (国办公开办函〔2021〕30号) and of the 2019 template. */
const FIRST_YEAR_2021 = 2021;
const FIRST_YEAR_2019 = 2019;

/**
 * The template's paths per template and layout, built once: the same
 * string objects on every report, so reading a path by them (a map keyed
 * by those strings) needs no hashing of a freshly built string.
 */
const pathLists = new Map<string, readonly string[]>();
function templatePaths(template: Parameters<typeof reportPaths>[0], layout: Parameters<typeof reportPaths>[1]): readonly string[] {
  const key = `${template} ${layout}`;
  let paths = pathLists.get(key);
  if (!paths) pathLists.set(key, (paths = reportPaths(template, layout)));
  return paths;
}

/**
 * Values: counts are non-negative whole numbers (`negative-count`,
 * `non-integer-count`, errors); money is non-negative (`negative-amount`);
 * 本年增/减 is signed but whole.
 */
export function checkValues(report: Report): Finding[] {
  const findings: Finding[] = [];
  const template = report.meta?.template ?? 'unknown';
  for (const path of templatePaths(template, applicationsLayout(report))) {
    if (path.startsWith('meta.')) continue;
    const value = getPath(report, path);
    if (typeof value !== 'number') continue;
    const isProactive = path.startsWith('proactive.');
    const column = isProactive ? (path.slice(path.lastIndexOf('.') + 1) as ProactiveColumnKey) : undefined;
    // Looked up only for a finding: most values are fine.
    const spans = (): Span[] => cellSpans(report, [path]);
    if (!Number.isFinite(value)) {
      findings.push(
        makeFinding({
          code: 'non-integer-count',
          severity: 'error',
          message: `${cellName(path)}不是有效数值（${value}）`,
          messageEn: `${path} is not a finite number (${value})`,
          paths: [path],
          spans: spans(),
        }),
      );
      continue;
    }
    if (column !== undefined && MONEY_COLUMNS.has(column)) {
      if (value < 0) {
        findings.push(
          makeFinding({
            code: 'negative-amount',
            severity: 'error',
            message: `${cellName(path)}为负数（${value}），金额不能为负`,
            messageEn: `${path} is negative (${value}); an amount cannot be negative`,
            paths: [path],
            actual: value,
            spans: spans(),
          }),
        );
      }
      continue;
    }
    if (!(column !== undefined && SIGNED_COLUMNS.has(column)) && value < 0) {
      findings.push(
        makeFinding({
          code: 'negative-count',
          severity: 'error',
          message: `${cellName(path)}为负数（${value}），件数不能为负`,
          messageEn: `${path} is negative (${value}); a count cannot be negative`,
          paths: [path],
          actual: value,
          spans: spans(),
        }),
      );
    }
    if (!Number.isInteger(value)) {
      findings.push(
        makeFinding({
          code: 'non-integer-count',
          severity: 'error',
          message: `${cellName(path)}不是整数（${value}），件数应为整数`,
          messageEn: `${path} is not a whole number (${value}); a count must be one`,
          paths: [path],
          actual: value,
          spans: spans(),
        }),
      );
    }
  }
  return findings;
}

/**
 * The template against the year: 2021-template tables in a report on
 * 2019–2020, or 2019-template tables in a report on 2021 or later, are a
 * `template-year-mismatch` warning. A 2021 report with one （六）其他处理
 * row (the hybrid many bodies used) is fine; a divided （六） in a report on
 * 2019–2020 whose 表二 follows the 2019 template is a 2021-template 表三.
 */
export function checkTemplateYear(report: Report): Finding[] {
  const year = report.meta?.year;
  const template = report.meta?.template;
  if (typeof year !== 'number' || year < FIRST_YEAR_2019) return [];
  const tableSpan = (table: (typeof STANDARD_TABLES)[number]): Span[] =>
    (report.tables ?? []).filter((t) => t?.table === table && t.span).map((t) => t.span);
  if (template === '2021' && year < FIRST_YEAR_2021) {
    return [
      makeFinding({
        code: 'template-year-mismatch',
        severity: 'warning',
        message: `报告年度为${year}年，应使用2019年版模板，但表格为2021年版模板`,
        messageEn: `The report is on ${year}, which takes the 2019 template, but its tables follow the 2021 template`,
        paths: ['meta.template', 'meta.year'],
        spans: tableSpan('proactive'),
      }),
    ];
  }
  if (template === '2019' && year >= FIRST_YEAR_2021) {
    return [
      makeFinding({
        code: 'template-year-mismatch',
        severity: 'warning',
        message: `报告年度为${year}年，应使用2021年版模板，但表格为2019年版模板`,
        messageEn: `The report is on ${year}, which takes the 2021 template, but its tables follow the 2019 template`,
        paths: ['meta.template', 'meta.year'],
        spans: tableSpan('proactive'),
      }),
    ];
  }
  if (template === '2019' && hasTable(report, 'applications') && applicationsLayout(report) === 'divided') {
    return [
      makeFinding({
        code: 'template-year-mismatch',
        severity: 'warning',
        message: `报告年度为${year}年，表三却将（六）其他处理分为三行（2021年版模板）`,
        messageEn: `The report is on ${year}, but table 3 divides otherHandling into three rows (2021 template)`,
        paths: ['meta.template', 'meta.year', 'applications.otherHandling'],
        spans: tableSpan('applications'),
      }),
    ];
  }
  return [];
}

/** The heading label of a standard section: 二、主动公开政府信息情况. */
function sectionLabel(kind: StandardSectionKind): string {
  return sectionHeadings.find((h) => h.key === kind)?.label ?? kind;
}

/**
 * Structure: each of the six standard sections present (`section-missing`,
 * warning), each of the three tables found (`table-missing`, warning, at its
 * section when there is one), and 五 not empty (`section-empty`, info).
 * Reports before 2019 follow the older layout and are not checked.
 */
export function checkStructure(report: Report): Finding[] {
  if (report.meta?.template === 'pre2019') return [];
  const findings: Finding[] = [];
  const sections: readonly Section[] = (report.sections ?? []).filter((s): s is Section => Boolean(s));
  for (const kind of STANDARD_SECTIONS) {
    if (sections.some((s) => s.kind === kind)) continue;
    findings.push(
      makeFinding({
        code: 'section-missing',
        severity: 'warning',
        message: `缺少“${sectionLabel(kind)}”部分`,
        messageEn: `Section ${kind} (${sectionLabel(kind)}) not found`,
        paths: [],
        spans: [],
      }),
    );
  }
  for (const table of STANDARD_TABLES) {
    if (hasTable(report, table)) continue;
    const section = sections.find((s) => s.kind === table);
    findings.push(
      makeFinding({
        code: 'table-missing',
        severity: 'warning',
        message: `未找到“${sectionLabel(table)}”的表格`,
        messageEn: `The table of section ${table} was not found`,
        paths: [table],
        spans: section?.span ? [section.span] : [],
      }),
    );
  }
  for (const section of sections) {
    if (section.kind !== 'problems') continue;
    const key = labelKey(section.text ?? '');
    if (!EMPTY_WORDS.has(key)) continue;
    const said = key === '' ? '为空' : `仅写“${key}”`;
    findings.push(
      makeFinding({
        code: 'section-empty',
        severity: 'info',
        message: `“${section.heading || sectionLabel('problems')}”部分${said}，未说明存在的问题及改进情况`,
        messageEn: `Section problems ${key === '' ? 'is empty' : `only says "${key}"`}; it should state problems and improvements`,
        paths: [],
        spans: section.span ? [section.span] : [],
      }),
    );
  }
  return findings;
}
