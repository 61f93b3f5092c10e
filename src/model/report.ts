import type { Diagnostic } from './diagnostic.js';
import type { Span } from './span.js';
import type { PageBox } from './page-box.js';
import type { DocumentInfo } from './document-info.js';
import type { ReportPath } from './report-path.js';

/**
 * A number read from a table: `null` when the cell is blank, a placeholder
 * (`-`, `/`, `—`, `无`) or unreadable — never 0 for blank. The raw text and
 * position of every cell are in {@link Report.sources}.
 *
 * @example
 * ```ts
 * import { parseReport, type Count } from 'xxgk-report';
 * // text: examples/reports/000_892e5d3b650a9da1.txt
 * const decisions: Count = parseReport(text).proactive.enforcement.decisions; // 3195   行政强制 · 本年处理决定数量
 * // The same report with that cell emptied: null, never 0, and a `cell-blank` diagnostic.
 * const blank: Count = parseReport(text.replace('\t3195\t', '\t\t')).proactive.enforcement.decisions; // null
 * ```
 */
export type Count = number | null;

/**
 * Which national template a report follows.
 *
 * @example
 * ```ts
 * import { parseReport, reportPaths, type TemplateId } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const template: TemplateId = report.meta.template; // '2021'
 * // '2019' for the 2019 template; 'pre2019' for a report on a year before 2019; 'unknown' when neither the tables nor the year tell.
 * reportPaths(template, 'divided').length; // 206
 * ```
 */
export type TemplateId = '2021' | '2019' | 'pre2019' | 'unknown';

/**
 * The report's metadata, from its preamble.
 *
 * @example
 * ```ts
 * import { parseReport, type ReportMeta } from 'xxgk-report';
 * const meta: ReportMeta = parseReport(text).meta; // text: examples/reports/003_969063d6a9393830.txt
 * meta.title;            // '驻马店经济开发区管委会2020年政府信息公开工作年度报告'   标题
 * meta.organization;     // '驻马店经济开发区管委会'   发布机关
 * meta.year;             // 2020                       报告年度
 * meta.template;         // '2019'
 * meta.publishedAt;      // '2021-02-22 14:29'         发布时间
 * meta.source;           // '驻马店经济开发区管委会'   信息来源
 * meta.statisticsPeriod; // '2020年1月1日至12月31日'   统计期限
 * ```
 */
export interface ReportMeta {
  /** 标题 — the title as printed (joined when split over lines), or as stated in a sentence. */
  readonly title: string | null;
  /** 发布机关 — the reporting body, e.g. 驻马店市人民政府. */
  readonly organization: string | null;
  /** 报告年度 — the year reported on. */
  readonly year: number | null;
  /** 模板 — detected from the tables, with the year as a hint only. */
  readonly template: TemplateId;
  /** 发布时间 — as written, e.g. `2021-02-22 14:29`. */
  readonly publishedAt: string | null;
  /** 信息来源 — as written. */
  readonly source: string | null;
  /** 统计期限 — the statistics period as written, e.g. `2020年1月1日至12月31日`. */
  readonly statisticsPeriod: string | null;
}

/**
 * What a section is, by its heading (not by its number: reports renumber).
 *
 * @example
 * ```ts
 * import { parseReport, type SectionKind } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const kinds: SectionKind[] = report.sections.map((s) => s.kind);
 * kinds; // ['preamble', 'overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'otherMatters']
 * ```
 */
export type SectionKind =
  /** Text before the first heading: title, publish lines, introduction. */
  | 'preamble'
  /** 一、总体情况 */
  | 'overview'
  /** 二、主动公开政府信息情况 */
  | 'proactive'
  /** 三、收到和处理政府信息公开申请情况 */
  | 'applications'
  /** 四、政府信息公开行政复议、行政诉讼情况 */
  | 'reviewLitigation'
  /** 五、存在的主要问题及改进情况 */
  | 'problems'
  /** 六、其他需要报告的事项 */
  | 'otherMatters'
  /** A numbered heading the template does not have. */
  | 'extra';

/**
 * A section of the report, in document order.
 *
 * @example
 * ```ts
 * import { parseReport, type Section } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const section: Section | undefined = report.sections.find((s) => s.kind === 'applications');
 * section?.number;        // '三'
 * section?.heading;       // '三、收到和处理政府信息公开申请情况'
 * section?.span.line;     // 49   the heading's line
 * section?.bodySpan.line; // 50
 * ```
 */
