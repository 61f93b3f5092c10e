/**
 * A hand-made table 3 of the hybrid template (one （六） row, 23 rows), with
 * values chosen for this test and checked by hand: every row's six columns
 * add up to its 总计; the result rows add up to （七）总计 in every column
 * (10 = 5+1+1+2+1, 2 = 1+1, 1 = 1; 13 = 6+1+1+1+3+1); and 本年新收 + 上年结转
 * = 总计 + 结转下年度 (10+1 = 10+1, 2+0 = 2+0, 1+0 = 1+0, 13+1 = 13+1).
 */
export const HAND_TABLE: Table3 = [
  ['newReceived', [10, 2, 0, 0, 0, 1, 13]],
  ['carriedOver', [1, 0, 0, 0, 0, 0, 1]],
  ['granted', [5, 1, 0, 0, 0, 0, 6]],
  ['partiallyGranted', [1, 0, 0, 0, 0, 0, 1]],
  ['denied.stateSecret', [0, 0, 0, 0, 0, 0, 0]],
  ['denied.prohibitedByLaw', [1, 0, 0, 0, 0, 0, 1]],
  ['denied.threeSecurities', [0, 0, 0, 0, 0, 0, 0]],
  ['denied.thirdPartyRights', [0, 0, 0, 0, 0, 0, 0]],
  ['denied.internalAffairs', [0, 1, 0, 0, 0, 0, 1]],
  ['denied.processInformation', [0, 0, 0, 0, 0, 0, 0]],
  ['denied.enforcementFile', [0, 0, 0, 0, 0, 0, 0]],
  ['denied.administrativeQuery', [0, 0, 0, 0, 0, 0, 0]],
  ['unableToProvide.notHeld', [2, 0, 0, 0, 0, 1, 3]],
  ['unableToProvide.needsCreation', [0, 0, 0, 0, 0, 0, 0]],
  ['unableToProvide.unclearAfterCorrection', [0, 0, 0, 0, 0, 0, 0]],
  ['notProcessed.complaint', [1, 0, 0, 0, 0, 0, 1]],
  ['notProcessed.duplicate', [0, 0, 0, 0, 0, 0, 0]],
  ['notProcessed.publication', [0, 0, 0, 0, 0, 0, 0]],
  ['notProcessed.excessive', [0, 0, 0, 0, 0, 0, 0]],
  ['notProcessed.confirmation', [0, 0, 0, 0, 0, 0, 0]],
  ['otherHandling.total', [0, 0, 0, 0, 0, 0, 0]],
  ['total', [10, 2, 0, 0, 0, 1, 13]],
  ['carriedForward', [1, 0, 0, 0, 0, 0, 1]],
];

/** A table 3 as row path and seven values, in template order. */
export type Table3 = readonly (readonly [string, readonly number[]])[];

/** The numbers of rows [from, to) row by row. */
export function rowByRow(table: Table3, from: number, to: number): number[] {
  return table.slice(from, to).flatMap(([, v]) => [...v]);
}

/** The numbers of rows [from, to) column by column, as pdftotext prints a rowspan block. */
export function columnByColumn(table: Table3, from: number, to: number): number[] {
  const rows = table.slice(from, to).map(([, v]) => v);
  const out: number[] = [];
  for (let c = 0; c < 7; c++) for (const r of rows) out.push(r[c] as number);
  return out;
}

/**
 * {@link HAND_TABLE} as plain pdftotext (no -layout) prints such a table, one
 * cell per line, in the shape of corpus 003: header words, the first four
 * rows row by row with some labels, rows 5–13 (三 1–8 and 四 1) column by
 * column under no label, the remaining labels together, a page footer, the
 * rest row by row with labels that are not always their own row's.
 */
export function rawTable3(table: Table3 = HAND_TABLE): string {
  const numbers = (from: number, to: number): number[] => rowByRow(table, from, to);
  const columns = (from: number, to: number): number[] => columnByColumn(table, from, to);
  const tokens: (string | number)[] = [
    '三、收到和处理政府信息公开申请情况',
    '申请人情况',
    '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
    ...numbers(0, 1),
    '二、上年结转政府信息公开申请数量', ...numbers(1, 2),
    '（一）予以公开', ...numbers(2, 3),
    '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ...numbers(3, 4),
    ...columns(4, 13),
    '三、本年度办理结果', '一、本年新收政府信息公开申请数量', '1.属于国家秘密', '2.其他法律行政法规禁止公开', '（三）不予公开', '8.属于行政查询事项', '（四）无法提供', '1.本机关不掌握相关政府信息',
    '-3-',
    '3.补正后申请内容仍不明确', ...columns(13, 18),
    '4.无正当理由大量反复申请', ...numbers(18, 20),
    '（七）总计', ...columns(20, 22),
    '四、结转下年度继续办理', ...numbers(22, 23),
    '（五）不予处理', '（六）其他处理',
    '四、政府信息公开行政复议、行政诉讼情况',
  ];
  return tokens.join('\n');
}
