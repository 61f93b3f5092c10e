import type { Diagnostic } from './diagnostic.js';
import type { Span } from './span.js';

/**
 * A number read from a table: `null` when the cell is blank, a placeholder
 * (`-`, `/`, `—`, `无`) or unreadable — never 0 for blank. The raw text and
 * position of every cell are in {@link Report.sources}.
 */
export type Count = number | null;

/** Which national template a report follows. */
export type TemplateId = '2021' | '2019' | 'pre2019' | 'unknown';

/** The report's metadata, from its preamble. */
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

/** What a section is, by its heading (not by its number: reports renumber). */
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

/** A section of the report, in document order. */
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

/** One row of table 3: counts per applicant kind. */
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

/** （三）不予公开 — denied, by reason. */
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

/** （四）无法提供 — unable to provide. */
export interface UnableToProvideRows {
  /** 1.本机关不掌握相关政府信息 */
  readonly notHeld: ApplicantCounts;
  /** 2.没有现成信息需要另行制作 */
  readonly needsCreation: ApplicantCounts;
  /** 3.补正后申请内容仍不明确 */
  readonly unclearAfterCorrection: ApplicantCounts;
}

/** （五）不予处理 — not processed. */
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

/** （六）其他处理, divided into three rows (2021 template). */
export interface OtherHandlingDivided {
  /** 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 */
  readonly noCorrection: ApplicantCounts;
  /** 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 */
  readonly unpaidFee: ApplicantCounts;
  /** 3.其他 */
  readonly other: ApplicantCounts;
}

/** （六）其他处理 as one undivided row (2019 template, and some 2021 reports). */
export interface OtherHandlingUndivided {
  /** （六）其他处理 */
  readonly total: ApplicantCounts;
}

/** 三、收到和处理政府信息公开申请情况 — table 3. */
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

/** One group of table 4 by outcome. */
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

/** 四、政府信息公开行政复议、行政诉讼情况 — table 4. */
export interface ReviewLitigationTable {
  /** 行政复议 — administrative review. */
  readonly review: OutcomeCounts;
  /** 行政诉讼 · 未经复议直接起诉 — suits filed directly. */
  readonly directSuit: OutcomeCounts;
  /** 行政诉讼 · 复议后起诉 — suits filed after review. */
  readonly suitAfterReview: OutcomeCounts;
}

/** 2021 template: 本年制发件数 / 本年废止件数 / 现行有效件数. */
export interface DocumentCounts2021 {
  /** 本年制发件数 — issued this year. */
  readonly issued: Count;
  /** 本年废止件数 — repealed this year. */
  readonly repealed: Count;
  /** 现行有效件数 — in force. */
  readonly inForce: Count;
}

/** 2021 template: 本年处理决定数量. */
export interface Decisions2021 {
  /** 本年处理决定数量 — decisions this year. */
  readonly decisions: Count;
}

/** 二、主动公开政府信息情况 — table 2, 2021 template. */
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

/** 2019 template: 本年新制作数量 / 本年新公开数量 / 对外公开总数量. */
export interface DocumentCounts2019 {
  /** 本年新制作数量 — newly made this year. */
  readonly newlyMade: Count;
  /** 本年新公开数量 — newly published this year. */
  readonly newlyPublished: Count;
  /** 对外公开总数量 — total published. */
  readonly totalPublished: Count;
}

/** 2019 template: 上一年项目数量 / 本年增/减 / 处理决定数量. */
export interface ItemCounts2019 {
  /** 上一年项目数量 — items last year. */
  readonly previousYearItems: Count;
  /** 本年增/减 — change this year, signed. */
  readonly change: Count;
  /** 处理决定数量 — decisions. */
  readonly decisions: Count;
}

/** 二、主动公开政府信息情况 — table 2, 2019 template. */
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

/** Where one value came from: its cell's raw text and span. */
export interface CellSource {
  /** The cell's text as written (trimmed), e.g. `1,320`, `-`, `25829.67 (万元)`. */
  readonly raw: string;
  /** The cell's position in the input. */
  readonly span: Span;
}

/** Which layout a table was read from. */
export type GridLayout = 'tsv' | 'pipe' | 'gfm' | 'cell-per-line' | (string & {});

/** A standard table as found in the input. */
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
   * (e.g. `applications.total.total`). A path is absent when its table or row
   * was not found.
   */
  readonly sources: Readonly<Record<string, CellSource>>;
  /** What could not be read, or was read with a caveat. */
  readonly diagnostics: readonly Diagnostic[];
}
