import type { Report, Section, SectionKind } from '../model/report.js';
import { applicantColumns } from '../templates/applications-table.js';
import { template2019 } from '../templates/template-2019.js';
import { template2021 } from '../templates/template-2021.js';
import { applicantColumnName, applicationRowName, cellName, organizationsName, outcomeName, reviewGroupName } from './cell-names.js';
import { extractNarrativeQuantities, type NarrativeQuantity } from './extract-narrative-quantities.js';
import { makeFinding, type Finding } from './finding.js';
import { measureFamily, MONEY_UNIT, type MeasureFamily, type NarrativeMeasure } from './narrative-words.js';
import { cellSpans, hasTable, readCell } from './read-cell.js';
import { createSectionPositions } from './section-positions.js';

/** Sections whose prose is compared with the tables: 一–四 and 六. */
const NARRATIVE_SECTIONS: ReadonlySet<SectionKind> = new Set(['overview', 'proactive', 'applications', 'reviewLitigation', 'otherMatters']);

/** The table each family of quantities is compared with. */
const TABLE_OF_FAMILY: Readonly<Record<MeasureFamily, 'proactive' | 'applications' | 'reviewLitigation'>> = {
  applications: 'applications',
  reviewLitigation: 'reviewLitigation',
  documents: 'proactive',
  fees: 'proactive',
};

/** 表三's row for each application count. */
const APPLICATION_ROW: Partial<Readonly<Record<NarrativeMeasure, string>>> = {
  received: 'newReceived',
  carriedOver: 'carriedOver',
  closed: 'total',
  carriedForward: 'carriedForward',
};

/** 表四's group for each review count (行政诉讼 is two groups). */
const REVIEW_GROUPS: Partial<Readonly<Record<NarrativeMeasure, readonly string[]>>> = {
  review: ['review'],
  directSuit: ['directSuit'],
  suitAfterReview: ['suitAfterReview'],
  litigation: ['directSuit', 'suitAfterReview'],
};

/** The table value(s) a quantity names: the sum of `paths`, or of `alternative` (also accepted). */
interface Target {
  readonly paths: readonly string[];
  readonly words: string;
  readonly alternative?: readonly string[];
  readonly alternativeWords?: string;
}

/** Longest quote of a sentence in a message. */
const MAX_QUOTE = 60;

/**
 * Narrative vs tables: each quantity of sections 一–四 and 六 that names one
 * table value (see `extractNarrativeQuantities`) is compared with it. A
 * mismatch is a `narrative-mismatch` warning — never an error: the prose may
 * count differently — with the sentence's span first, then the cells'. 受理
 * N 件 matches 本年新收 or 本年新收 + 上年结转 (reports count both ways); money
 * matches when the table value rounds to the stated decimals. A blank table
 * cell makes the quantity `not-assessable`; a table not found is left to
 * `table-missing`.
 */