export interface Section {
  /** What the section is. */
  readonly kind: SectionKind;
  /** The heading's number as printed (`一`, `六`), or null. */
  readonly number: string | null;
  /** The heading line as printed (empty for the preamble). */
  readonly heading: string;
  /** The body text after the heading, as written. */
  readonly text: string;
  /** The whole section, heading included. */
  readonly span: Span;
  /** The body (after the heading line). */
  readonly bodySpan: Span;
}

/**
 * One row of table 3: counts per applicant kind.
 *
 * @example
 * ```ts
 * import { parseReport, type ApplicantCounts } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const total: ApplicantCounts = report.applications.total; // （七）总计
 * total.naturalPerson; // 989    自然人
 * total.commercial;    // 8      法人或其他组织 · 商业企业
 * total.legalService;  // 351    法人或其他组织 · 法律服务机构
 * total.total;         // 1350   总计
 * ```
 */
export interface ApplicantCounts {
  /** 自然人 — natural persons. */
  readonly naturalPerson: Count;
  /** 法人或其他组织 · 商业企业 — commercial enterprises. */
  readonly commercial: Count;
  /** 法人或其他组织 · 科研机构 — research institutions. */
  readonly research: Count;
  /** 法人或其他组织 · 社会公益组织 — public-welfare organizations. */
  readonly publicWelfare: Count;
  /** 法人或其他组织 · 法律服务机构 — legal-service institutions. */
  readonly legalService: Count;
  /** 法人或其他组织 · 其他 — other organizations. */
  readonly other: Count;
  /** 总计 — total. */
  readonly total: Count;
}

/**
 * （三）不予公开 — denied, by reason.
 *
 * @example
 * ```ts
 * import { parseReport, type DeniedRows } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const denied: DeniedRows = report.applications.denied; // （三）不予公开
 * denied.stateSecret.total;             // 5    1.属于国家秘密 · 总计
 * denied.thirdPartyRights.legalService; // 3    4.保护第三方合法权益 · 法律服务机构
 * denied.processInformation.total;      // 11   6.属于四类过程性信息 · 总计
 * ```
 */
export interface DeniedRows {
  /** 1.属于国家秘密 */
  readonly stateSecret: ApplicantCounts;
  /** 2.其他法律行政法规禁止公开 */
  readonly prohibitedByLaw: ApplicantCounts;
  /** 3.危及"三安全一稳定" */
  readonly threeSecurities: ApplicantCounts;
  /** 4.保护第三方合法权益 */
  readonly thirdPartyRights: ApplicantCounts;
  /** 5.属于三类内部事务信息 */
  readonly internalAffairs: ApplicantCounts;
  /** 6.属于四类过程性信息 */
  readonly processInformation: ApplicantCounts;
  /** 7.属于行政执法案卷 */
  readonly enforcementFile: ApplicantCounts;
  /** 8.属于行政查询事项 */
  readonly administrativeQuery: ApplicantCounts;
}

/**
 * （四）无法提供 — unable to provide.
 *
 * @example
 * ```ts
 * import { parseReport, type UnableToProvideRows } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const unable: UnableToProvideRows = report.applications.unableToProvide; // （四）无法提供
 * unable.notHeld.total;                // 531   1.本机关不掌握相关政府信息 · 总计
 * unable.needsCreation.total;          // 4     2.没有现成信息需要另行制作 · 总计
 * unable.unclearAfterCorrection.total; // 0     3.补正后申请内容仍不明确 · 总计
 * ```
 */
export interface UnableToProvideRows {
  /** 1.本机关不掌握相关政府信息 */
  readonly notHeld: ApplicantCounts;
  /** 2.没有现成信息需要另行制作 */
  readonly needsCreation: ApplicantCounts;
  /** 3.补正后申请内容仍不明确 */
  readonly unclearAfterCorrection: ApplicantCounts;
}

/**
 * （五）不予处理 — not processed.
 *
 * @example
 * ```ts
 * import { parseReport, type NotProcessedRows } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const notProcessed: NotProcessedRows = report.applications.notProcessed; // （五）不予处理
 * notProcessed.duplicate.total;        // 75   2.重复申请 · 总计
 * notProcessed.excessive.legalService; // 57   4.无正当理由大量反复申请 · 法律服务机构
 * ```
 */
