import { describe, expect, it } from 'vitest';
import { parseReport, type ReportPath } from '../../src/index.js';
import { checkApplicationsBalance } from '../../src/validate/rule-applications-balance.js';
import { ofCode, parsedSeed, withValue } from './helpers.js';

describe('checkApplicationsBalance (R1: 本年新收 + 上年结转 = （七）总计 + 结转下年度)', () => {
  it('holds in every column of the five seeds', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(checkApplicationsBalance(parsedSeed(prefix).report), prefix).toEqual([]);
    }
  });

  it('fails the 总计 column when 结转下年度 drops from 4 to 3 (1354 ≠ 1353)', () => {
    const { report } = parsedSeed('000');
    const findings = checkApplicationsBalance(withValue(report, 'applications.carriedForward.total', 3));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({
      code: 'applications-balance',
      severity: 'error',
      // 1320 + 34 on the left, 1350 + 3 on the right.
      expected: 1354,
      actual: 1353,
      message: '表三总计列：本年新收+上年结转 ≠ 办理结果总计+结转下年度继续办理（1354 ≠ 1353）',
      messageEn: 'Table 3, column total: newReceived + carriedOver ≠ total + carriedForward (1354 ≠ 1353)',
      paths: ['applications.newReceived.total', 'applications.carriedOver.total', 'applications.total.total', 'applications.carriedForward.total'],
    });
    expect(f?.spans.map((s) => s.start)).toEqual(f?.paths.map((p) => report.sources[p as ReportPath]?.span.start));
  });

  it('names the column in practitioners’ words: 法人或其他组织·法律服务机构列', () => {
    const { report } = parsedSeed('000');
    const [f] = checkApplicationsBalance(withValue(report, 'applications.newReceived.legalService', 352));
    expect(f?.message).toBe('表三法人或其他组织·法律服务机构列：本年新收+上年结转 ≠ 办理结果总计+结转下年度继续办理（352 ≠ 351）');
  });

  it('is not assessable, as info naming the blank cell, when 上年结转 is blank — never blank as 0', () => {
    const { report } = parsedSeed('000');
    const findings = checkApplicationsBalance(withValue(report, 'applications.carriedOver.naturalPerson', null));
    expect(ofCode(findings, 'applications-balance')).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'not-assessable',
      severity: 'info',
      message: '表三自然人列：二、上年结转为空，无法核对“本年新收+上年结转 = 办理结果总计+结转下年度继续办理”',
      spans: [report.sources['applications.carriedOver.naturalPerson']?.span],
    });
    expect(findings[0]?.expected).toBeUndefined();
  });

  it('does not pass a column whose blank, read as 0, would have balanced it', () => {
    // 000 自然人: 959 + 34 = 989 + 4. With 上年结转 blank and 新收 raised to 993, 0 for blank would "balance".
    const { report } = parsedSeed('000');
    const blanked = withValue(withValue(report, 'applications.carriedOver.naturalPerson', null), 'applications.newReceived.naturalPerson', 993);
    expect(checkApplicationsBalance(blanked).map((f) => f.code)).toEqual(['not-assessable']);
  });

  it('says once that table 3 cannot be checked when the table is missing', () => {
    const findings = checkApplicationsBalance(parseReport('一、总体情况\n本年度未收到申请。\n'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'not-assessable', severity: 'info' });
    expect(findings[0]?.message).toContain('表三无数值');
  });
});