export function checkNarrative(report: Report): Finding[] {
  const findings: Finding[] = [];
  if (report.meta?.template === 'pre2019') return findings;
  const tables = report.tables ?? [];
  for (const section of report.sections ?? []) {
    if (!section || !NARRATIVE_SECTIONS.has(section.kind) || typeof section.text !== 'string' || !section.bodySpan) continue;
    const base = section.bodySpan.start;
    const exclude = tables.filter((t) => t?.span).map((t) => ({ start: t.span.start - base, end: t.span.end - base }));
    // Positions are needed for a finding only: the line index is built on the first.
    let positions: ReturnType<typeof createSectionPositions> | undefined;
    const at: ReturnType<typeof createSectionPositions> = (start, end) => (positions ??= createSectionPositions(section))(start, end);
    for (const q of extractNarrativeQuantities(section.text, { year: report.meta?.year ?? null, exclude })) {
      if (!hasTable(report, TABLE_OF_FAMILY[measureFamily[q.measure]])) continue;
      const target = targetOf(report, q);
      if (!target) continue;
      const finding = compare(report, section, q, target, at);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function targetOf(report: Report, q: NarrativeQuantity): Target | null {
  const family = measureFamily[q.measure];
  if (family === 'applications') {
    const row = APPLICATION_ROW[q.measure];
    if (row === undefined) return null;
    const columns =
      q.applicant === null
        ? ['total']
        : q.applicant === 'organizations'
          ? applicantColumns.filter((c) => c.key !== 'naturalPerson' && c.key !== 'total').map((c) => c.key)
          : [q.applicant];
    const columnWords =
      q.applicant === null ? '' : q.applicant === 'organizations' ? `（${organizationsName}各列之和）` : `（${applicantColumnName(q.applicant)}）`;
    const paths = columns.map((c) => `applications.${row}.${c}`);
    const target: Target = { paths, words: `表三“${applicationRowName(row)}”${columnWords}` };
    if (q.measure !== 'received') return target;
    return {
      ...target,
      alternative: [...paths, ...columns.map((c) => `applications.carriedOver.${c}`)],
      alternativeWords: `表三“${applicationRowName('newReceived')}+${applicationRowName('carriedOver')}”${columnWords}`,
    };
  }
  if (family === 'reviewLitigation') {
    const groups = REVIEW_GROUPS[q.measure] ?? [];
    if (groups.length === 0) return null;
    return {
      paths: groups.map((g) => `reviewLitigation.${g}.total`),
      words: `表四${groups.map((g) => `“${reviewGroupName(g)}”`).join('与')}${outcomeName('total')}${groups.length > 1 ? '之和' : ''}`,
    };
  }
  const template = report.proactive?.template === '2019' ? '2019' : '2021';
  const layout: Readonly<Record<string, readonly string[] | undefined>> = template === '2019' ? template2019.proactive : template2021.proactive;
  const row = family === 'fees' ? 'fees' : q.document;
  const column = family === 'fees' ? 'amount' : q.measure;
  if (row === null || !(layout[row] ?? []).includes(column)) return null;
  const path = `proactive.${row}.${column}`;
  return { paths: [path], words: cellName(path) };
}

/** The sum of the cells, or the blank ones. */
function total(report: Report, paths: readonly string[]): { value: number | null; blank: string[] } {
  let value = 0;
  const blank: string[] = [];
  for (const p of paths) {
    const v = readCell(report, p);
    if (v === null) blank.push(p);
    else value += v;
  }
  return { value: blank.length > 0 ? null : Number.isInteger(value) ? value : Number(value.toFixed(10)), blank };
}

/** Counts match exactly; money when the table value rounds to the stated decimals. */
function matches(q: NarrativeQuantity, tableValue: number): boolean {
  if (q.unit !== MONEY_UNIT) return tableValue === q.value;
  const dot = q.raw.indexOf('.');
  const decimals = dot < 0 ? 0 : q.raw.length - dot - 1;
  return Math.abs(tableValue - q.value) <= 0.5 * 10 ** -decimals + 1e-9;
}

function compare(report: Report, section: Section, q: NarrativeQuantity, target: Target, at: ReturnType<typeof createSectionPositions>): Finding | null {
  const primary = total(report, target.paths);
  const alternative = target.alternative ? total(report, target.alternative) : null;
  if (primary.value !== null && matches(q, primary.value)) return null;
  if (alternative?.value != null && matches(q, alternative.value)) return null;

  const paths = [...new Set([...target.paths, ...(target.alternative ?? [])])];
  const heading = section.heading || '正文';
  const quote = quoteOf(section.text, q);
  const spans = [at(q.sentenceStart, q.sentenceEnd), ...cellSpans(report, paths)];
  const blank = [...new Set([...primary.blank, ...(alternative?.blank ?? [])])];
  if (primary.value === null || (alternative !== null && alternative.value === null)) {
    return makeFinding({
      code: 'not-assessable',
      severity: 'info',
      message: `${heading}：正文“${quote}”无法与表格核对：${blank.map(cellName).join('、')}为空`,
      messageEn: `${section.kind} section: cannot compare the text's ${q.value} (${describeEn(q)}) with the table; blank: ${blank.join(', ')}`,
      paths,
      spans: [spans[0] as (typeof spans)[number], ...cellSpans(report, blank)],
    });
  }
  const unit = q.unit === MONEY_UNIT ? MONEY_UNIT : '件';
  let side = `${target.words}${primary.value}${unit}`;
  let sideEn = `${target.paths.join(' + ')} = ${primary.value}`;
  if (alternative?.value != null && alternative.value !== primary.value) {
    side += `、${target.alternativeWords ?? ''}${alternative.value}${unit}`;
    sideEn += `, ${(target.alternative ?? []).join(' + ')} = ${alternative.value}`;
  }
  return makeFinding({
    code: 'narrative-mismatch',
    severity: 'warning',
    message: `${heading}：正文“${quote}”与${side}不符（${q.value} ≠ ${primary.value}）`,
    messageEn: `${section.kind} section: the text says ${q.value} (${describeEn(q)}) but ${sideEn}`,
    paths,
    expected: primary.value,
    actual: q.value,
    spans,
  });
}

function describeEn(q: NarrativeQuantity): string {
  const of = q.applicant ?? q.document;
  return of ? `${q.measure}, ${of}` : q.measure;
}

/** The sentence up to the quantity's unit, shortened from the left. */
function quoteOf(text: string, q: NarrativeQuantity): string {
  const quote = text.slice(q.sentenceStart, q.end).replace(/\s+/g, ' ');
  return quote.length > MAX_QUOTE ? `…${quote.slice(quote.length - MAX_QUOTE)}` : quote;
}
