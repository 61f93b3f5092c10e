// The three tables of the annual-report template as the page lays them out:
// the template's own labels beside the model paths of xxgk-report.
//
// xxgk-report does not export its label data (only the paths, through
// `reportPaths`), so the labels are written here. test/browser/template-
// layout.test.ts checks them against the package's template data, so they
// cannot drift from what the parser reads.
//
// Plain data and pure functions: no DOM here, so Node can import it too.

/**
 * 表二 主动公开政府信息情况, by template: blocks of 第二十条 as the template
 * prints them, each with its column header row and its rows.
 */
export const proactiveBlocks = {
  2021: [
    {
      article: '第二十条第（一）项',
      columns: [
        ['issued', '本年制发件数'],
        ['repealed', '本年废止件数'],
        ['inForce', '现行有效件数'],
      ],
      rows: [
        ['regulations', '规章'],
        ['normativeDocuments', '行政规范性文件'],
      ],
    },
    { article: '第二十条第（五）项', columns: [['decisions', '本年处理决定数量']], rows: [['licensing', '行政许可']] },
    {
      article: '第二十条第（六）项',
      columns: [['decisions', '本年处理决定数量']],
      rows: [
        ['punishment', '行政处罚'],
        ['enforcement', '行政强制'],
      ],
    },
    { article: '第二十条第（八）项', columns: [['amount', '本年收费金额（单位：万元）']], rows: [['fees', '行政事业性收费']] },
  ],
  2019: [
    {
      article: '第二十条第（一）项',
      columns: [
        ['newlyMade', '本年新制作数量'],
        ['newlyPublished', '本年新公开数量'],
        ['totalPublished', '对外公开总数量'],
      ],
      rows: [
        ['regulations', '规章'],
        ['normativeDocuments', '规范性文件'],
      ],
    },
    {
      article: '第二十条第（五）项',
      columns: [
        ['previousYearItems', '上一年项目数量'],
        ['change', '本年增/减'],
        ['decisions', '处理决定数量'],
      ],
      rows: [
        ['licensing', '行政许可'],
        ['otherServices', '其他对外管理服务事项'],
      ],
    },
    {
      article: '第二十条第（六）项',
      columns: [
        ['previousYearItems', '上一年项目数量'],
        ['change', '本年增/减'],
        ['decisions', '处理决定数量'],
      ],
      rows: [
        ['punishment', '行政处罚'],
        ['enforcement', '行政强制'],
      ],
    },
    {
      article: '第二十条第（八）项',
      columns: [
        ['previousYearItems', '上一年项目数量'],
        ['change', '本年增/减'],
      ],
      rows: [['fees', '行政事业性收费']],
    },
    {
      article: '第二十条第（九）项',
      columns: [
        ['projects', '采购项目数量'],
        ['amount', '采购总金额（单位：万元）'],
      ],
      rows: [['procurement', '政府集中采购']],
    },
  ],
};

/** 表三's corner note and column groups. */
export const applicationsHeader = {
  corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicants: '申请人情况',
  organizations: '法人或其他组织',
};

/** 表三's applicant columns in template order (the five middle ones sit under 法人或其他组织). */
export const applicantColumns = [
  ['naturalPerson', '自然人'],
  ['commercial', '商业企业'],
  ['research', '科研机构'],
  ['publicWelfare', '社会公益组织'],
  ['legalService', '法律服务机构'],
  ['other', '其他'],
  ['total', '总计'],
];

const RESULTS = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER_HANDLING = '（六）其他处理';

/**
 * 表三's rows in template order: `path` under `applications`, the row's
 * label, and the group (三、本年度办理结果) and sub-group ((三)–(六)) it sits
 * under, which the page draws as cells spanning their rows.
 *
 * @param {'divided' | 'undivided'} otherHandling （六）其他处理 as three rows (2021) or one (2019)
 */
export function applicationRows(otherHandling) {
  const other =
    otherHandling === 'undivided'
      ? [{ path: 'otherHandling.total', label: OTHER_HANDLING, group: RESULTS }]
      : [
          { path: 'otherHandling.noCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
          { path: 'otherHandling.unpaidFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
          { path: 'otherHandling.other', label: '3.其他' },
        ].map((row) => ({ ...row, group: RESULTS, subgroup: OTHER_HANDLING }));
  return [
    { path: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
    { path: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
    { path: 'granted', label: '（一）予以公开', group: RESULTS },
    { path: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: RESULTS },
    ...[
      ['stateSecret', '1.属于国家秘密'],
      ['prohibitedByLaw', '2.其他法律行政法规禁止公开'],
      ['threeSecurities', '3.危及"三安全一稳定"'],
      ['thirdPartyRights', '4.保护第三方合法权益'],
      ['internalAffairs', '5.属于三类内部事务信息'],
      ['processInformation', '6.属于四类过程性信息'],
      ['enforcementFile', '7.属于行政执法案卷'],
      ['administrativeQuery', '8.属于行政查询事项'],
    ].map(([key, label]) => ({ path: `denied.${key}`, label, group: RESULTS, subgroup: DENIED })),
    ...[
      ['notHeld', '1.本机关不掌握相关政府信息'],
      ['needsCreation', '2.没有现成信息需要另行制作'],
      ['unclearAfterCorrection', '3.补正后申请内容仍不明确'],
    ].map(([key, label]) => ({ path: `unableToProvide.${key}`, label, group: RESULTS, subgroup: UNABLE })),
    ...[
      ['complaint', '1.信访举报投诉类申请'],
      ['duplicate', '2.重复申请'],
      ['publication', '3.要求提供公开出版物'],
      ['excessive', '4.无正当理由大量反复申请'],
      ['confirmation', '5.要求行政机关确认或重新出具已获取信息'],
    ].map(([key, label]) => ({ path: `notProcessed.${key}`, label, group: RESULTS, subgroup: NOT_PROCESSED })),
    ...other,
    { path: 'total', label: '（七）总计', group: RESULTS },
    { path: 'carriedForward', label: '四、结转下年度继续办理' },
  ];
}

/** 表四: its two headings, its three groups and the five outcomes of each. */
export const reviewLitigationHeader = { review: '行政复议', litigation: '行政诉讼' };

export const reviewGroups = [
  ['review', '行政复议'],
  ['directSuit', '未经复议直接起诉'],
  ['suitAfterReview', '复议后起诉'],
];

export const outcomeColumns = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
  ['total', '总计'],
];

/**
 * Every value path the page shows for a template and （六） layout, in the
 * order it draws them; the same list as `reportPaths` without `meta.*`.
 *
 * @param {'2021' | '2019'} template
 * @param {'divided' | 'undivided'} otherHandling
 */
export function layoutPaths(template, otherHandling) {
  const paths = [];
  for (const block of proactiveBlocks[template]) {
    for (const [row] of block.rows) for (const [column] of block.columns) paths.push(`proactive.${row}.${column}`);
  }
  for (const row of applicationRows(otherHandling)) {
    for (const [column] of applicantColumns) paths.push(`applications.${row.path}.${column}`);
  }
  for (const [group] of reviewGroups) for (const [outcome] of outcomeColumns) paths.push(`reviewLitigation.${group}.${outcome}`);
  return paths;
}

/** 报告信息: the labels of the `meta.*` paths, as the page shows them. */
export const metaLabels = {
  'meta.title': '标题',
  'meta.organization': '发布机关',
  'meta.year': '报告年度',
  'meta.template': '模板',
  'meta.publishedAt': '发布时间',
  'meta.source': '信息来源',
  'meta.statisticsPeriod': '统计期限',
};

