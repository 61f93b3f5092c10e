import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/index.js';
import { checkResultsSum, resultRowPaths } from '../../src/validate/rule-results-sum.js';
import { parsedSeed, withValue } from './helpers.js';

/** 000 rewritten as the hybrid: a 2021 report whose table 3 keeps one （六） row (2+2+8, 0+0+1, …, 2+2+11). */
function hybrid(report: Report): Report {
  const copy = structuredClone(report) as unknown as { applications: Record<string, unknown> };
  copy.applications.otherHandling = {
    total: { naturalPerson: 12, commercial: 1, research: 0, publicWelfare: 0, legalService: 2, other: 0, total: 15 },
  };
  return copy as unknown as Report;
}

describe('checkResultsSum (R2: （一）+…+（六） = （七）总计, per column)', () => {
  it('holds in every column of the five seeds, the 2019 one with its single （六） row included', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(checkResultsSum(parsedSeed(prefix).report), prefix).toEqual([]);
    }
  });

  it('sums the 21 result rows of a divided （六） and the 19 of an undivided one', () => {
    expect(resultRowPaths('divided')).toHaveLength(2 + 8 + 3 + 5 + 3);
    expect(resultRowPaths('undivided')).toHaveLength(2 + 8 + 3 + 5 + 1);
    expect(resultRowPaths('undivided')).toContain('otherHandling.total');
  });

  it('fails the 自然人 column when 予以公开 is one more (990 ≠ 989)', () => {
    const { report } = parsedSeed('000');
    const findings = checkResultsSum(withValue(report, 'applications.granted.naturalPerson', 491));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'results-sum',
      severity: 'error',
      expected: 990,
      actual: 989,
      message: '表三自然人列：（一）至（六）各项之和 ≠ （七）总计（990 ≠ 989）',
    });
    expect(findings[0]?.paths).toHaveLength(21 + 1);
    expect(findings[0]?.paths).toContain('applications.otherHandling.unpaidFee.naturalPerson');
    expect(findings[0]?.paths[findings[0].paths.length - 1]).toBe('applications.total.naturalPerson');
  });

  it('checks the hybrid 2021 report with one （六） row: passes as written, fails when that row changes', () => {
    const { report } = parsedSeed('000');
    expect(checkResultsSum(hybrid(report))).toEqual([]);
    const [f] = checkResultsSum(withValue(hybrid(report), 'applications.otherHandling.total.total', 16));
    expect(f).toMatchObject({ code: 'results-sum', expected: 1351, actual: 1350 });
    expect(f?.paths).toContain('applications.otherHandling.total.total');
  });

  it('checks the 2019 report’s single （六） row', () => {
    const { report } = parsedSeed('003');
    const [f] = checkResultsSum(withValue(report, 'applications.otherHandling.total.naturalPerson', 1));
    expect(f).toMatchObject({ code: 'results-sum', expected: 5, actual: 4, message: '表三自然人列：（一）至（六）各项之和 ≠ （七）总计（5 ≠ 4）' });
  });

  it('is not assessable when a result cell is blank, and names it with its group', () => {
    const { report } = parsedSeed('000');
    const findings = checkResultsSum(withValue(report, 'applications.denied.stateSecret.naturalPerson', null));
    expect(findings.map((f) => f.code)).toEqual(['not-assessable']);
    expect(findings[0]?.message).toBe('表三自然人列：（三）不予公开·1.属于国家秘密为空，无法核对“（一）至（六）各项之和 = （七）总计”');
  });
});
