import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport, reportPaths, validate, validateSeries, type Finding, type Report } from '../../src/index.js';
import { documentReports, sampleReports, type SampleReport } from '../helpers/sample-reports.js';
import { loadSeeds } from '../helpers/seeds.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Schema = { $defs: Record<string, SchemaNode> } & SchemaNode;
interface SchemaNode {
  readonly properties?: Record<string, SchemaNode>;
  readonly required?: readonly string[];
  readonly enum?: readonly string[];
  readonly $ref?: string;
}
const reportSchema = JSON.parse(readFileSync(`${root}schema/report.schema.json`, 'utf8')) as Schema;
const findingSchema = JSON.parse(readFileSync(`${root}schema/finding.schema.json`, 'utf8')) as Schema;

// ajv 8 in strict mode: a schema with an unknown keyword or a mistake fails to compile.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const checkReport = ajv.compile(reportSchema);
const checkFinding = ajv.compile(findingSchema);

/** The JSON a user reads: what JSON.stringify makes of the value. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const errorsOf = (check: typeof checkReport, value: unknown): string[] =>
  check(asJson(value)) ? [] : (check.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);

describe('schema/report.schema.json and schema/finding.schema.json', () => {
  let samples: SampleReport[] = [];
  beforeAll(async () => {
    samples = [...sampleReports(), ...(await documentReports())];
  });

  it('accept every report of the seeds, layouts, corpus, document readers and hostile inputs', () => {
    expect(samples.length).toBeGreaterThan(90);
    expect(samples.filter((s) => s.report.document !== undefined).length).toBeGreaterThan(0);
    expect(samples.flatMap((s) => errorsOf(checkReport, s.report).map((e) => `${s.name}: ${e}`))).toEqual([]);
  });

  it("accept every finding validate gives for those reports, and validateSeries' findings", () => {
    const findings: Finding[] = samples.flatMap((s) => validate(s.report));
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThanOrEqual(6);
    expect(findings.some((f) => f.disturbances !== undefined)).toBe(true);
    const seeds = loadSeeds().map((s) => parseReport(s.text));
    const series = validateSeries([...seeds, ...seeds.map((r) => ({ ...r, meta: { ...r.meta, year: (r.meta.year ?? 2000) + 1 } }))]);
    expect(series.length).toBeGreaterThan(0);
    expect([...findings, ...series].flatMap((f) => errorsOf(checkFinding, f).map((e) => `${f.code}: ${e}`))).toEqual([]);
  });

  it('reject a string where a number is, a misspelt path, a missing field and a field too many', () => {
    const report = asJson(parseReport(loadSeeds()[0]?.text ?? '')) as Report & Record<string, unknown>;
    expect(errorsOf(checkReport, report)).toEqual([]);
    const stringCount = { ...report, applications: { ...report.applications, total: { ...report.applications.total, total: '1350' } } };
    expect(checkReport(stringCount)).toBe(false);
    const source = report.sources['applications.total.total'];
    expect(checkReport({ ...report, sources: { ...report.sources, 'applications.newReceivd.total': source } })).toBe(false);
    const { meta: _meta, ...noMeta } = report;
    expect(checkReport(noMeta)).toBe(false);
    expect(checkReport({ ...report, extra: 1 })).toBe(false);
    expect(checkReport({ ...report, proactive: { ...report.proactive, template: '2020' } })).toBe(false);
    expect(checkReport({ ...report, diagnostics: [{ code: 'no-such-code', severity: 'info', message: '', messageEn: '', span: { start: 0, end: 0, line: 1, column: 1 } }] })).toBe(false);
    const finding = { code: 'row-sum', severity: 'error', message: '', messageEn: '', paths: ['applications.total.total'], spans: [] };
    expect(checkFinding(finding)).toBe(true);
    expect(checkFinding({ ...finding, paths: ['applications.total.Total'] })).toBe(false);
    expect(checkFinding({ ...finding, expected: '3' })).toBe(false);
    expect(checkFinding({ ...finding, code: 'rowsum' })).toBe(false);
    const disturbance = { code: 'row-unchecked', path: 'applications.total', line: 3, column: 1, blank: false };
    expect(checkFinding({ ...finding, disturbances: [disturbance] })).toBe(true);
    expect(checkFinding({ ...finding, disturbances: [] })).toBe(false);
    expect(checkFinding({ ...finding, disturbances: [{ ...disturbance, code: 'row-sum' }] })).toBe(false);
    expect(checkFinding({ ...finding, disturbances: [{ ...disturbance, blank: 'no' }] })).toBe(false);
  });

  it('list exactly the model paths of both templates, and their diagnostic and finding codes', () => {
    const paths = new Set(['2021', '2019'].flatMap((t) => (['divided', 'undivided'] as const).flatMap((l) => reportPaths(t as '2021' | '2019', l))));
    expect(new Set(reportSchema.$defs['ReportPath']?.enum)).toEqual(paths);
    // A finding names what a diagnostic may name (FindingPath = DiagnosticPath):
    // the values, and a table when it is missing, a group when its layout is in doubt.
    const findingPaths = new Set(findingSchema.$defs['FindingPath']?.enum);
    expect(findingPaths).toEqual(new Set(reportSchema.$defs['DiagnosticPath']?.enum));
    for (const p of [...paths, 'proactive', 'applications', 'reviewLitigation', 'applications.otherHandling']) expect(findingPaths.has(p), p).toBe(true);
    expect(new Set(reportSchema.$defs['Diagnostic']?.properties?.['code']?.enum)).toEqual(new Set(keysOf('DiagnosticCodes')));
    expect(new Set(findingSchema.properties?.['code']?.enum)).toEqual(new Set(keysOf('FindingCodes')));
  });

  // The other direction: every interface of the model has in the schema
  // exactly its properties, optional ones optional — read from the
  // declarations through the compiler API, not from a list of our own.
  it.each([
    'Report', 'ReportMeta', 'Section', 'Span', 'PageBox', 'CellSource', 'FoundTable', 'Diagnostic', 'DocumentInfo',
    'ApplicationsTable', 'ApplicantCounts', 'DeniedRows', 'UnableToProvideRows', 'NotProcessedRows', 'OtherHandlingDivided', 'OtherHandlingUndivided',
    'ReviewLitigationTable', 'OutcomeCounts', 'Proactive2021', 'Proactive2019', 'DocumentCounts2021', 'Decisions2021', 'DocumentCounts2019', 'ItemCounts2019',
    'Finding', 'Disturbance',
  ])('describe %s with exactly the properties of its type', (name) => {
    const node = name === 'Report' ? reportSchema : name === 'Finding' ? findingSchema : name === 'Disturbance' ? findingSchema.$defs[name] : reportSchema.$defs[name];
    expect(node, name).toBeDefined();
    // The finding schema describes a SeriesFinding too: what it adds is optional there.
    const declared =
      name === 'Finding'
        ? propertiesOf('SeriesFinding').map((p) => (propertiesOf('Finding').some((q) => q.name === p.name) ? p : { ...p, optional: true }))
        : propertiesOf(name);
    expect(Object.keys(node?.properties ?? {}).sort()).toEqual(declared.map((p) => p.name).sort());
    expect([...(node?.required ?? [])].sort()).toEqual(declared.filter((p) => !p.optional).map((p) => p.name).sort());
  });
});

// The public declarations, through the compiler API.
const program = ts.createProgram({ rootNames: [`${root}src/index.ts`], options: { strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 } });
const checker = program.getTypeChecker();
const exported = new Map(
  checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(`${root}src/index.ts`)!)!).map((s) => [s.name, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s]),
);
function propertiesOf(name: string): { name: string; optional: boolean }[] {
  const symbol = exported.get(name);
  if (!symbol) throw new Error(`not exported: ${name}`);
  return checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).map((p) => ({ name: p.name, optional: (p.flags & ts.SymbolFlags.Optional) !== 0 }));
}
function keysOf(name: string): string[] {
  return propertiesOf(name).map((p) => p.name);
}
