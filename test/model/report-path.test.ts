import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  flattenReport,
  parseReport,
  reportPaths,
  type ApplicationsPath,
  type DiagnosticPath,
  type FlatValue,
  type MetaPath,
  type ProactivePath2019,
  type ProactivePath2021,
  type Report,
  type ReportPath,
  type ReportPath2019,
  type ReportPath2021,
  type ReviewLitigationPath,
} from '../../src/index.js';
import { sampleReports } from '../helpers/sample-reports.js';

// The oracle: the template's rows and columns written out by hand from the
// 2019 and 2021 templates (国办公开办函〔2019〕60号, 〔2021〕30号), not read
// from src/templates/. The types are derived from that data; these lists
// check the derivation, at compile time (expectTypeOf, checked by
// `npm run typecheck`) and at run time against reportPaths.
const META = ['title', 'organization', 'year', 'template', 'publishedAt', 'source'] as const;
const PROACTIVE_2021 = [
  'regulations.issued', 'regulations.repealed', 'regulations.inForce',
  'normativeDocuments.issued', 'normativeDocuments.repealed', 'normativeDocuments.inForce',
  'licensing.decisions', 'punishment.decisions', 'enforcement.decisions', 'fees.amount',
] as const;
const ITEMS_2019 = ['previousYearItems', 'change', 'decisions'] as const;
const DOCUMENTS_2019 = ['newlyMade', 'newlyPublished', 'totalPublished'] as const;
const PROACTIVE_2019 = [
  ...DOCUMENTS_2019.map((c) => `regulations.${c}` as const),
  ...DOCUMENTS_2019.map((c) => `normativeDocuments.${c}` as const),
  ...ITEMS_2019.map((c) => `licensing.${c}` as const),
  ...ITEMS_2019.map((c) => `otherServices.${c}` as const),
  ...ITEMS_2019.map((c) => `punishment.${c}` as const),
  ...ITEMS_2019.map((c) => `enforcement.${c}` as const),
  'fees.previousYearItems', 'fees.change', 'procurement.projects', 'procurement.amount',
] as const;
const ROWS = [
  'newReceived', 'carriedOver', 'granted', 'partiallyGranted',
  'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.threeSecurities', 'denied.thirdPartyRights',
  'denied.internalAffairs', 'denied.processInformation', 'denied.enforcementFile', 'denied.administrativeQuery',
  'unableToProvide.notHeld', 'unableToProvide.needsCreation', 'unableToProvide.unclearAfterCorrection',
  'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation',
  'otherHandling.noCorrection', 'otherHandling.unpaidFee', 'otherHandling.other', 'otherHandling.total',
  'total', 'carriedForward',
] as const;
const APPLICANTS = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total'] as const;
const GROUPS = ['review', 'directSuit', 'suitAfterReview'] as const;
const OUTCOMES = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

type Oracle2021 = `proactive.${(typeof PROACTIVE_2021)[number]}`;
type Oracle2019 = `proactive.${(typeof PROACTIVE_2019)[number]}`;
type OracleApplications = `applications.${(typeof ROWS)[number]}.${(typeof APPLICANTS)[number]}`;
type OracleReview = `reviewLitigation.${(typeof GROUPS)[number]}.${(typeof OUTCOMES)[number]}`;

const oracle = (template: '2021' | '2019', layout: 'divided' | 'undivided'): string[] => [
  ...META.map((m) => `meta.${m}`),
  ...(template === '2021' ? PROACTIVE_2021 : PROACTIVE_2019).map((p) => `proactive.${p}`),
  ...ROWS.filter((r) => (layout === 'divided' ? r !== 'otherHandling.total' : !/^otherHandling\.(noCorrection|unpaidFee|other)$/.test(r))).flatMap((r) =>
    APPLICANTS.map((c) => `applications.${r}.${c}`),
  ),
  ...GROUPS.flatMap((g) => OUTCOMES.map((o) => `reviewLitigation.${g}.${o}`)),
];

