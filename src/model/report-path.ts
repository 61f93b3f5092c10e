import type { ApplicantCounts, Count, ApplicationsTable, OutcomeCounts, Proactive2019, Proactive2021, ReportMeta, ReviewLitigationTable } from './report.js';

// Every type here is derived from the model's own interfaces (report.ts), so
// a field added there is a path here, and a path that is not there does not
// compile. The template data (src/templates/) is typed against the same
// interfaces, and test/model/report-path.test-d.ts checks that both agree.
// Types only: nothing of this file exists at run time, and model/ imports
// nothing from the stages above it.

/** The dotted paths of the objects of type `Leaf` inside `T` (distributes over unions). */
type PathsTo<T, Leaf> = T extends Leaf
  ? never
  : T extends object
    ? { [K in keyof T & string]: T[K] extends Leaf ? K : `${K}.${PathsTo<T[K], Leaf>}` }[keyof T & string]
    : never;

/** The dotted paths of the numbers (`Count` fields) inside `T`. */
type CountPaths<T> = T extends object
  ? { [K in keyof T & string]: T[K] extends Count ? K : `${K}.${CountPaths<T[K]>}` }[keyof T & string]
  : never;

/** The rows of table 3 (每行 7 栏), as paths below `applications`, e.g. `denied.stateSecret`. */
type ApplicationRowPath = PathsTo<ApplicationsTable, ApplicantCounts>;

/** The groups of rows of table 3 that are not rows themselves, e.g. `denied`. */
type ApplicationGroupPath = Exclude<keyof ApplicationsTable & string, ApplicationRowPath>;

/**
 * The `meta.*` paths that {@link flattenReport} emits (the metadata that goes
 * into a CSV row; `statisticsPeriod` is in `report.meta` only).
 *
 * @example
 * ```ts
 * import { flattenReport, parseReport, type MetaPath } from 'xxgk-report';
 * const path: MetaPath = 'meta.organization'; // 发布机关
 * flattenReport(parseReport(text))[path]; // '驻马店市人民政府'   text: examples/reports/000_892e5d3b650a9da1.txt
 * ```
 */
export type MetaPath = `meta.${'title' | 'organization' | 'year' | 'template' | 'publishedAt' | 'source'}`;

/** `proactive.<row>.<column>` for every row × column a table-2 layout lists. */
/** The proactive table's value paths, without its `template` tag. */
type ProactivePathsOf<P> = `proactive.${CountPaths<Omit<P, 'template'>>}`;

/**
 * The 表二 paths of the 2021 template: `proactive.<row>.<column>`, e.g.
 * `proactive.regulations.issued` (规章 · 本年制发件数).
 *
 * @example
 * ```ts
 * import { type ProactivePath2021 } from 'xxgk-report';
 * const path: ProactivePath2021 = 'proactive.fees.amount'; // 行政事业性收费 · 本年收费金额
 * const wrong: ProactivePath2021 = 'proactive.procurement.amount'; // does not compile: 采购 is a 2019 row
 * ```
 */
export type ProactivePath2021 = ProactivePathsOf<Proactive2021>;

/**
 * The 表二 paths of the 2019 template: `proactive.<row>.<column>`, e.g.
 * `proactive.procurement.amount` (政府集中采购 · 采购总金额).
 *
 * @example
 * ```ts
 * import { type ProactivePath2019 } from 'xxgk-report';
 * const path: ProactivePath2019 = 'proactive.licensing.previousYearItems'; // 行政许可 · 上一年项目数量
 * ```
 */
export type ProactivePath2019 = ProactivePathsOf<Proactive2019>;

/**
 * The 表三 paths, the same in both templates: `applications.<row>.<column>`
 * for every row of the template data × the seven applicant columns, with
 * （六）其他处理 both divided (`otherHandling.noCorrection` …) and undivided
 * (`otherHandling.total`) — a report has one of the two.
 *
 * @example
 * ```ts
 * import { type ApplicationsPath } from 'xxgk-report';
 * const path: ApplicationsPath = 'applications.denied.stateSecret.naturalPerson'; // （三）不予公开 · 1.属于国家秘密 · 自然人
 * const wrong: ApplicationsPath = 'applications.newReceivd.total'; // does not compile: a misspelt row
 * ```
 */
