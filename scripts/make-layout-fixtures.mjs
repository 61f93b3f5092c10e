#!/usr/bin/env node
// Builds small, complete 政府信息公开工作年度报告 as HTML from value sets chosen
// below, then runs the real conversion tools users run (w3m, lynx, html2text,
// pandoc, LibreOffice → DOCX → PDF → pdftotext) and stores their raw output in
// test/fixtures/layouts/. The expected values written next to them are the
// values this script chose, never the output of the parser.
//
// Usage: node scripts/make-layout-fixtures.mjs [--only SET[,SET]] [--no-tools]
// Needs (Debian): poppler-utils pandoc w3m lynx html2text libreoffice-writer.
// A missing tool is reported and skipped. No npm dependencies.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test', 'fixtures', 'layouts');

// ---------------------------------------------------------------------------
// Template structure
// ---------------------------------------------------------------------------

const APPLICANT_COLS = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other'];
const ALL_COLS = [...APPLICANT_COLS, 'total'];
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const RESULT_GROUPS_COMMON = [
  { key: 'granted', label: '（一）予以公开' },
  { key: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  {
    key: 'denied',
    label: '（三）不予公开',
    rows: [
      ['stateSecret', '1.属于国家秘密'],
      ['prohibitedByLaw', '2.其他法律行政法规禁止公开'],
      ['threeSecurities', '3.危及“三安全一稳定”'],
      ['thirdPartyRights', '4.保护第三方合法权益'],
      ['internalAffairs', '5.属于三类内部事务信息'],
      ['processInformation', '6.属于四类过程性信息'],
      ['enforcementFile', '7.属于行政执法案卷'],
      ['administrativeQuery', '8.属于行政查询事项'],
    ],
  },
  {
    key: 'unableToProvide',
    label: '（四）无法提供',
    rows: [
      ['notHeld', '1.本机关不掌握相关政府信息'],
      ['needsCreation', '2.没有现成信息需要另行制作'],
      ['unclearAfterCorrection', '3.补正后申请内容仍不明确'],
    ],
  },
  {
    key: 'notProcessed',
    label: '（五）不予处理',
    rows: [
      ['complaint', '1.信访举报投诉类申请'],
      ['duplicate', '2.重复申请'],
      ['publication', '3.要求提供公开出版物'],
      ['excessive', '4.无正当理由大量反复申请'],
      ['confirmation', '5.要求行政机关确认或重新出具已获取信息'],
    ],
  },
];

const OTHER_2021 = {
  key: 'otherHandling',
  label: '（六）其他处理',
  rows: [
    ['noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    ['unpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    ['other', '3.其他'],
  ],
};
// 2019 template: one undivided （六）其他处理 row, keyed otherHandling.total.
const OTHER_2019 = { key: 'otherHandling.total', label: '（六）其他处理' };

// 'hybrid' (seen in the wild): the 2021 template with the 2019 undivided （六） row.
function resultGroups(template) {
  return [...RESULT_GROUPS_COMMON, template === '2019' || template === 'hybrid' ? OTHER_2019 : OTHER_2021];
}

/** Result-row keys (relative to `applications.`) in fixture order. */
function resultRowKeys(template) {
  const keys = [];
  for (const g of resultGroups(template)) {
    if (g.rows) for (const [k] of g.rows) keys.push(`${g.key}.${k}`);
    else keys.push(g.key);
  }
  return keys;
}

function applicationRowKeys(template) {
  return ['newReceived', 'carriedOver', ...resultRowKeys(template), 'total', 'carriedForward'];
}

const RL_GROUPS = ['review', 'directSuit', 'suitAfterReview'];
const RL_COLS = ['upheld', 'corrected', 'other', 'pending', 'total'];
const RL_LABELS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

const PROACTIVE_2021 = [
  { block: '第二十条第（一）项', head: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [['规章', 'regulations', ['issued', 'repealed', 'inForce']],
           ['行政规范性文件', 'normativeDocuments', ['issued', 'repealed', 'inForce']]] },
  { block: '第二十条第（五）项', head: ['信息内容', '本年处理决定数量'],
    rows: [['行政许可', 'licensing', ['decisions']]] },
  { block: '第二十条第（六）项', head: ['信息内容', '本年处理决定数量'],
    rows: [['行政处罚', 'punishment', ['decisions']], ['行政强制', 'enforcement', ['decisions']]] },
  { block: '第二十条第（八）项', head: ['信息内容', '本年收费金额（单位：万元）'],
    rows: [['行政事业性收费', 'fees', ['amount']]] },
];

const PROACTIVE_2019 = [
  { block: '第二十条第（一）项', head: ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    rows: [['规章', 'regulations', ['newlyMade', 'newlyPublished', 'totalPublished']],
           ['规范性文件', 'normativeDocuments', ['newlyMade', 'newlyPublished', 'totalPublished']]] },
  { block: '第二十条第（五）项', head: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    rows: [['行政许可', 'licensing', ['previousYearItems', 'change', 'decisions']],
           ['其他对外管理服务事项', 'otherServices', ['previousYearItems', 'change', 'decisions']]] },
  { block: '第二十条第（六）项', head: ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
    rows: [['行政处罚', 'punishment', ['previousYearItems', 'change', 'decisions']],
           ['行政强制', 'enforcement', ['previousYearItems', 'change', 'decisions']]] },
  { block: '第二十条第（八）项', head: ['信息内容', '上一年项目数量', '本年增/减'],
    rows: [['行政事业性收费', 'fees', ['previousYearItems', 'change']]] },
  { block: '第二十条第（九）项', head: ['信息内容', '采购项目数量', '采购总金额'],
    rows: [['政府集中采购', 'procurement', ['projects', 'amount']]] },
];

const HEADINGS = {
  '2021': ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
  '2019': ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况', '五、政府信息公开工作存在的主要问题及改进情况', '六、其他需要报告的事项'],
};

// ---------------------------------------------------------------------------
// Value sets. Table 3: the six applicant values of every result row plus
// 上年结转 and 结转下年度; every 总计 cell, row （七）总计 and row 一、本年新收
// are derived so the template arithmetic holds. `display` turns cells whose
// value is 0 into a blank ('') or '-' cell (expected value null).
// ---------------------------------------------------------------------------

export const SETS = [
  {
    name: '2021-mixed',
    template: '2021',
    org: '某某市人民政府',
    year: 2023,
    style: 'word',
    subHeadings: true,
    proactive: {
      'regulations.issued': 2, 'regulations.repealed': 1, 'regulations.inForce': 43,
      'normativeDocuments.issued': 46, 'normativeDocuments.repealed': 9, 'normativeDocuments.inForce': 388,
      'licensing.decisions': 3119, 'punishment.decisions': 1274, 'enforcement.decisions': 86,
      'fees.amount': 4521.0375,
    },
    results: {
      granted: [1320, 47, 3, 5, 26, 8],
      partiallyGranted: [212, 19, 0, 2, 11, 4],
      'denied.stateSecret': [6, 0, 0, 0, 1, 0],
      'denied.prohibitedByLaw': [33, 2, 0, 0, 0, 1],
      'denied.threeSecurities': [9, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [38, 7, 0, 1, 3, 0],
      'denied.internalAffairs': [21, 1, 0, 0, 0, 2],
      'denied.processInformation': [57, 4, 1, 0, 2, 0],
      'denied.enforcementFile': [17, 3, 0, 0, 0, 0],
      'denied.administrativeQuery': [29, 3, 0, 0, 0, 0],
      'unableToProvide.notHeld': [959, 63, 2, 4, 45, 12],
      'unableToProvide.needsCreation': [73, 6, 0, 0, 0, 1],
      'unableToProvide.unclearAfterCorrection': [41, 3, 0, 0, 0, 0],
      'notProcessed.complaint': [88, 5, 0, 0, 0, 0],
      'notProcessed.duplicate': [164, 9, 0, 0, 7, 0],
      'notProcessed.publication': [0, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [4, 0, 0, 0, 35, 0],
      'notProcessed.confirmation': [23, 2, 0, 0, 0, 0],
      'otherHandling.noCorrection': [96, 8, 0, 1, 0, 0],
      'otherHandling.unpaidFee': [3, 0, 0, 0, 0, 0],
      'otherHandling.other': [52, 10, 0, 0, 6, 3],
    },
    carriedOver: [143, 15, 1, 0, 9, 2],
    carriedForward: [201, 18, 0, 3, 14, 5],
    reviewLitigation: { review: [11, 7, 3, 6], directSuit: [6, 2, 1, 5], suitAfterReview: [9, 2, 0, 4] },
    display: {},
  },
  {
    name: '2021-blank',
    template: '2021',
    org: '某某县人民政府办公室',
    year: 2022,
    style: 'plain',
    proactive: {
      'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.inForce': 0,
      'normativeDocuments.issued': 7, 'normativeDocuments.repealed': 3, 'normativeDocuments.inForce': 52,
      'licensing.decisions': 1583, 'punishment.decisions': 412, 'enforcement.decisions': 0,
      'fees.amount': 0,
    },
    results: {
      granted: [64, 5, 0, 0, 2, 1],
      partiallyGranted: [9, 0, 0, 0, 0, 0],
      'denied.stateSecret': [0, 0, 0, 0, 0, 0],
      'denied.prohibitedByLaw': [1, 0, 0, 0, 0, 0],
      'denied.threeSecurities': [0, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [3, 0, 0, 0, 0, 0],
      'denied.internalAffairs': [0, 0, 0, 0, 0, 0],
      'denied.processInformation': [4, 1, 0, 0, 0, 0],
      'denied.enforcementFile': [0, 0, 0, 0, 0, 0],
      'denied.administrativeQuery': [2, 0, 0, 0, 0, 0],
      'unableToProvide.notHeld': [37, 2, 0, 0, 0, 0],
      'unableToProvide.needsCreation': [6, 0, 0, 0, 0, 0],
      'unableToProvide.unclearAfterCorrection': [0, 0, 0, 0, 0, 0],
      'notProcessed.complaint': [8, 0, 0, 0, 0, 0],
      'notProcessed.duplicate': [11, 0, 0, 0, 0, 0],
      'notProcessed.publication': [0, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [0, 0, 0, 0, 0, 0],
      'notProcessed.confirmation': [0, 0, 0, 0, 0, 0],
      'otherHandling.noCorrection': [5, 0, 0, 0, 0, 0],
      'otherHandling.unpaidFee': [0, 0, 0, 0, 0, 0],
      'otherHandling.other': [7, 1, 0, 0, 0, 0],
    },
    carriedOver: [12, 0, 0, 0, 0, 0],
    carriedForward: [19, 1, 0, 0, 0, 0],
    reviewLitigation: { review: [3, 1, 0, 1], directSuit: [2, 0, 0, 1], suitAfterReview: [0, 0, 0, 0] },
    // Blank (&nbsp;) cells. All hold 0 so the arithmetic still holds.
    display: {
      'proactive.regulations.repealed': '',
      'proactive.enforcement.decisions': '',
      'applications.newReceived.research': '',
      'applications.granted.research': '',
      'applications.denied.stateSecret.naturalPerson': '',
      'applications.denied.stateSecret.total': '',
      'applications.notProcessed.publication.commercial': '',
      'applications.otherHandling.unpaidFee.legalService': '',
      'reviewLitigation.review.other': '',
      'reviewLitigation.suitAfterReview.total': '',
    },
  },
  {
    name: '2021-dash',
    template: '2021',
    org: '某某区人民政府',
    year: 2023,
    style: 'plain',
    // Variant seen in the wild: 三、本年度办理结果 also spans （七）总计,
    // whose label then has colspan 2.
    totalInsideResults: true,
    proactive: {
      'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.inForce': 0,
      'normativeDocuments.issued': 24, 'normativeDocuments.repealed': 6, 'normativeDocuments.inForce': 135,
      'licensing.decisions': 20417, 'punishment.decisions': 968, 'enforcement.decisions': 37,
      'fees.amount': 18.65,
    },
    results: {
      granted: [231, 17, 0, 1, 9, 0],
      partiallyGranted: [45, 3, 0, 0, 2, 0],
      'denied.stateSecret': [0, 0, 0, 0, 0, 0],
      'denied.prohibitedByLaw': [2, 0, 0, 0, 0, 0],
      'denied.threeSecurities': [1, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [8, 1, 0, 0, 0, 0],
      'denied.internalAffairs': [5, 0, 0, 0, 0, 0],
      'denied.processInformation': [13, 2, 0, 0, 0, 0],
      'denied.enforcementFile': [0, 0, 0, 0, 0, 0],
      'denied.administrativeQuery': [16, 0, 0, 0, 0, 0],
      'unableToProvide.notHeld': [178, 11, 0, 0, 4, 0],
      'unableToProvide.needsCreation': [19, 0, 0, 0, 0, 0],
      'unableToProvide.unclearAfterCorrection': [7, 0, 0, 0, 0, 0],
      'notProcessed.complaint': [26, 0, 0, 0, 0, 0],
      'notProcessed.duplicate': [34, 4, 0, 0, 0, 0],
      'notProcessed.publication': [0, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [0, 0, 0, 0, 0, 0],
      'notProcessed.confirmation': [3, 0, 0, 0, 0, 0],
      'otherHandling.noCorrection': [22, 0, 0, 0, 0, 0],
      'otherHandling.unpaidFee': [0, 0, 0, 0, 0, 0],
      'otherHandling.other': [15, 2, 0, 0, 1, 0],
    },
    carriedOver: [28, 3, 0, 0, 0, 0],
    carriedForward: [41, 2, 0, 1, 0, 0],
    reviewLitigation: { review: [5, 2, 0, 1], directSuit: [3, 1, 0, 2], suitAfterReview: [1, 0, 0, 0] },
    display: {
      'proactive.regulations.issued': '-',
      'proactive.regulations.repealed': '-',
      'proactive.regulations.inForce': '-',
      'applications.denied.stateSecret.naturalPerson': '-',
      'applications.denied.stateSecret.total': '-',
      'applications.denied.enforcementFile.research': '-',
      'applications.notProcessed.publication.naturalPerson': '-',
      'applications.notProcessed.excessive.total': '-',
      'applications.otherHandling.unpaidFee.other': '-',
      'applications.carriedForward.research': '-',
      'reviewLitigation.review.other': '-',
      'reviewLitigation.suitAfterReview.corrected': '-',
    },
  },
  {
    name: '2019',
    template: '2019',
    org: '某某市自然资源和规划局',
    year: 2020,
    style: 'word',
    splitGroupLabels: true,
    proactive: {
      'regulations.newlyMade': 0, 'regulations.newlyPublished': 0, 'regulations.totalPublished': 4,
      'normativeDocuments.newlyMade': 12, 'normativeDocuments.newlyPublished': 11, 'normativeDocuments.totalPublished': 97,
      'licensing.previousYearItems': 58, 'licensing.change': 6, 'licensing.decisions': 1320,
      'otherServices.previousYearItems': 23, 'otherServices.change': -4, 'otherServices.decisions': 472,
      'punishment.previousYearItems': 31, 'punishment.change': 2, 'punishment.decisions': 189,
      'enforcement.previousYearItems': 9, 'enforcement.change': 0, 'enforcement.decisions': 15,
      'fees.previousYearItems': 7, 'fees.change': -3,
      'procurement.projects': 44, 'procurement.amount': 3119.52,
    },
    results: {
      granted: [402, 36, 1, 2, 14, 5],
      partiallyGranted: [87, 9, 0, 0, 3, 0],
      'denied.stateSecret': [1, 0, 0, 0, 0, 0],
      'denied.prohibitedByLaw': [4, 0, 0, 0, 0, 0],
      'denied.threeSecurities': [0, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [16, 3, 0, 0, 0, 0],
      'denied.internalAffairs': [6, 0, 0, 0, 0, 0],
      'denied.processInformation': [25, 2, 0, 0, 1, 0],
      'denied.enforcementFile': [3, 0, 0, 0, 0, 0],
      'denied.administrativeQuery': [11, 1, 0, 0, 0, 0],
      'unableToProvide.notHeld': [265, 18, 0, 1, 7, 2],
      'unableToProvide.needsCreation': [29, 4, 0, 0, 0, 0],
      'unableToProvide.unclearAfterCorrection': [8, 0, 0, 0, 0, 0],
      'notProcessed.complaint': [47, 2, 0, 0, 0, 0],
      'notProcessed.duplicate': [59, 5, 0, 0, 0, 0],
      'notProcessed.publication': [2, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [0, 0, 0, 0, 0, 0],
      'notProcessed.confirmation': [13, 0, 0, 0, 0, 0],
      'otherHandling.total': [38, 6, 0, 0, 2, 1],
    },
    carriedOver: [54, 7, 0, 0, 1, 0],
    carriedForward: [73, 5, 1, 0, 2, 1],
    reviewLitigation: { review: [8, 3, 1, 2], directSuit: [4, 1, 0, 2], suitAfterReview: [2, 1, 0, 1] },
    display: {},
  },
  {
    name: '2021-pagebreak',
    template: '2021',
    org: '某某市交通运输局',
    year: 2022,
    style: 'word',
    subHeadings: true,
    bigFont: true,
    footer: true,
    // Narrative paragraphs put before table 3 until the PDF page break falls
    // inside it; searched upward from this value (see ensurePageBreak).
    fillerStart: 0,
    proactive: {
      'regulations.issued': 0, 'regulations.repealed': 2, 'regulations.inForce': 5,
      'normativeDocuments.issued': 31, 'normativeDocuments.repealed': 8, 'normativeDocuments.inForce': 264,
      'licensing.decisions': 8760, 'punishment.decisions': 2391, 'enforcement.decisions': 148,
      'fees.amount': 127.3,
    },
    results: {
      granted: [517, 62, 4, 3, 21, 7],
      partiallyGranted: [96, 14, 0, 1, 5, 2],
      'denied.stateSecret': [2, 0, 0, 0, 0, 0],
      'denied.prohibitedByLaw': [7, 1, 0, 0, 0, 0],
      'denied.threeSecurities': [3, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [19, 4, 0, 0, 1, 0],
      'denied.internalAffairs': [12, 0, 0, 0, 0, 0],
      'denied.processInformation': [33, 6, 0, 0, 2, 0],
      'denied.enforcementFile': [8, 0, 0, 0, 0, 0],
      'denied.administrativeQuery': [15, 2, 0, 0, 0, 0],
      'unableToProvide.notHeld': [406, 38, 1, 2, 16, 4],
      'unableToProvide.needsCreation': [44, 3, 0, 0, 0, 0],
      'unableToProvide.unclearAfterCorrection': [18, 0, 0, 0, 0, 0],
      'notProcessed.complaint': [61, 2, 0, 0, 0, 0],
      'notProcessed.duplicate': [92, 7, 0, 0, 3, 0],
      'notProcessed.publication': [5, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [27, 0, 0, 0, 0, 0],
      'notProcessed.confirmation': [10, 1, 0, 0, 0, 0],
      'otherHandling.noCorrection': [49, 5, 0, 0, 0, 1],
      'otherHandling.unpaidFee': [1, 0, 0, 0, 0, 0],
      'otherHandling.other': [36, 9, 0, 0, 4, 0],
    },
    carriedOver: [88, 11, 0, 1, 2, 0],
    carriedForward: [132, 16, 1, 0, 6, 2],
    reviewLitigation: { review: [14, 5, 2, 3], directSuit: [7, 1, 2, 4], suitAfterReview: [3, 2, 0, 1] },
    display: {},
  },
  {
    // The 收费金额 header states 元: every amount under it is written in 元
    // and read as 万元 (186500 元 → 18.65).
    name: '2021-yuan',
    template: '2021',
    org: '某某县财政局',
    year: 2023,
    style: 'word',
    moneyUnit: '元',
    heads: { fees: '本年收费金额（单位：元）' },
    proactive: {
      'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.inForce': 3,
      'normativeDocuments.issued': 14, 'normativeDocuments.repealed': 5, 'normativeDocuments.inForce': 77,
      'licensing.decisions': 2506, 'punishment.decisions': 318, 'enforcement.decisions': 21,
      'fees.amount': 18.65,
    },
    results: {
      granted: [122, 13, 0, 1, 6, 2],
      partiallyGranted: [31, 4, 0, 0, 1, 0],
      'denied.stateSecret': [0, 0, 0, 0, 0, 0],
      'denied.prohibitedByLaw': [3, 0, 0, 0, 0, 0],
      'denied.threeSecurities': [1, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [9, 2, 0, 0, 0, 0],
      'denied.internalAffairs': [4, 0, 0, 0, 0, 0],
      'denied.processInformation': [17, 1, 0, 0, 0, 0],
      'denied.enforcementFile': [2, 0, 0, 0, 0, 0],
      'denied.administrativeQuery': [8, 0, 0, 0, 0, 0],
      'unableToProvide.notHeld': [96, 7, 0, 0, 3, 1],
      'unableToProvide.needsCreation': [11, 1, 0, 0, 0, 0],
      'unableToProvide.unclearAfterCorrection': [5, 0, 0, 0, 0, 0],
      'notProcessed.complaint': [19, 0, 0, 0, 0, 0],
      'notProcessed.duplicate': [27, 3, 0, 0, 0, 0],
      'notProcessed.publication': [1, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [0, 0, 0, 0, 0, 0],
      'notProcessed.confirmation': [6, 0, 0, 0, 0, 0],
      'otherHandling.noCorrection': [12, 1, 0, 0, 0, 0],
      'otherHandling.unpaidFee': [0, 0, 0, 0, 0, 0],
      'otherHandling.other': [10, 2, 0, 0, 1, 0],
    },
    carriedOver: [21, 2, 0, 0, 1, 0],
    carriedForward: [33, 4, 0, 1, 2, 0],
    reviewLitigation: { review: [4, 2, 1, 1], directSuit: [2, 1, 0, 1], suitAfterReview: [1, 0, 0, 1] },
    display: {},
  },
  {
    // 2019 table 2 with 采购总金额（元）, a narrow page (the table-2 headers
    // wrap over lines: 本年新 / 制作数量 around 信息内容) and a browser print:
    // chromium --print-to-pdf, then pdftotext -layout.
    name: '2019-narrow',
    template: '2019',
    org: '某某区市场监督管理局',
    year: 2020,
    style: 'plain',
    moneyUnit: '元',
    heads: { procurement: '采购总金额（元）' },
    narrowTable2: true,
    chromium: true,
    proactive: {
      'regulations.newlyMade': 0, 'regulations.newlyPublished': 0, 'regulations.totalPublished': 2,
      'normativeDocuments.newlyMade': 8, 'normativeDocuments.newlyPublished': 7, 'normativeDocuments.totalPublished': 61,
      'licensing.previousYearItems': 42, 'licensing.change': 3, 'licensing.decisions': 5813,
      'otherServices.previousYearItems': 17, 'otherServices.change': -2, 'otherServices.decisions': 264,
      'punishment.previousYearItems': 26, 'punishment.change': 1, 'punishment.decisions': 733,
      'enforcement.previousYearItems': 11, 'enforcement.change': 0, 'enforcement.decisions': 48,
      'fees.previousYearItems': 5, 'fees.change': -1,
      'procurement.projects': 19, 'procurement.amount': 286.4175,
    },
    results: {
      granted: [215, 24, 1, 0, 8, 3],
      partiallyGranted: [46, 5, 0, 0, 2, 0],
      'denied.stateSecret': [0, 0, 0, 0, 0, 0],
      'denied.prohibitedByLaw': [2, 0, 0, 0, 0, 0],
      'denied.threeSecurities': [1, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [12, 1, 0, 0, 0, 0],
      'denied.internalAffairs': [3, 0, 0, 0, 0, 0],
      'denied.processInformation': [14, 2, 0, 0, 0, 0],
      'denied.enforcementFile': [1, 0, 0, 0, 0, 0],
      'denied.administrativeQuery': [6, 0, 0, 0, 0, 0],
      'unableToProvide.notHeld': [139, 9, 0, 1, 4, 1],
      'unableToProvide.needsCreation': [18, 2, 0, 0, 0, 0],
      'unableToProvide.unclearAfterCorrection': [4, 0, 0, 0, 0, 0],
      'notProcessed.complaint': [28, 1, 0, 0, 0, 0],
      'notProcessed.duplicate': [35, 3, 0, 0, 0, 0],
      'notProcessed.publication': [0, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [0, 0, 0, 0, 0, 0],
      'notProcessed.confirmation': [7, 0, 0, 0, 0, 0],
      'otherHandling.total': [22, 3, 0, 0, 1, 0],
    },
    carriedOver: [31, 4, 0, 0, 0, 0],
    carriedForward: [47, 2, 1, 0, 1, 0],
    reviewLitigation: { review: [5, 2, 0, 1], directSuit: [3, 0, 1, 1], suitAfterReview: [1, 1, 0, 0] },
    display: {},
  },
  {
    // Word text pasted into a TRS CMS editor: <div class="TRS_Editor"> around
    // the article, a <p class="MsoNormal"><span style="…宋体"> in every cell
    // (numbers too), headings as <p><strong>, narrow width= on table 2.
    name: '2021-cms',
    template: '2021',
    org: '某某市住房和城乡建设局',
    year: 2023,
    style: 'trs',
    trsNarrow: [34, 9, 12, 9],
    proactive: {
      'regulations.issued': 0, 'regulations.repealed': 0, 'regulations.inForce': 12,
      'normativeDocuments.issued': 38, 'normativeDocuments.repealed': 5, 'normativeDocuments.inForce': 276,
      'licensing.decisions': 2093, 'punishment.decisions': 1187, 'enforcement.decisions': 0,
      'fees.amount': 0,
    },
    results: {
      granted: [1046, 83, 2, 7, 31, 5],
      partiallyGranted: [178, 16, 0, 3, 12, 0],
      'denied.stateSecret': [0, 0, 0, 0, 0, 0],
      'denied.prohibitedByLaw': [27, 4, 0, 0, 1, 0],
      'denied.threeSecurities': [3, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [44, 6, 0, 1, 2, 0],
      'denied.internalAffairs': [18, 0, 0, 0, 0, 1],
      'denied.processInformation': [62, 5, 1, 0, 4, 0],
      'denied.enforcementFile': [14, 2, 0, 0, 0, 0],
      'denied.administrativeQuery': [36, 1, 0, 0, 0, 0],
      'unableToProvide.notHeld': [959, 71, 3, 2, 48, 9],
      'unableToProvide.needsCreation': [67, 8, 0, 0, 0, 0],
      'unableToProvide.unclearAfterCorrection': [39, 2, 0, 0, 0, 0],
      'notProcessed.complaint': [95, 7, 0, 0, 0, 0],
      'notProcessed.duplicate': [152, 11, 0, 0, 6, 0],
      'notProcessed.publication': [0, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [5, 0, 0, 0, 29, 0],
      'notProcessed.confirmation': [21, 3, 0, 0, 0, 0],
      'otherHandling.noCorrection': [84, 10, 0, 1, 0, 0],
      'otherHandling.unpaidFee': [2, 0, 0, 0, 0, 0],
      'otherHandling.other': [57, 9, 0, 0, 5, 2],
    },
    carriedOver: [131, 13, 1, 0, 8, 1],
    carriedForward: [209, 19, 0, 2, 15, 4],
    reviewLitigation: { review: [12, 6, 0, 5], directSuit: [7, 3, 1, 4], suitAfterReview: [8, 2, 0, 0] },
    // A few blank (&nbsp;) and '-' cells, all on cells whose value is 0.
    display: {
      'proactive.regulations.issued': '-',
      'proactive.regulations.repealed': '-',
      'proactive.enforcement.decisions': '',
      'proactive.fees.amount': '-',
      'applications.denied.stateSecret.naturalPerson': '',
      'applications.denied.stateSecret.total': '-',
      'applications.notProcessed.publication.commercial': '-',
      'applications.partiallyGranted.research': '',
      'reviewLitigation.review.other': '',
      'reviewLitigation.suitAfterReview.pending': '-',
    },
  },
  {
    // The same TRS markup on the 2019 template, headings as 黑体 spans and no
    // title line: the title is only stated in the first sentence (现公布…年度报告。).
    name: '2019-cms',
    template: '2019',
    org: '某某县农业农村局',
    year: 2020,
    style: 'trs',
    headingStyle: 'heiti',
    statedTitle: true,
    trsNarrow: [34, 12, 9, 12],
    proactive: {
      'regulations.newlyMade': 0, 'regulations.newlyPublished': 0, 'regulations.totalPublished': 3,
      'normativeDocuments.newlyMade': 14, 'normativeDocuments.newlyPublished': 13, 'normativeDocuments.totalPublished': 209,
      'licensing.previousYearItems': 67, 'licensing.change': 5, 'licensing.decisions': 1436,
      'otherServices.previousYearItems': 28, 'otherServices.change': -3, 'otherServices.decisions': 517,
      'punishment.previousYearItems': 42, 'punishment.change': 1, 'punishment.decisions': 208,
      'enforcement.previousYearItems': 11, 'enforcement.change': 0, 'enforcement.decisions': 19,
      'fees.previousYearItems': 6, 'fees.change': -2,
      'procurement.projects': 37, 'procurement.amount': 2648.75,
    },
    results: {
      granted: [389, 41, 2, 1, 17, 4],
      partiallyGranted: [76, 8, 0, 0, 2, 1],
      'denied.stateSecret': [2, 0, 0, 0, 0, 0],
      'denied.prohibitedByLaw': [5, 1, 0, 0, 0, 0],
      'denied.threeSecurities': [1, 0, 0, 0, 0, 0],
      'denied.thirdPartyRights': [19, 2, 0, 0, 0, 0],
      'denied.internalAffairs': [7, 0, 0, 0, 0, 0],
      'denied.processInformation': [23, 3, 0, 0, 1, 0],
      'denied.enforcementFile': [4, 0, 0, 0, 0, 0],
      'denied.administrativeQuery': [12, 1, 0, 0, 0, 0],
      'unableToProvide.notHeld': [284, 21, 0, 2, 9, 3],
      'unableToProvide.needsCreation': [31, 3, 0, 0, 0, 0],
      'unableToProvide.unclearAfterCorrection': [9, 0, 0, 0, 0, 0],
      'notProcessed.complaint': [51, 4, 0, 0, 0, 0],
      'notProcessed.duplicate': [63, 6, 0, 0, 0, 0],
      'notProcessed.publication': [3, 0, 0, 0, 0, 0],
      'notProcessed.excessive': [0, 0, 0, 0, 0, 0],
      'notProcessed.confirmation': [15, 0, 0, 0, 0, 0],
      'otherHandling.total': [35, 5, 0, 0, 3, 1],
    },
    carriedOver: [48, 6, 0, 0, 1, 0],
    carriedForward: [66, 4, 1, 0, 3, 1],
    reviewLitigation: { review: [9, 4, 1, 3], directSuit: [5, 1, 0, 2], suitAfterReview: [3, 1, 0, 1] },
    display: {},
  },
];

// The TRS markup with Word's column widths kept on every table (trsColgroups:
// a <colgroup> on tables 3 and 4 too), as an editor that pastes a whole Word
// document keeps them. pandoc -t markdown then writes tables 3 and 4 — 10 and
// 15 columns, too many for a grid table in 72 columns — as pipe tables with an
// empty header row, the cells a rowspan or colspan covers left empty, and a
// bracketed span in every cell (issue #11). Same values as the cms sets.
for (const [base, name, org] of [['2021-cms', '2021-cms-cols', '某某市市场监督管理局'], ['2019-cms', '2019-cms-cols', '某某县水利局']]) {
  SETS.push({ ...SETS.find((s) => s.name === base), name, org, colgroups: true });
}
// A plain page (no spans, no <p> in value cells) with a <colgroup> on every
// table: pandoc -t markdown writes table 3 as a pipe table with an empty
// header row (its covered cells empty, blank cells U+00A0), tables 2 and 4 as
// multiline tables (rows apart by blank lines). Values of 2021-blank and
// 2019-narrow (its narrow table 2 and chromium print left out).
for (const [base, name, org] of [['2021-blank', '2021-plain-cols', '某某区教育局'], ['2019-narrow', '2019-plain-cols', '某某县卫生健康委员会']]) {
  SETS.push({ ...SETS.find((s) => s.name === base), name, org, colgroups: true, trsNarrow: [34, 22, 22, 22], narrowTable2: false, chromium: false });
}

// ---------------------------------------------------------------------------
// Values → full cell map + arithmetic checks
// ---------------------------------------------------------------------------

const sum = (a) => a.reduce((s, x) => s + x, 0);

export function computeCells(set) {
  const v = new Map(); // key → number
  const t = set.template;
  const resKeys = resultRowKeys(t);
  for (const [k, val] of Object.entries(set.proactive)) v.set(`proactive.${k}`, val);

  const rows = {};
  for (const k of resKeys) {
    const six = set.results[k];
    if (!six || six.length !== 6) throw new Error(`${set.name}: results.${k} needs 6 values`);
    rows[k] = [...six, sum(six)];
  }
  const total = ALL_COLS.map((_, c) => sum(resKeys.map((k) => rows[k][c])));
  const carriedOver = [...set.carriedOver, sum(set.carriedOver)];
  const carriedForward = [...set.carriedForward, sum(set.carriedForward)];
  const newReceived = ALL_COLS.map((_, c) => total[c] + carriedForward[c] - carriedOver[c]);
  if (newReceived.some((x) => x < 0)) throw new Error(`${set.name}: negative 本年新收 ${newReceived}`);
  const all = { newReceived, carriedOver, ...rows, total, carriedForward };
  for (const rk of applicationRowKeys(t)) {
    ALL_COLS.forEach((c, i) => v.set(`applications.${rk}.${c}`, all[rk][i]));
  }
  for (const g of RL_GROUPS) {
    const four = set.reviewLitigation[g];
    [...four, sum(four)].forEach((x, i) => v.set(`reviewLitigation.${g}.${RL_COLS[i]}`, x));
  }
  checkArithmetic(set, v);
  for (const [k, d] of Object.entries(set.display)) {
    if (!v.has(k)) throw new Error(`${set.name}: display key ${k} unknown`);
    if (v.get(k) !== 0) throw new Error(`${set.name}: display '${d}' on non-zero cell ${k}`);
  }
  return v;
}

function checkArithmetic(set, v) {
  const t = set.template;
  const g = (k) => v.get(k);
  for (const rk of applicationRowKeys(t)) {
    const s = sum(APPLICANT_COLS.map((c) => g(`applications.${rk}.${c}`)));
    if (s !== g(`applications.${rk}.total`)) throw new Error(`${set.name}: row ${rk} does not sum`);
  }
  for (const c of ALL_COLS) {
    const a = `applications.`;
    if (g(`${a}newReceived.${c}`) + g(`${a}carriedOver.${c}`) !== g(`${a}total.${c}`) + g(`${a}carriedForward.${c}`))
      throw new Error(`${set.name}: column ${c} conservation`);
    if (sum(resultRowKeys(t).map((rk) => g(`${a}${rk}.${c}`))) !== g(`${a}total.${c}`))
      throw new Error(`${set.name}: column ${c} results ≠ 总计`);
  }
  for (const grp of RL_GROUPS) {
    const s = sum(RL_COLS.slice(0, 4).map((c) => g(`reviewLitigation.${grp}.${c}`)));
    if (s !== g(`reviewLitigation.${grp}.total`)) throw new Error(`${set.name}: table 4 ${grp}`);
  }
}

function proactiveKeys(t) {
  const keys = [];
  for (const b of t === '2019' ? PROACTIVE_2019 : PROACTIVE_2021)
    for (const [, key, fields] of b.rows) for (const f of fields) keys.push(`proactive.${key}.${f}`);
  return keys;
}

export function expectedJson(set, v) {
  const t = set.template;
  const out = { 'meta.template': t === 'hybrid' ? '2021' : t };
  const keys = [
    ...proactiveKeys(t),
    ...applicationRowKeys(t).flatMap((rk) => ALL_COLS.map((c) => `applications.${rk}.${c}`)),
    ...RL_GROUPS.flatMap((g) => RL_COLS.map((c) => `reviewLitigation.${g}.${c}`)),
  ];
  for (const k of keys) {
    if (!v.has(k)) throw new Error(`${set.name}: no value for ${k}`);
    const d = set.display[k];
    out[k] = d === '' || d === '-' || d === '/' ? null : v.get(k);
  }
  return JSON.stringify(out, null, 2) + '\n';
}

/** The text shown in a cell. */
function shown(set, v, key) {
  if (key in set.display) return set.display[key];
  const n = v.get(key);
  if (n === undefined) throw new Error(`${set.name}: no value for ${key}`);
  if (key.endsWith('.change')) return n > 0 ? `+${n}` : String(n);
  // A header in 元: the cell holds 元, the model (and expected.json) 万元.
  if (set.moneyUnit === '元' && key.endsWith('.amount')) return String(Math.round(n * 10000));
  return String(n);
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const PT_PX = 4 / 3;

/** One table cell in the set's style. `text` may be string[] (one <p> each). */
function td(set, text, { rowspan = 1, colspan = 1, widthPt = 0, label = false, para = false, trsWidth = 0 } = {}) {
  const parts = Array.isArray(text) ? text : [text];
  const attrs = [];
  if (rowspan > 1) attrs.push(`rowspan="${rowspan}"`);
  if (colspan > 1) attrs.push(`colspan="${colspan}"`);
  if (set.style === 'trs') {
    // Word text pasted into a TRS CMS editor: bare <td>s, a <p class="MsoNormal">
    // with a 宋体 span in every cell, numbers included.
    // A narrow `width=` (trsWidth, table 2 of the cms sets) makes pandoc's grid
    // table wrap the span text inside its cell.
    if (trsWidth) attrs.unshift(`width="${trsWidth}%"`);
    const inner = parts
      .map((p) => `<p class="MsoNormal"><span style="font-size:10.5pt;font-family:宋体">${p === '' ? '&nbsp;' : esc(p)}</span></p>`)
      .join('');
    return `<td${attrs.length ? ' ' + attrs.join(' ') : ''}>${inner}</td>`;
  }
  if (set.style === 'word') {
    // Word "filtered HTML" flavour: unquoted class/align, single-quoted styles,
    // <p class=MsoNormal> in every cell, <o:p> and font spans on labels.
    if (widthPt) attrs.unshift(`width=${Math.round(widthPt * PT_PX)}`);
    attrs.push(`style='${widthPt ? `width:${widthPt}pt;` : ''}border:solid windowtext 1.0pt;padding:0cm 5.4pt'`);
    const inner = parts
      .map((p) =>
        p === ''
          ? `<p class=MsoNormal align=center>&nbsp;</p>`
          : label
            ? `<p class=MsoNormal><span style='font-family:仿宋_GB2312'>${esc(p)}<o:p></o:p></span></p>`
            : `<p class=MsoNormal align=center>${esc(p)}</p>`,
      )
      .join('');
    return `<td ${attrs.join(' ')}>${inner}</td>`;
  }
  const body = parts.map((p) => (p === '' ? '&nbsp;' : esc(p)));
  const inner = para || parts.length > 1 ? body.map((p) => `<p>${p}</p>`).join('') : body[0];
  return `<td${attrs.length ? ' ' + attrs.join(' ') : ''}>${inner}</td>`;
}

function tableOpen(set) {
  if (set.style === 'trs') return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">`;
  return set.style === 'word'
    ? `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 ` +
        `style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>`
    : `<table border="1" cellspacing="0" cellpadding="4">`;
}

function table2(set, v) {
  const blocks = set.template === '2019' ? PROACTIVE_2019 : PROACTIVE_2021;
  const W = [130, 106, 106, 106];
  // trsNarrow: percentage widths of table 2's columns (cms sets), narrow enough
  // for pandoc's grid table to wrap a cell's span text mid-number.
  const trsW = (i, cs) => (set.style === 'trs' && set.trsNarrow ? sum(set.trsNarrow.slice(i, i + cs)) : 0);
  const rows = [];
  for (const b of blocks) {
    rows.push([td(set, b.block, { colspan: 4, widthPt: sum(W) })]);
    // A set may write a block's last header with a unit of its own (heads: { fees: … }).
    const own = set.heads?.[b.rows[0][1]];
    const headTexts = own ? [...b.head.slice(0, -1), own] : b.head;
    const head = headTexts.map((h, i) => {
      const last = i === b.head.length - 1;
      const cs = last ? 4 - i : 1;
      return td(set, h, { colspan: cs, widthPt: sum(W.slice(i, i + cs)), trsWidth: trsW(i, cs) });
    });
    rows.push(head);
    for (const [label, key, fields] of b.rows) {
      const cells = [td(set, label, { widthPt: W[0], trsWidth: trsW(0, 1) })];
      fields.forEach((f, i) => {
        const last = i === fields.length - 1;
        const cs = last ? 3 - i : 1;
        cells.push(td(set, shown(set, v, `proactive.${key}.${f}`),
          { colspan: cs, widthPt: sum(W.slice(i + 1, i + 1 + cs)), trsWidth: trsW(i + 1, cs) }));
      });
      rows.push(cells);
    }
  }
  // A narrow table 2 (narrowTable2): its header cells wrap over lines when printed.
  const narrow = set.narrowTable2 ? tableOpen(set).replace('<table ', '<table style="width:22em;font-size:12pt" ') : tableOpen(set);
  // A CMS editor's <colgroup> with percentage widths: pandoc reads these (not a
  // cell's width=) and writes table 2 as a grid table of that many columns.
  const open = (set.style === 'trs' || set.colgroups) && set.trsNarrow
    ? narrow + '\n<colgroup>' + set.trsNarrow.map((w) => `<col width="${w}%">`).join('') + '</colgroup>'
    : narrow;
  return open + '\n' + rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n') + '\n</table>';
}

function table3(set, v) {
  const t = set.template;
  const [W1, W2, W3, WD] = set.narrowLabels ? [20, 30, 44, 40] : [28, 48, 120, 36];
  const data = (rk) => ALL_COLS.map((c) => td(set, shown(set, v, `applications.${rk}.${c}`), { widthPt: WD }));
  const rows = [];
  rows.push([
    td(set, CORNER, { rowspan: 3, colspan: 3, widthPt: W1 + W2 + W3, label: true }),
    td(set, '申请人情况', { colspan: 7, widthPt: 7 * WD }),
  ]);
  rows.push([
    td(set, '自然人', { rowspan: 2, widthPt: WD }),
    td(set, '法人或其他组织', { colspan: 5, widthPt: 5 * WD }),
    td(set, '总计', { rowspan: 2, widthPt: WD }),
  ]);
  rows.push(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(set, h, { widthPt: WD })));
  const full = (label, rk) => [td(set, label, { colspan: 3, widthPt: W1 + W2 + W3, label: true, para: true }), ...data(rk)];
  rows.push(full('一、本年新收政府信息公开申请数量', 'newReceived'));
  rows.push(full('二、上年结转政府信息公开申请数量', 'carriedOver'));

  const groups = resultGroups(t);
  const nResult = sum(groups.map((g) => (g.rows ? g.rows.length : 1))) + (set.totalInsideResults ? 1 : 0);
  let first = true;
  const lead = () => {
    if (!first) return [];
    first = false;
    return [td(set, '三、本年度办理结果', { rowspan: nResult, widthPt: W1, label: true, para: true })];
  };
  for (const g of groups) {
    if (!g.rows) {
      rows.push([...lead(), td(set, g.label, { colspan: 2, widthPt: W2 + W3, label: true }), ...data(g.key)]);
      continue;
    }
    g.rows.forEach(([k, label], i) => {
      const groupCell =
        i === 0
          ? [td(set, set.splitGroupLabels ? [g.label.slice(0, 5), g.label.slice(5)] : g.label,
              { rowspan: g.rows.length, widthPt: W2, label: true })]
          : [];
      rows.push([...lead(), ...groupCell, td(set, label, { widthPt: W3, label: true }), ...data(`${g.key}.${k}`)]);
    });
  }
  if (set.totalInsideResults) rows.push([td(set, '（七）总计', { colspan: 2, widthPt: W2 + W3, label: true }), ...data('total')]);
  else rows.push(full('（七）总计', 'total'));
  rows.push(full('四、结转下年度继续办理', 'carriedForward'));
  return tableOpen(set) + colgroup(set, [10, 12, 20, 8, 8, 8, 8, 8, 8, 10]) + '\n' + rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n') + '\n</table>';
}

function table4(set, v) {
  const W = 30;
  const rows = [];
  rows.push([td(set, '行政复议', { colspan: 5, widthPt: 5 * W }), td(set, '行政诉讼', { colspan: 10, widthPt: 10 * W })]);
  rows.push([
    ...RL_LABELS.map((l) => td(set, l, { rowspan: 2, widthPt: W })),
    td(set, '未经复议直接起诉', { colspan: 5, widthPt: 5 * W }),
    td(set, '复议后起诉', { colspan: 5, widthPt: 5 * W }),
  ]);
  rows.push([...RL_LABELS, ...RL_LABELS].map((l) => td(set, l, { widthPt: W })));
  rows.push(RL_GROUPS.flatMap((g) => RL_COLS.map((c) => td(set, shown(set, v, `reviewLitigation.${g}.${c}`), { widthPt: W }))));
  return tableOpen(set) + colgroup(set, [7, 7, 7, 7, 6, 7, 7, 7, 7, 6, 7, 7, 7, 7, 6]) + '\n' + rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n') + '\n</table>';
}

/** Column widths as a <colgroup> (colgroups sets only): pandoc reads these, not a cell's width=. */
function colgroup(set, widths) {
  return set.colgroups ? '\n<colgroup>' + widths.map((w) => `<col width="${w}%">`).join('') + '</colgroup>' : '';
}

const FILLER = [
  '围绕优化营商环境、乡村振兴、民生保障等重点领域，持续推进决策、执行、管理、服务、结果公开，做好政策文件的集中发布和解读工作，及时回应社会关切。',
  '严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，对拟公开的政府信息逐条审核，确保公开内容准确规范、安全可靠。',
  '进一步规范依申请公开办理流程，严格执行登记、审核、办理、答复、归档等环节要求，加强与申请人的沟通，提高答复质量和效率，依法保障申请人的合法权益。',
  '加强政府网站和政务新媒体日常监管，定期开展内容检查和安全检测，及时更新栏目内容，确保平台运行安全稳定，进一步发挥政务公开第一平台作用。',
];

export function buildHtml(set, v, filler = 0) {
  const t = set.template;
  const H = HEADINGS[t === 'hybrid' ? '2021' : t];
  const g = (k) => v.get(k);
  const word = set.style === 'word' || set.style === 'trs';
  const trs = set.style === 'trs';
  const bodyPt = set.bigFont ? 16 : 12;
  const p = (text) =>
    word
      ? `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:${bodyPt}pt;font-family:仿宋_GB2312">${esc(text)}</span></p>`
      : `<p>${esc(text)}</p>`;
  const h = (text) =>
    trs
      ? set.headingStyle === 'heiti'
        ? `<p class="MsoNormal"><span style="font-size:16pt;font-family:黑体">${esc(text)}</span></p>`
        : `<p><strong>${esc(text)}</strong></p>`
      : word
      ? `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><b><span style="font-size:${bodyPt}pt;font-family:黑体">${esc(text)}</span></b></p>`
      : `<p><strong>${esc(text)}</strong></p>`;
  const sub = (text) =>
    word
      ? `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-size:${bodyPt}pt;font-family:楷体_GB2312">${esc(text)}</span></p>`
      : `<p>${esc(text)}</p>`;

  const title = `${set.org}${set.year}年政府信息公开工作年度报告`;
  const nr = g('applications.newReceived.total');
  const review = g('reviewLitigation.review.total');
  const suits = g('reviewLitigation.directSuit.total') + g('reviewLitigation.suitAfterReview.total');
  const normative = t === '2019' ? g('proactive.normativeDocuments.newlyPublished') : g('proactive.normativeDocuments.issued');
  const parts = [];
  // statedTitle: no title line; the title is only stated in the preamble's
  // first sentence (现公布…年度报告。), as CMS pages whose headline is outside the article do.
  if (set.statedTitle)
    parts.push(p(`根据《中华人民共和国政府信息公开条例》和上级有关要求，现公布${title}。`));
  else parts.push(
    word
      ? `<p class="MsoNormal" align="center" style="text-align:center;line-height:30.0pt"><span style="font-size:22.0pt;font-family:方正小标宋简体">${esc(title)}</span></p>`
      : `<h1 style="text-align:center">${esc(title)}</h1>`,
  );
  parts.push(p(`本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。报告所列数据的统计期限自${set.year}年1月1日起至${set.year}年12月31日止。`));
  parts.push(h(H[0]));
  if (set.subHeadings) parts.push(sub('（一）主动公开情况'));
  parts.push(p(`${set.year}年，${set.org}认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，全年主动公开政府信息${nr * 7 + 311}条，其中规范性文件${normative}件。`));
  if (set.subHeadings) {
    parts.push(sub('（二）依申请公开情况'));
    parts.push(p(`全年共新收政府信息公开申请${nr}件，均在法定期限内予以答复。`));
  }
  parts.push(h(H[1]));
  parts.push(table2(set, v));
  parts.push(p('注：本表数据由各业务科室统计汇总。'));
  parts.push(h(H[2]));
  parts.push(p(`本年度新收政府信息公开申请${nr}件，上年结转${g('applications.carriedOver.total')}件，办结${g('applications.total.total')}件，结转下年度继续办理${g('applications.carriedForward.total')}件。`));
  for (let i = 0; i < filler; i++) parts.push(p(FILLER[i % FILLER.length]));
  parts.push(table3(set, v));
  parts.push(h(H[3]));
  parts.push(p(`全年因政府信息公开工作被申请行政复议${review}件，被提起行政诉讼${suits}件。`));
  parts.push(table4(set, v));
  parts.push(h(H[4]));
  parts.push(p('一是公开内容的针对性和实用性有待提升；二是政策解读形式还不够丰富。下一步，将进一步加强业务培训，完善公开制度，提升政务公开工作质量。'));
  parts.push(h(H[5]));
  parts.push(p('本年度未收取信息处理费。无其他需要报告的事项。'));

  const footer = set.footer
    ? `<div title="footer"><p class="MsoFooter" align="center" style="text-align:center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>\n`
    : '';
  const head = trs
    ? `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n</head>\n<body>\n<div class="TRS_Editor">\n`
    : word
    ? `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n` +
      `<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered)">\n` +
      `<title>${esc(title)}</title>\n<style>p.MsoNormal{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线}</style>\n</head>\n<body lang="ZH-CN" style="text-justify-trim:punctuation">\n<div class="WordSection1">\n`
    : `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n</head>\n<body>\n<div class="content">\n`;
  return head + footer + parts.join('\n') + '\n</div>\n</body>\n</html>\n';
}

// ---------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------

const ENV = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb' };

export function run(cmd, args, { cwd, allowFail = false } = {}) {
  const r = spawnSync(cmd, args, { cwd, env: ENV, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
  if (r.error) {
    if (r.error.code === 'ENOENT') return { missing: true };
    throw r.error;
  }
  if (r.status !== 0 && !allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  }
  return { stdout: r.stdout, stderr: r.stderr.toString(), status: r.status };
}

const HTML_TOOLS = [
  { out: 'w3m.txt', cmd: 'w3m', args: (f) => ['-dump', '-cols', '200', f] },
  { out: 'lynx.txt', cmd: 'lynx', args: (f) => ['-dump', '-width=200', '-nolist', f] },
  { out: 'html2text.txt', cmd: 'html2text', args: (f) => [f] },
  { out: 'html2text-utf8.txt', cmd: 'html2text', args: (f) => ['-utf8', '-width', '200', f] },
  { out: 'pandoc-plain.txt', cmd: 'pandoc', args: (f) => ['-f', 'html', '-t', 'plain', f] },
  { out: 'pandoc-markdown.md', cmd: 'pandoc', args: (f) => ['-f', 'html', '-t', 'markdown', f] },
  { out: 'pandoc-gfm.md', cmd: 'pandoc', args: (f) => ['-f', 'html', '-t', 'gfm', f] },
];

const PDF_TOOLS = [
  { out: 'pdftotext-layout.txt', args: (f) => ['-layout', f, '-'] },
  { out: 'pdftotext.txt', args: (f) => [f, '-'] },
  { out: 'pdftotext-raw.txt', args: (f) => ['-raw', f, '-'] },
];

/** HTML → DOCX → PDF with LibreOffice; returns { docx, pdf } paths or null. */
export function libreoffice(work, base) {
  const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
  const html = join(work, `${base}.html`);
  // HTML opens in Writer/Web by default, which has no DOCX export; the
  // "HTML (StarWriter)" import opens it as a normal Writer document.
  let r = run('soffice', [profile, '--headless', '--infilter=HTML (StarWriter)',
    '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html], { cwd: work });
  if (r.missing) return null;
  const docx = join(work, `${base}.docx`);
  if (!existsSync(docx)) throw new Error(`soffice made no DOCX: ${r.stderr}`);
  run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { cwd: work });
  const pdf = join(work, `${base}.pdf`);
  if (!existsSync(pdf)) throw new Error('soffice made no PDF');
  mkdirSync(join(work, 'txt'), { recursive: true });
  run('soffice', [profile, '--headless', '--convert-to', 'txt:Text', '--outdir', join(work, 'txt'), docx], { cwd: work });
  return { docx, pdf, txt: join(work, 'txt', `${base}.txt`) };
}

export function pdfText(pdf, mode = []) {
  const r = run('pdftotext', [...mode, pdf, '-']);
  return r.missing ? null : r.stdout.toString('utf8');
}

/** True when a form feed falls inside the body of table 3 (between 1.属于国家秘密 and （七）总计). */
export function breakInsideTable3(text) {
  const a = text.indexOf('1.属于国家秘密');
  const b = text.indexOf('（七）总计', a);
  if (a < 0 || b < 0) return false;
  return text.slice(a, b).includes('\f');
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

function main() {
  const argv = process.argv.slice(2);
  const onlyIdx = argv.indexOf('--only');
  const only = onlyIdx >= 0 ? argv[onlyIdx + 1].split(',') : null;
  const noTools = argv.includes('--no-tools');
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'layout-fixtures-'));
  const missing = new Set();
  try {
    for (const set of SETS) {
      if (only && !only.includes(set.name)) continue;
      const v = computeCells(set);
      writeFileSync(join(OUT, `${set.name}.expected.json`), expectedJson(set, v));

      let filler = set.fillerStart ?? 0;
      let html = buildHtml(set, v, filler);
      let lo = null;
      if (!noTools) {
        writeFileSync(join(work, `${set.name}.html`), html);
        lo = libreoffice(work, set.name);
        if (!lo) missing.add('soffice');
        if (lo && set.fillerStart !== undefined) {
          // Add narrative before table 3 until the PDF page break lands inside it.
          while (!breakInsideTable3(pdfText(lo.pdf) ?? '')) {
            if (++filler > 40) throw new Error(`${set.name}: could not place a page break inside table 3`);
            html = buildHtml(set, v, filler);
            writeFileSync(join(work, `${set.name}.html`), html);
            lo = libreoffice(work, set.name);
          }
          console.log(`${set.name}: ${filler} filler paragraph(s) before table 3`);
        }
      }
      writeFileSync(join(OUT, `${set.name}.html`), html);
      if (noTools) continue;

      const htmlPath = join(work, `${set.name}.html`);
      writeFileSync(htmlPath, html);
      for (const tool of HTML_TOOLS) {
        const r = run(tool.cmd, tool.args(htmlPath), { cwd: work });
        if (r.missing) { missing.add(tool.cmd); continue; }
        writeFileSync(join(OUT, `${set.name}-${tool.out}`), r.stdout);
      }
      if (lo) {
        for (const tool of PDF_TOOLS) {
          const r = run('pdftotext', tool.args(lo.pdf));
          if (r.missing) { missing.add('pdftotext'); break; }
          writeFileSync(join(OUT, `${set.name}-${tool.out}`), r.stdout);
          if (tool.out === 'pdftotext.txt') {
            const pages = r.stdout.toString('utf8').split('\f').length - 1;
            console.log(`${set.name}: PDF ${pages} page(s); page break inside table 3: ${breakInsideTable3(r.stdout.toString('utf8'))}`);
          }
        }
        writeFileSync(join(OUT, `${set.name}-soffice-txt.txt`), readFileSync(lo.txt));
      }
      if (set.chromium) {
        // A browser's print of the page (A4), then pdftotext -layout.
        const pdf = join(work, `${set.name}-chromium.pdf`);
        const r = run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--print-to-pdf-no-header',
          `--user-data-dir=${join(work, 'chromium-profile')}`, `--print-to-pdf=${pdf}`, htmlPath], { cwd: work, allowFail: true });
        if (r.missing) missing.add('chromium');
        else if (!existsSync(pdf)) throw new Error(`chromium made no PDF: ${r.stderr.slice(0, 500)}`);
        else {
          const t = run('pdftotext', ['-layout', pdf, '-']);
          if (!t.missing) writeFileSync(join(OUT, `${set.name}-chromium-pdftotext-layout.txt`), t.stdout);
        }
      }
      console.log(`${set.name}: done`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (missing.size) console.warn(`skipped (not installed): ${[...missing].join(', ')}`);
}

// Run only when invoked as a script (make-document-fixtures.mjs imports the pieces above).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
