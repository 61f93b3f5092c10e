/**
 * The catalogue of real variants the renderers draw their noise from: label
 * spellings (the template's first, then those seen in the seeds, the layout
 * fixtures and the corpus), value placeholders and the section headings.
 * Each entry says where it was seen.
 */

/** Spellings of each label, the template's wording first. Keyed by a stable label id. */
export const labelSpellings: Readonly<Record<string, readonly string[]>> = {
  // 表二 frame
  'article.1': ['第二十条第（一）项', '第二十条第(一)项' /* seed 002, 003 */],
  'article.5': ['第二十条第（五）项', '第二十条第(五)项'],
  'article.6': ['第二十条第（六）项', '第二十条第(六)项'],
  'article.8': ['第二十条第（八）项', '第二十条第(八)项'],
  'article.9': ['第二十条第（九）项', '第二十条第(九)项'],
  contentHeader: ['信息内容'],
  // 表二 columns, 2021
  issued: ['本年制发件数'],
  repealed: ['本年废止件数'],
  inForce: ['现行有效件数'],
  decisions2021: ['本年处理决定数量'],
  feesAmount: ['本年收费金额（单位：万元）', '本年收费金额（单位：万元，保留4位小数）' /* seed 000 */, '本年收费金额(单位:万元,保留4位小数)' /* seed 002 */],
  // 表二 columns, 2019
  newlyMade: ['本年新制作数量'],
  newlyPublished: ['本年新公开数量'],
  totalPublished: ['对外公开总数量'],
  previousYearItems: ['上一年项目数量'],
  change: ['本年增/减'],
  decisions2019: ['处理决定数量'],
  projects: ['采购项目数量'],
  procurementAmount: ['采购总金额'],
  // 表二 rows
  regulations: ['规章'],
  normativeDocuments2021: ['行政规范性文件', '规范性文件' /* corpus 005 (2021 template) */],
  normativeDocuments2019: ['规范性文件'],
  licensing: ['行政许可'],
  otherServices: ['其他对外管理服务事项'],
  punishment: ['行政处罚'],
  enforcement: ['行政强制'],
  fees: ['行政事业性收费'],
  procurement: ['政府集中采购'],
  // 表三 header
  cornerNote: [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)' /* seed 002 */,
  ],
  applicants: ['申请人情况'],
  naturalPerson: ['自然人'],
  organizations: ['法人或其他组织', '法人或者其他组织'],
  commercial: ['商业企业'],
  research: ['科研机构'],
  publicWelfare: ['社会公益组织'],
  legalService: ['法律服务机构'],
  otherApplicant: ['其他'],
  applicantTotal: ['总计'],
  // 表三 rows
  newReceived: ['一、本年新收政府信息公开申请数量'],
  carriedOver: ['二、上年结转政府信息公开申请数量', '二、上年结转政府信息公开申请 数量' /* seed 003 */],
  results: ['三、本年度办理结果'],
  granted: ['（一）予以公开', '(一) 予以公开' /* seed 000 */],
  partiallyGranted: ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)' /* seed 002 */],
  denied: ['（三）不予公开', '(三)不予 公开' /* seed 003 */],
  'denied.stateSecret': ['1.属于国家秘密'],
  'denied.prohibitedByLaw': ['2.其他法律行政法规禁止公开', '2.其他法律行政止公开' /* corpus 002: typo in the source */],
  'denied.threeSecurities': ['3.危及“三安全一稳定”', '3.危及"三安全一稳定"' /* pandoc -t markdown */],
  'denied.thirdPartyRights': ['4.保护第三方合法权益'],
  'denied.internalAffairs': ['5.属于三类内部事务信息'],
  'denied.processInformation': ['6.属于四类过程性信息'],
  'denied.enforcementFile': ['7.属于行政执法案卷'],
  'denied.administrativeQuery': ['8.属于行政查询事项'],
  unableToProvide: ['（四）无法提供'],
  'unableToProvide.notHeld': ['1.本机关不掌握相关政府信息'],
  'unableToProvide.needsCreation': ['2.没有现成信息需要另行制作'],
  'unableToProvide.unclearAfterCorrection': ['3.补正后申请内容仍不明确'],
  notProcessed: ['（五）不予处理'],
  'notProcessed.complaint': ['1.信访举报投诉类申请'],
  'notProcessed.duplicate': ['2.重复申请'],
  'notProcessed.publication': ['3.要求提供公开出版物'],
  'notProcessed.excessive': ['4.无正当理由大量反复申请'],
  'notProcessed.confirmation': ['5.要求行政机关确认或重新出具已获取信息'],
  otherHandling: ['（六）其他处理', '(六) 其他处理' /* seed 001 */],
  'otherHandling.noCorrection': ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' /* corpus 001 */],
  'otherHandling.unpaidFee': ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' /* corpus 001 */],
  'otherHandling.other': ['3.其他', '3、其他' /* corpus 001 */],
  total: ['（七）总计', '(七) 总计' /* seed 000 */],
  carriedForward: ['四、结转下年度继续办理'],
  // 表四
  review: ['行政复议'],
  litigation: ['行政诉讼'],
  directSuit: ['未经复议直接起诉'],
  suitAfterReview: ['复议后起诉'],
  upheld: ['结果维持'],
  corrected: ['结果纠正'],
  otherOutcome: ['其他结果'],
  pending: ['尚未审结'],
  outcomeTotal: ['总计'],
};

/** Spellings of a label id (the id itself when it has none). */
export function spellingsOf(id: string): readonly string[] {
  return labelSpellings[id] ?? [id];
}

/** Placeholders written in a cell for "nothing" (layout fixtures 2021-dash; corpus 007 uses blanks). */
export const placeholders = { dash: '-', slash: '/', emDash: '—' } as const;

/** The six section headings of each template's report (2019 words 五 longer: layout fixture 2019). */
export function sectionHeadings(template: '2021' | '2019'): readonly string[] {
  return [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    template === '2019' ? '五、政府信息公开工作存在的主要问题及改进情况' : '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ];
}

/** Full-width digits, as some CMS pages print them. */
export function toFullWidthDigits(text: string): string {
  let out = '';
  for (const ch of text) out += ch >= '0' && ch <= '9' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch;
  return out;
}

/** Thousands separators: 1320 → 1,320 (integer part only). */
export function withThousands(text: string): string {
  const sign = text[0] === '-' || text[0] === '+' ? text[0] : '';
  const body = sign ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  let grouped = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ',';
    grouped += int[i];
  }
  return sign + grouped + frac;
}

/** Display width as a monospace terminal or pdftotext lays it out: CJK and full-width forms count 2. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c === 0x201c || c === 0x201d ? 2 : 1;
  }
  return w;
}
