import { describe, expect, it } from 'vitest';
import { flattenReport, inlineHeadingsReader, parseReport, sourceOffsetIn } from '../../../src/index.js';

const page =
  '平潭某区2024年度政府信息公开工作年度报告 本报告所列数据统计期限为2024年1月1日至2024年12月31日。一、总体情况 2024年，某区持续深化政务公开，全年办理政府信息公开申请218件。' +
  '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件6233440第二十条第（五）项信息内容本年处理决定数量行政许可4529第二十条第（六）项信息内容本年处理决定数量行政处罚1100行政强制65' +
  '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他' +
  '一、本年新收政府信息公开申请数量21710000218二、上年结转政府信息公开申请数量0000000（七）总计21710000218四、结转下年度继续办理0000000' +
  '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计2131700000132410' +
  '五、存在的主要问题及改进情况仍有不足。六、其他需要报告的事项无。';

describe('inlineHeadingsReader', () => {
  it('accepts only text with very long lines', () => {
    expect(inlineHeadingsReader.accepts(page)).toBe(true);
    expect(inlineHeadingsReader.accepts('一、总体情况\n短行\n')).toBe(false);
  });

  it('puts each section heading on a line of its own, only inserting line breaks', () => {
    const { text, map } = inlineHeadingsReader.read(page);
    expect(text.replace(/\n/g, '')).toBe(page);
    expect(text).toContain('\n一、总体情况\n');
    expect(text).toContain('\n三、收到和处理政府信息公开申请情况\n');
    expect(text).not.toContain('\n一、本年新收');
    const at = text.indexOf('二、主动公开');
    expect(page.slice(sourceOffsetIn(map, at), sourceOffsetIn(map, at) + 2)).toBe('二、');
  });
});

describe('parseReport on a page run into one line', () => {
  const report = parseReport(page);
  const flat = flattenReport(report);

  it('finds the sections and reads the glued rows the arithmetic allows', () => {
    expect(report.sections.map((s) => s.kind)).toEqual(['preamble', 'overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'otherMatters']);
    expect(flat['proactive.regulations.issued']).toBe(0);
    expect(flat['applications.newReceived.naturalPerson']).toBe(217);
    expect(flat['applications.newReceived.total']).toBe(218);
    expect(flat['reviewLitigation.review.total']).toBe(7);
  });

  it('leaves an ambiguous glued row null with a cell-glued error naming the run', () => {
    expect(flat['proactive.normativeDocuments.issued']).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'cell-glued' && d.raw?.includes('6233440'))).toBe(true);
  });

  it('points spans at the input, on its single line', () => {
    const source = report.sources['applications.newReceived.total'];
    expect(source?.span.line).toBe(1);
    expect(page.slice(source?.span.start, source?.span.end)).toBe('218');
    expect(source?.span.column).toBe((source?.span.start ?? 0) + 1);
  });
});