export interface NotProcessedRows {
  /** 1.信访举报投诉类申请 */
  readonly complaint: ApplicantCounts;
  /** 2.重复申请 */
  readonly duplicate: ApplicantCounts;
  /** 3.要求提供公开出版物 */
  readonly publication: ApplicantCounts;
  /** 4.无正当理由大量反复申请 */
  readonly excessive: ApplicantCounts;
  /** 5.要求行政机关确认或重新出具已获取信息 */
  readonly confirmation: ApplicantCounts;
}

/**
 * （六）其他处理, divided into three rows (2021 template).
 *
 * @example
 * ```ts
 * import { parseReport, type OtherHandlingDivided } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const otherHandling = report.applications.otherHandling; // （六）其他处理
 * if (!('total' in otherHandling)) {
 *   const divided: OtherHandlingDivided = otherHandling;
 *   divided.noCorrection.total; // 2    1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 · 总计
 *   divided.unpaidFee.total;    // 2    2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 · 总计
 *   divided.other.total;        // 11   3.其他 · 总计
 * }
 * ```
 */
export interface OtherHandlingDivided {
  /** 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 */
  readonly noCorrection: ApplicantCounts;
  /** 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 */
  readonly unpaidFee: ApplicantCounts;
  /** 3.其他 */
  readonly other: ApplicantCounts;
}

/**
 * （六）其他处理 as one undivided row (2019 template, and some 2021 reports).
 *
 * @example
 * ```ts
 * import { parseReport, type OtherHandlingUndivided } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/003_969063d6a9393830.txt (2019 template)
 * const otherHandling = report.applications.otherHandling;
 * if ('total' in otherHandling) {
 *   const undivided: OtherHandlingUndivided = otherHandling;
 *   undivided.total.total; // 0   （六）其他处理 · 总计
 * }
 * ```
 */
export interface OtherHandlingUndivided {
  /** （六）其他处理 */
  readonly total: ApplicantCounts;
}

/**
 * 三、收到和处理政府信息公开申请情况 — table 3.
 *
 * @example
 * ```ts
 * import { parseReport, type ApplicationsTable } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const table: ApplicationsTable = report.applications;
 * table.newReceived.total;      // 1320   一、本年新收政府信息公开申请数量 · 总计
 * table.carriedOver.total;      // 34     二、上年结转政府信息公开申请数量 · 总计
 * table.granted.naturalPerson;  // 490    （一）予以公开 · 自然人
 * table.partiallyGranted.total; // 56     （二）部分公开 · 总计
 * table.total.total;            // 1350   （七）总计 · 总计
 * table.carriedForward.total;   // 4      四、结转下年度继续办理 · 总计
 * ```
 */
export interface ApplicationsTable {
  /** 一、本年新收政府信息公开申请数量 */
  readonly newReceived: ApplicantCounts;
  /** 二、上年结转政府信息公开申请数量 */
  readonly carriedOver: ApplicantCounts;
  /** 三、本年度办理结果 ·（一）予以公开 */
  readonly granted: ApplicantCounts;
  /** （二）部分公开（区分处理的，只计这一情形，不计其他情形） */
  readonly partiallyGranted: ApplicantCounts;
  /** （三）不予公开 */
  readonly denied: DeniedRows;
  /** （四）无法提供 */
  readonly unableToProvide: UnableToProvideRows;
  /** （五）不予处理 */
  readonly notProcessed: NotProcessedRows;
  /** （六）其他处理 — three rows, or one (see {@link OtherHandlingUndivided}). */
  readonly otherHandling: OtherHandlingDivided | OtherHandlingUndivided;
  /** （七）总计 */
  readonly total: ApplicantCounts;
  /** 四、结转下年度继续办理 */
  readonly carriedForward: ApplicantCounts;
}

/**
 * One group of table 4 by outcome.
 *
 * @example
 * ```ts
 * import { parseReport, type OutcomeCounts } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const review: OutcomeCounts = report.reviewLitigation.review; // 行政复议
 * review.upheld;    // 10   结果维持
 * review.corrected; // 12   结果纠正
 * review.other;     // 3    其他结果
 * review.pending;   // 4    尚未审结
 * review.total;     // 29   总计
 * ```
 */