export type ApplicationsPath = `applications.${ApplicationRowPath}.${keyof ApplicantCounts}`;

/**
 * The 15 表四 paths, the same in both templates:
 * `reviewLitigation.<group>.<outcome>`.
 *
 * @example
 * ```ts
 * import { type ReviewLitigationPath } from 'xxgk-report';
 * const path: ReviewLitigationPath = 'reviewLitigation.directSuit.upheld'; // 行政诉讼 · 未经复议直接起诉 · 结果维持
 * ```
 */
export type ReviewLitigationPath = `reviewLitigation.${keyof ReviewLitigationTable}.${keyof OutcomeCounts}`;

/**
 * Every path a report of the 2021 template can have: what
 * `reportPaths('2021', …)` lists, with （六）其他处理 in either layout.
 *
 * @example
 * ```ts
 * import { reportPaths, type ReportPath2021 } from 'xxgk-report';
 * const paths: ReportPath2021[] = reportPaths('2021', 'divided');
 * paths.length; // 206
 * ```
 */
export type ReportPath2021 = MetaPath | ProactivePath2021 | ApplicationsPath | ReviewLitigationPath;

/**
 * Every path a report of the 2019 template can have: what
 * `reportPaths('2019', …)` lists, with （六）其他处理 in either layout.
 *
 * @example
 * ```ts
 * import { reportPaths, type ReportPath2019 } from 'xxgk-report';
 * const paths: ReportPath2019[] = reportPaths('2019', 'undivided');
 * paths.length; // 204
 * ```
 */
export type ReportPath2019 = MetaPath | ProactivePath2019 | ApplicationsPath | ReviewLitigationPath;

/**
 * A model path, as `flattenReport`, `report.sources`, diagnostics and
 * findings use it: the union of both templates' paths. A misspelt path does
 * not compile.
 *
 * @example
 * ```ts
 * import { parseReport, pathLabel, type ReportPath } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const path: ReportPath = 'applications.newReceived.total';
 * report.sources[path]?.raw; // '1320'
 * pathLabel(path);           // '表三·一、本年新收政府信息公开申请数量·总计'
 * report.sources['applications.newReceivd.total']; // does not compile: 'newReceivd' is no row of table 3
 * ```
 */
export type ReportPath = ReportPath2021 | ReportPath2019;

/**
 * What a diagnostic's `path` names: a value ({@link ReportPath}), or a
 * whole row, group or table when the diagnostic concerns more than one
 * value — `proactive.licensing` (a 表二 row), `applications.denied.stateSecret`
 * (a 表三 row), `applications.denied` (a 表三 group), `reviewLitigation` (表四
 * read as one row of 15), `applications` (the whole of 表三) — or a
 * metadata field (`meta.year`).
 *
 * @example
 * ```ts
 * import { parseReport, type DiagnosticPath } from 'xxgk-report';
 * const paths: (DiagnosticPath | undefined)[] = parseReport('一、总体情况').diagnostics.map((d) => d.path);
 * paths; // ['meta.title', 'meta.organization', 'meta.year', 'proactive', 'applications', 'reviewLitigation']   3 × metadata-missing, 3 × table-missing
 * ```
 */
export type DiagnosticPath =
  | ReportPath
  | `meta.${keyof ReportMeta}`
  | 'proactive'
  | 'applications'
  | 'reviewLitigation'
  | `proactive.${Exclude<keyof Proactive2021 | keyof Proactive2019, 'template'>}`
  | `applications.${ApplicationRowPath | ApplicationGroupPath}`
  | `reviewLitigation.${keyof ReviewLitigationTable}`;

/**
 * What a finding's `paths` name: the values involved ({@link ReportPath}),
 * or a row, group or table, as a diagnostic's path does — `table-missing`
 * names the table that was not found (`proactive`, `applications`,
 * `reviewLitigation`), a template check the （六） group
 * (`applications.otherHandling`).
 *
 * @example
 * ```ts
 * import { parseReport, validate, type FindingPath } from 'xxgk-report';
 * const paths: FindingPath[] = validate(parseReport('一、总体情况')).filter((f) => f.code === 'table-missing').flatMap((f) => f.paths);
 * paths; // ['proactive', 'applications', 'reviewLitigation']
 * ```
 */
export type FindingPath = DiagnosticPath;
