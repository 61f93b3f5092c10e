import { describe, expect, it } from 'vitest';
import type { ReportPath } from '../../src/index.js';
import { checkReviewSum } from '../../src/validate/rule-review-sum.js';
import { parsedSeed, withValue } from './helpers.js';

describe('checkReviewSum (R4: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计)', () => {
  it('holds for 行政复议, 未经复议直接起诉 and 复议后起诉 in the five seeds', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(checkReviewSum(parsedSeed(prefix).report), prefix).toEqual([]);
    }
  });

  it('fails 未经复议直接起诉 when 尚未审结 is 37 instead of 38 (84 ≠ 85)', () => {
    const { report } = parsedSeed('001');
    const findings = checkReviewSum(withValue(report, 'reviewLitigation.directSuit.pending', 37));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'review-sum',
      severity: 'error',
      expected: 84,
      actual: 85,
      message: '表四“行政诉讼·未经复议直接起诉”：结果维持+结果纠正+其他结果+尚未审结 ≠ 总计（84 ≠ 85）',
      paths: ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => `reviewLitigation.directSuit.${k}`),
    });
    expect(findings[0]?.spans).toEqual(findings[0]?.paths.map((p) => report.sources[p as ReportPath]?.span));
  });

  it('fails 行政复议 when its 总计 changes', () => {
    const { report } = parsedSeed('000');
    const [f] = checkReviewSum(withValue(report, 'reviewLitigation.review.total', 30));
    expect(f).toMatchObject({ code: 'review-sum', expected: 29, actual: 30, message: '表四“行政复议”：结果维持+结果纠正+其他结果+尚未审结 ≠ 总计（29 ≠ 30）' });
  });

  it('is not assessable when 其他结果 is blank, naming it', () => {
    const { report } = parsedSeed('001');
    const findings = checkReviewSum(withValue(report, 'reviewLitigation.suitAfterReview.other', null));
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['not-assessable', 'info']]);
    expect(findings[0]?.message).toBe('表四“行政诉讼·复议后起诉”：其他结果为空，无法核对“结果维持+结果纠正+其他结果+尚未审结 = 总计”');
  });
});