export interface OutcomeCounts {
  /** 结果维持 — upheld. */
  readonly upheld: Count;
  /** 结果纠正 — corrected. */
  readonly corrected: Count;
  /** 其他结果 — other outcome. */
  readonly other: Count;
  /** 尚未审结 — pending. */
  readonly pending: Count;
  /** 总计 — total. */
  readonly total: Count;
}

/**
 * 四、政府信息公开行政复议、行政诉讼情况 — table 4.
 *
 * @example
 * ```ts
 * import { parseReport, type ReviewLitigationTable } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const table: ReviewLitigationTable = report.reviewLitigation;
 * table.review.total;          // 29   行政复议 · 总计
 * table.directSuit.upheld;     // 22   行政诉讼 · 未经复议直接起诉 · 结果维持
 * table.suitAfterReview.total; // 6    行政诉讼 · 复议后起诉 · 总计
 * ```
 */
export interface ReviewLitigationTable {
  /** 行政复议 — administrative review. */
  readonly review: OutcomeCounts;
  /** 行政诉讼 · 未经复议直接起诉 — suits filed directly. */
  readonly directSuit: OutcomeCounts;
  /** 行政诉讼 · 复议后起诉 — suits filed after review. */
  readonly suitAfterReview: OutcomeCounts;
}

/**
 * 2021 template: 本年制发件数 / 本年废止件数 / 现行有效件数.
 *
 * @example
 * ```ts
 * import { parseReport, type DocumentCounts2021 } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * if (report.proactive.template === '2021') {
 *   const documents: DocumentCounts2021 = report.proactive.normativeDocuments; // 行政规范性文件
 *   documents.issued;   // 209    本年制发件数
 *   documents.repealed; // 927    本年废止件数
 *   documents.inForce;  // 1632   现行有效件数
 * }
 * ```
 */
export interface DocumentCounts2021 {
  /** 本年制发件数 — issued this year. */
  readonly issued: Count;
  /** 本年废止件数 — repealed this year. */
  readonly repealed: Count;
  /** 现行有效件数 — in force. */
  readonly inForce: Count;
}

/**
 * 2021 template: 本年处理决定数量.
 *
 * @example
 * ```ts
 * import { parseReport, type Decisions2021 } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * if (report.proactive.template === '2021') {
 *   const licensing: Decisions2021 = report.proactive.licensing;
 *   licensing.decisions;                       // 1166001   行政许可 · 本年处理决定数量
 *   report.proactive.punishment.decisions;     // 34411     行政处罚 · 本年处理决定数量
 * }
 * ```
 */
export interface Decisions2021 {
  /** 本年处理决定数量 — decisions this year. */
  readonly decisions: Count;
}

/**
 * 二、主动公开政府信息情况 — table 2, 2021 template.
 *
 * @example
 * ```ts
 * import { parseReport, type Proactive2021 } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * if (report.proactive.template === '2021') {
 *   const proactive: Proactive2021 = report.proactive;
 *   proactive.regulations.issued;         // 1            规章 · 本年制发件数
 *   proactive.normativeDocuments.inForce; // 1632         行政规范性文件 · 现行有效件数
 *   proactive.enforcement.decisions;      // 3195         行政强制 · 本年处理决定数量
 *   proactive.fees.amount;                // 61175.6871   行政事业性收费 · 本年收费金额（单位：万元）
 * }
 * ```
 */
export interface Proactive2021 {
  /** Which template's table 2 this is. */
  readonly template: '2021';
  /** 第二十条第（一）项 · 规章 */
  readonly regulations: DocumentCounts2021;
  /** 第二十条第（一）项 · 行政规范性文件 */
  readonly normativeDocuments: DocumentCounts2021;
  /** 第二十条第（五）项 · 行政许可 */
  readonly licensing: Decisions2021;
  /** 第二十条第（六）项 · 行政处罚 */
  readonly punishment: Decisions2021;
  /** 第二十条第（六）项 · 行政强制 */
  readonly enforcement: Decisions2021;
  /** 第二十条第（八）项 · 行政事业性收费 */
  readonly fees: {
    /** 本年收费金额（单位：万元）, decimals as written. */
    readonly amount: Count;
  };
}

