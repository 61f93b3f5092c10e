// Writes schema/report.schema.json and schema/finding.schema.json: JSON
// Schemas (draft 2020-12) of the JSON of a Report and of a Finding, for
// users who read our JSON from Python, R or another language.
//
// The shape is written here once, following src/model/*.ts and
// src/validate/finding.ts; the lists that are data — every model path, the
// diagnostic and finding codes — come from the built package (dist/) and
// from the TypeScript declarations, so they cannot drift by hand.
// test/schema/schema.test.ts checks the result against the types (every
// interface's properties, both ways) and validates real outputs with ajv.
//
// Run after `npm run build`: node scripts/make-schema.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { reportPaths } = await import(`${root}dist/index.js`);
const BASE = 'https://github.com/xxgk-report/xxgk-report/blob/main/schema/';

/** The keys of an interface of `name` in a source file: `'key': true;` lines. */
function codesOf(file, name) {
  const text = readFileSync(`${root}${file}`, 'utf8');
  const body = text.slice(text.indexOf(`export interface ${name} {`), text.indexOf('\n}\n', text.indexOf(`export interface ${name} {`)));
  return [...body.matchAll(/^ {2}'([a-z0-9-]+)': true;$/gm)].map((m) => m[1]);
}

const valuePaths = [...new Set(['2021', '2019'].flatMap((t) => ['divided', 'undivided'].flatMap((l) => reportPaths(t, l))))];
const rowPaths = [...new Set(valuePaths.filter((p) => p.startsWith('applications.')).map((p) => p.split('.').slice(0, -1).join('.')))];
const diagnosticPaths = [
  ...valuePaths,
  'meta.statisticsPeriod',
  'proactive',
  'applications',
  'reviewLitigation',
  ...['regulations', 'normativeDocuments', 'licensing', 'otherServices', 'punishment', 'enforcement', 'fees', 'procurement'].map((r) => `proactive.${r}`),
  ...rowPaths,
  ...['denied', 'unableToProvide', 'notProcessed', 'otherHandling'].map((g) => `applications.${g}`),
  ...['review', 'directSuit', 'suitAfterReview'].map((g) => `reviewLitigation.${g}`),
];

const ref = (name) => ({ $ref: `#/$defs/${name}` });
/** An object with exactly these properties, the ones named in `optional` optional. */
function object(description, properties, optional = []) {
  return {
    type: 'object',
    description,
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false,
  };
}
const counts = (description, keys) => object(description, Object.fromEntries(keys.map((k) => [k, ref('Count')])));
const rows = (description, keys, of) => object(description, Object.fromEntries(keys.map((k) => [k, ref(of)])));
const string = { type: 'string' };
const nullableString = { type: ['string', 'null'] };
const nonNegativeInteger = { type: 'integer', minimum: 0 };

const severity = { enum: ['error', 'warning', 'info'], description: 'error: a value was lost (or the arithmetic fails); warning: suspicious; info: worth knowing.' };
const span = object('A position in the input: start/end offsets (0-based, UTF-16 code units), line and column of start (1-based).', {
  start: nonNegativeInteger,
  end: nonNegativeInteger,
  line: { type: 'integer', minimum: 1 },
  column: { type: 'integer', minimum: 1 },
});
const reportPath = { enum: valuePaths, description: 'A model path, as flattenReport emits it (ReportPath).' };