describe('ReportPath', () => {
  it('is, part by part, exactly the paths of the templates (checked by the compiler)', () => {
    expectTypeOf<MetaPath>().toEqualTypeOf<`meta.${(typeof META)[number]}`>();
    expectTypeOf<ProactivePath2021>().toEqualTypeOf<Oracle2021>();
    expectTypeOf<ProactivePath2019>().toEqualTypeOf<Oracle2019>();
    expectTypeOf<ApplicationsPath>().toEqualTypeOf<OracleApplications>();
    expectTypeOf<ReviewLitigationPath>().toEqualTypeOf<OracleReview>();
    expectTypeOf<ReportPath2021>().toEqualTypeOf<MetaPath | Oracle2021 | OracleApplications | OracleReview>();
    expectTypeOf<ReportPath2019>().toEqualTypeOf<MetaPath | Oracle2019 | OracleApplications | OracleReview>();
    expectTypeOf<ReportPath>().toEqualTypeOf<ReportPath2021 | ReportPath2019>();
    expect(ROWS).toHaveLength(26);
  });

  it.each([
    ['2021', 'divided'],
    ['2021', 'undivided'],
    ['2019', 'divided'],
    ['2019', 'undivided'],
  ] as const)('covers what reportPaths(%s, %s) lists at run time, in the template order', (template, layout) => {
    expect(reportPaths(template, layout)).toEqual(oracle(template, layout));
  });

  it('does not compile for a misspelt path, in sources, flattenReport or a finding', () => {
    const report: Report = parseReport('');
    // @ts-expect-error — 'newReceivd' is no row of table 3
    expect(report.sources['applications.newReceivd.total']).toBeUndefined();
    // @ts-expect-error — 'Total' is no applicant column
    expect(flattenReport(report)['applications.total.Total']).toBeUndefined();
    // @ts-expect-error — table 2 has no 'applications' row
    const wrong: ReportPath = 'proactive.applications.total';
    expect(wrong).toBe('proactive.applications.total');
    // A correct path compiles, and reads a value or null.
    expectTypeOf(flattenReport(report)['applications.total.total']).toEqualTypeOf<FlatValue | undefined>();
    expect(flattenReport(report)['applications.total.total']).toBeNull();
  });

  it('types reportPaths by template', () => {
    expectTypeOf(reportPaths('2021', 'divided')).toEqualTypeOf<ReportPath2021[]>();
    expectTypeOf(reportPaths('2019', 'undivided')).toEqualTypeOf<ReportPath2019[]>();
    expectTypeOf(reportPaths('unknown', 'divided')).toEqualTypeOf<ReportPath2021[]>();
    // @ts-expect-error — the 2019 template has no 本年制发件数
    const issued: ReportPath2019 = 'proactive.regulations.issued';
    expect(reportPaths('2019', 'undivided')).not.toContain(issued);
  });
});

describe('DiagnosticPath', () => {
  it('covers every path the parser gives a diagnostic, on seeds, layouts, the corpus and hostile inputs', () => {
    // The set a DiagnosticPath can take, from the oracle above.
    const valuePaths = new Set([...oracle('2021', 'divided'), ...oracle('2019', 'undivided'), ...oracle('2021', 'undivided')]);
    const wider = new Set<string>([
      'meta.statisticsPeriod',
      'proactive', 'applications', 'reviewLitigation',
      ...['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'punishment', 'enforcement', 'fees', 'procurement'].map((r) => `proactive.${r}`),
      ...ROWS.map((r) => `applications.${r}`),
      ...['denied', 'unableToProvide', 'notProcessed', 'otherHandling'].map((g) => `applications.${g}`),
      ...GROUPS.map((g) => `reviewLitigation.${g}`),
    ]);
    expectTypeOf<'applications.denied'>().toExtend<DiagnosticPath>();
    expectTypeOf<'reviewLitigation'>().toExtend<DiagnosticPath>();
    expectTypeOf<'applications.results'>().not.toExtend<DiagnosticPath>();
    const seen = new Set<string>();
    for (const { report } of sampleReports()) {
      for (const d of report.diagnostics) if (d.path !== undefined) seen.add(d.path);
    }
    // Value paths, row paths and table paths all occur.
    expect([...seen].some((p) => valuePaths.has(p))).toBe(true);
    expect([...seen].some((p) => wider.has(p))).toBe(true);
    expect([...seen].filter((p) => !valuePaths.has(p) && !wider.has(p))).toEqual([]);
  });
});