/**
 * 2019 template: 本年新制作数量 / 本年新公开数量 / 对外公开总数量.
 *
 * @example
 * ```ts
 * import { parseReport, type DocumentCounts2019 } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/003_969063d6a9393830.txt (2019 template)
 * if (report.proactive.template === '2019') {
 *   const documents: DocumentCounts2019 = report.proactive.normativeDocuments; // 规范性文件
 *   documents.newlyMade;      // 5   本年新制作数量
 *   documents.newlyPublished; // 5   本年新公开数量
 *   documents.totalPublished; // 5   对外公开总数量
 * }
 * ```
 */
export interface DocumentCounts2019 {
  /** 本年新制作数量 — newly made this year. */
  readonly newlyMade: Count;
  /** 本年新公开数量 — newly published this year. */
  readonly newlyPublished: Count;
  /** 对外公开总数量 — total published. */
  readonly totalPublished: Count;
}

/**
 * 2019 template: 上一年项目数量 / 本年增/减 / 处理决定数量.
 *
 * @example
 * ```ts
 * import { parseReport, type ItemCounts2019 } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/003_969063d6a9393830.txt (2019 template)
 * if (report.proactive.template === '2019') {
 *   const licensing: ItemCounts2019 = report.proactive.licensing; // 行政许可
 *   licensing.previousYearItems; // 99    上一年项目数量
 *   licensing.change;            // 11    本年增/减
 *   licensing.decisions;         // 151   处理决定数量
 * }
 * ```
 */
export interface ItemCounts2019 {
  /** 上一年项目数量 — items last year. */
  readonly previousYearItems: Count;
  /** 本年增/减 — change this year, signed. */
  readonly change: Count;
  /** 处理决定数量 — decisions. */
  readonly decisions: Count;
}

/**
 * 二、主动公开政府信息情况 — table 2, 2019 template.
 *
 * @example
 * ```ts
 * import { parseReport, type Proactive2019 } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/003_969063d6a9393830.txt (2019 template)
 * if (report.proactive.template === '2019') {
 *   const proactive: Proactive2019 = report.proactive;
 *   proactive.normativeDocuments.newlyPublished; // 5          规范性文件 · 本年新公开数量
 *   proactive.otherServices.decisions;           // 1251       其他对外管理服务事项 · 处理决定数量
 *   proactive.fees.change;                       // -2         行政事业性收费 · 本年增/减
 *   proactive.procurement.projects;              // 543        政府集中采购 · 采购项目数量
 *   proactive.procurement.amount;                // 25829.67   政府集中采购 · 采购总金额（单位：万元）
 * }
 * ```
 */
export interface Proactive2019 {
  /** Which template's table 2 this is. */
  readonly template: '2019';
  /** 第二十条第（一）项 · 规章 */
  readonly regulations: DocumentCounts2019;
  /** 第二十条第（一）项 · 规范性文件 */
  readonly normativeDocuments: DocumentCounts2019;
  /** 第二十条第（五）项 · 行政许可 */
  readonly licensing: ItemCounts2019;
  /** 第二十条第（五）项 · 其他对外管理服务事项 */
  readonly otherServices: ItemCounts2019;
  /** 第二十条第（六）项 · 行政处罚 */
  readonly punishment: ItemCounts2019;
  /** 第二十条第（六）项 · 行政强制 */
  readonly enforcement: ItemCounts2019;
  /** 第二十条第（八）项 · 行政事业性收费 */
  readonly fees: {
    /** 上一年项目数量 */
    readonly previousYearItems: Count;
    /** 本年增/减, signed */
    readonly change: Count;
  };
  /** 第二十条第（九）项 · 政府集中采购 */
  readonly procurement: {
    /** 采购项目数量 */
    readonly projects: Count;
    /** 采购总金额, in 万元 (a cell written in 元 is converted, with a diagnostic). */
    readonly amount: Count;
  };
}

/**
 * Where one value came from: its cell's raw text and span.
 *
 * @example
 * ```ts
 * import { parseReport, type CellSource } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const source: CellSource | undefined = report.sources['proactive.fees.amount']; // 行政事业性收费 · 本年收费金额
 * source?.raw;  // '61175.6871'
 * source?.span; // { start: 1985, end: 1995, line: 47, column: 9 }
 * ```
 */