const report = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}report.schema.json`,
  title: 'xxgk-report Report',
  ...object('The JSON of a Report of xxgk-report (parseReport, parseDocument; the `report` of each record of the CLI\'s `parse --format json`): a government-information-disclosure annual report (政府信息公开工作年度报告) read into the template\'s tables. Every value is a number or null; null is never 0.', {
    meta: ref('ReportMeta'),
    sections: { type: 'array', items: ref('Section') },
    proactive: { oneOf: [ref('Proactive2021'), ref('Proactive2019')] },
    applications: ref('ApplicationsTable'),
    reviewLitigation: ref('ReviewLitigationTable'),
    tables: { type: 'array', items: ref('FoundTable') },
    sources: {
      type: 'object',
      description: 'Where each value came from, keyed by its path (ReportPath); a placeholder cell (-, /, —, 无) is here with its raw text while its value is null.',
      propertyNames: ref('ReportPath'),
      additionalProperties: ref('CellSource'),
    },
    diagnostics: { type: 'array', items: ref('Diagnostic') },
    document: ref('DocumentInfo'),
  }, ['document']),
  $defs: {
    Count: { type: ['number', 'null'], description: 'A number read from a table; null when blank, a placeholder or unreadable — never 0 for blank.' },
    ReportPath: reportPath,
    DiagnosticPath: { enum: diagnosticPaths, description: 'What a diagnostic names: a value path, or a row, group or table path (DiagnosticPath).' },
    Span: span,
    PageBox: object('A box on a PDF page, in PDF user space.', { page: { type: 'integer', minimum: 1 }, x: { type: 'number' }, y: { type: 'number' }, width: { type: 'number' }, height: { type: 'number' } }),
    ReportMeta: object('The report\'s metadata, from its preamble.', {
      title: nullableString,
      organization: nullableString,
      year: { type: ['integer', 'null'] },
      template: { enum: ['2021', '2019', 'pre2019', 'unknown'] },
      publishedAt: nullableString,
      source: nullableString,
      statisticsPeriod: nullableString,
    }),
    Section: object('A section of the report, in document order.', {
      kind: { enum: ['preamble', 'overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'otherMatters', 'extra'] },
      number: nullableString,
      heading: string,
      text: string,
      span: ref('Span'),
      bodySpan: ref('Span'),
    }),
    ApplicantCounts: counts('One row of table 3: counts per applicant kind.', ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total']),
    DeniedRows: rows('（三）不予公开', ['stateSecret', 'prohibitedByLaw', 'threeSecurities', 'thirdPartyRights', 'internalAffairs', 'processInformation', 'enforcementFile', 'administrativeQuery'], 'ApplicantCounts'),
    UnableToProvideRows: rows('（四）无法提供', ['notHeld', 'needsCreation', 'unclearAfterCorrection'], 'ApplicantCounts'),
    NotProcessedRows: rows('（五）不予处理', ['complaint', 'duplicate', 'publication', 'excessive', 'confirmation'], 'ApplicantCounts'),
    OtherHandlingDivided: rows('（六）其他处理 in three rows', ['noCorrection', 'unpaidFee', 'other'], 'ApplicantCounts'),
    OtherHandlingUndivided: rows('（六）其他处理 as one row', ['total'], 'ApplicantCounts'),
    ApplicationsTable: object('表三 收到和处理政府信息公开申请情况', {
      newReceived: ref('ApplicantCounts'),
      carriedOver: ref('ApplicantCounts'),
      granted: ref('ApplicantCounts'),
      partiallyGranted: ref('ApplicantCounts'),
      denied: ref('DeniedRows'),
      unableToProvide: ref('UnableToProvideRows'),
      notProcessed: ref('NotProcessedRows'),
      otherHandling: { oneOf: [ref('OtherHandlingDivided'), ref('OtherHandlingUndivided')] },
      total: ref('ApplicantCounts'),
      carriedForward: ref('ApplicantCounts'),
    }),
    OutcomeCounts: counts('One group of table 4 by outcome.', ['upheld', 'corrected', 'other', 'pending', 'total']),
    ReviewLitigationTable: rows('表四 政府信息公开行政复议、行政诉讼情况', ['review', 'directSuit', 'suitAfterReview'], 'OutcomeCounts'),
    DocumentCounts2021: counts('本年制发件数 / 本年废止件数 / 现行有效件数', ['issued', 'repealed', 'inForce']),
    Decisions2021: counts('本年处理决定数量', ['decisions']),
    Proactive2021: object('表二 主动公开政府信息情况, 2021 template', {
      template: { const: '2021' },
      regulations: ref('DocumentCounts2021'),
      normativeDocuments: ref('DocumentCounts2021'),
      licensing: ref('Decisions2021'),
      punishment: ref('Decisions2021'),
      enforcement: ref('Decisions2021'),
      fees: counts('本年收费金额（万元）', ['amount']),
    }),
    DocumentCounts2019: counts('本年新制作数量 / 本年新公开数量 / 对外公开总数量', ['newlyMade', 'newlyPublished', 'totalPublished']),
    ItemCounts2019: counts('上一年项目数量 / 本年增/减 / 处理决定数量', ['previousYearItems', 'change', 'decisions']),
    Proactive2019: object('表二 主动公开政府信息情况, 2019 template', {
      template: { const: '2019' },
      regulations: ref('DocumentCounts2019'),
      normativeDocuments: ref('DocumentCounts2019'),
      licensing: ref('ItemCounts2019'),
      otherServices: ref('ItemCounts2019'),
      punishment: ref('ItemCounts2019'),
      enforcement: ref('ItemCounts2019'),
      fees: counts('行政事业性收费', ['previousYearItems', 'change']),
      procurement: counts('政府集中采购', ['projects', 'amount']),
    }),
    CellSource: object('Where one value came from: its cell\'s raw text and span.', { raw: string, span: ref('Span'), box: ref('PageBox'), pieces: { type: 'array', items: ref('Span'), description: 'For a number split over several lines and joined back: where each run is.' } }, ['box', 'pieces']),
    FoundTable: object('A standard table as found in the input.', {
      table: { enum: ['proactive', 'applications', 'reviewLitigation'] },
      layout: { type: 'string', description: 'The recognizer\'s layout name: tsv, pipe, gfm, cell-per-line, box, ruled, space-aligned, line-cell, glued, html, or a custom recognizer\'s.' },
      span: ref('Span'),
    }),
    Diagnostic: object('Something parseReport could not read, or read with a caveat.', {
      code: { enum: codesOf('src/model/diagnostic.ts', 'DiagnosticCodes') },
      severity,
      message: string,
      messageEn: string,
      span: ref('Span'),
      path: ref('DiagnosticPath'),
      raw: string,
      box: ref('PageBox'),
    }, ['path', 'raw', 'box']),
    DocumentInfo: object('What the report was read from, when a document reader read it.', {
      format: { enum: ['text', 'html', 'pdf', 'docx', 'unsupported'] },
      kind: string,
      encoding: { enum: ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'gbk'] },
      pages: nonNegativeInteger,
      text: string,
    }, ['encoding', 'pages']),
  },
};

const finding = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${BASE}finding.schema.json`,
  title: 'xxgk-report Finding',
  ...object('The JSON of one Finding of xxgk-report (validate, validateSeries): a relation of the template that fails, cannot be checked, or looks suspicious. `report` is set by validateSeries only.', {
    code: { enum: codesOf('src/validate/finding.ts', 'FindingCodes') },
    severity,
    message: string,
    messageEn: string,
    paths: { type: 'array', items: { $ref: '#/$defs/FindingPath' } },
    expected: { type: 'number' },
    actual: { type: 'number' },
    spans: { type: 'array', items: { $ref: '#/$defs/Span' } },
    suggestion: string,
    suggestionEn: string,
    disturbances: { type: 'array', minItems: 1, items: { $ref: '#/$defs/Disturbance' }, description: 'The parse diagnostics (warnings, errors) on the cells involved or the row, group or table holding one: the finding may be the reading\'s, not the report\'s. Absent when there is none.' },
    report: { ...nonNegativeInteger, description: 'validateSeries: index of the report the finding is about (the later year).' },
    previousReport: { type: ['integer', 'null'], minimum: 0, description: 'validateSeries: index of the earlier report compared with, or null.' },
    previousPaths: { type: 'array', items: { $ref: '#/$defs/FindingPath' }, description: 'validateSeries: the cells involved in the earlier report.' },
    previousSpans: { type: 'array', items: { $ref: '#/$defs/Span' }, description: "validateSeries: their positions in the earlier report's input." },
  }, ['expected', 'actual', 'suggestion', 'suggestionEn', 'disturbances', 'report', 'previousReport', 'previousPaths', 'previousSpans']),
  $defs: {
    Span: span,
    Disturbance: object('A parse diagnostic on a cell a finding involves, or on the row, group or table holding one (Disturbance).', {
      code: { enum: codesOf('src/model/diagnostic.ts', 'DiagnosticCodes'), description: 'The diagnostic\'s code.' },
      path: { $ref: '#/$defs/FindingPath' },
      line: { type: 'integer', minimum: 1 },
      column: { type: 'integer', minimum: 1 },
      blank: { type: 'boolean', description: 'Whether it may be why a cell of the finding is blank (null); a blank cell no such disturbance covers is blank in the source.' },
    }),
    FindingPath: { enum: diagnosticPaths, description: 'The values involved (ReportPath), or a row, group or table (a table-missing finding names the table; a template check names the （六） group) (FindingPath).' },
  },
};

writeFileSync(`${root}schema/report.schema.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${root}schema/finding.schema.json`, `${JSON.stringify(finding, null, 2)}\n`);
console.log(`schema/report.schema.json: ${valuePaths.length} paths, ${diagnosticPaths.length} diagnostic paths; schema/finding.schema.json`);