export interface CellSource {
  /** The cell's text as written (trimmed), e.g. `1,320`, `-`, `25829.67 (万元)`. */
  readonly raw: string;
  /** The cell's position in the input. */
  readonly span: Span;
  /** For a report read from a PDF: the cell's box on its page (PDF user space). */
  readonly box?: PageBox;
  /**
   * For a number split over several lines and joined back — a crawler's one
   * DOM text node per line (`1` / `62` for 162) where the template's
   * arithmetic allows exactly one joining, or a number pandoc wrapped inside
   * a grid-table cell (`[2` / `76]` for 276) — where each run is. `raw` is
   * then the runs joined (`162`), and `span` covers them all.
   */
  readonly pieces?: readonly Span[];
}

/**
 * Which layout a table was read from.
 *
 * @example
 * ```ts
 * import { parseReport, type GridLayout } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/004_4fb5c313f86efda5.txt
 * const layouts: GridLayout[] = report.tables.map((t) => t.layout);
 * layouts; // ['cell-per-line', 'cell-per-line', 'cell-per-line']
 * // Built in: 'gfm', 'pipe', 'box', 'cell-per-line', 'tsv', 'ruled', 'grid-table', 'space-aligned', 'line-cell', 'glued', 'html';
 * // a recognizer of your own names its own.
 * ```
 */
export type GridLayout = 'tsv' | 'pipe' | 'gfm' | 'cell-per-line' | (string & {});

/**
 * A standard table as found in the input.
 *
 * @example
 * ```ts
 * import { parseReport, type FoundTable } from 'xxgk-report';
 * const report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * const found: FoundTable | undefined = report.tables.find((t) => t.table === 'applications'); // 表三
 * found?.layout; // 'tsv'
 * found?.span;   // { start: 2016, end: 3001, line: 51, column: 1 }
 * ```
 */
export interface FoundTable {
  /** Which table. */
  readonly table: 'proactive' | 'applications' | 'reviewLitigation';
  /** The recognizer's layout name. */
  readonly layout: GridLayout;
  /** Where the table's grid(s) start and end. */
  readonly span: Span;
}

/**
 * A parsed annual report. Plain data: survives `JSON.stringify` and
 * `structuredClone`. Tables not found are present with every value null (and
 * a `table-missing` diagnostic), so paths are the same for every report of a
 * template.
 *
 * @example
 * ```ts
 * import { parseReport, type Report } from 'xxgk-report';
 * const report: Report = parseReport(text); // text: examples/reports/000_892e5d3b650a9da1.txt
 * report.meta.title;                                     // '驻马店市人民政府2022年政府信息公开工作年度报告'
 * report.proactive.template;                             // '2021'   表二 in the shape of the 2021 template
 * report.applications.newReceived.total;                 // 1320   一、本年新收政府信息公开申请数量 · 总计
 * report.reviewLitigation.review.total;                  // 29     行政复议 · 总计
 * report.tables.length;                                  // 3
 * report.sources['applications.newReceived.total']?.raw; // '1320'
 * report.diagnostics.length;                             // 0
 * structuredClone(report).meta.year;                     // 2022
 * ```
 */
export interface Report {
  /** Title, organization, year, template, publish lines. */
  readonly meta: ReportMeta;
  /** The sections in document order. */
  readonly sections: readonly Section[];
  /** 表二 主动公开政府信息情况, in the shape of the detected template (2021 shape when unknown). */
  readonly proactive: Proactive2021 | Proactive2019;
  /** 表三 收到和处理政府信息公开申请情况. */
  readonly applications: ApplicationsTable;
  /** 表四 政府信息公开行政复议、行政诉讼情况. */
  readonly reviewLitigation: ReviewLitigationTable;
  /** The tables found, in document order. */
  readonly tables: readonly FoundTable[];
  /**
   * Where each value came from, keyed by its `flattenReport` path
   * (e.g. `applications.total.total`; see {@link ReportPath}). A path is
   * absent when its table or row was not found. A placeholder cell (`-`,
   * `/`, `—`, `无`) is here with its raw text while its value is null.
   */
  readonly sources: Readonly<Partial<Record<ReportPath, CellSource>>>;
  /** What could not be read, or was read with a caveat. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * What the report was read from, when a document reader read it
   * (`parseDocument`, `parsePdfReport`, `parseDocxReport`); absent from
   * `parseReport`, whose spans point into the string it was given.
   */
  readonly document?: DocumentInfo;
}
