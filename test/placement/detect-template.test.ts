import { describe, expect, it } from 'vitest';
import { detectTemplate } from '../../src/placement/detect-template.js';

const evidence = (over: Partial<Parameters<typeof detectTemplate>[0]>) => ({
  proactiveColumns: new Set<never>(),
  proactiveRows: new Set<never>(),
  otherHandling: null,
  year: null,
  ...over,
});

describe('detectTemplate', () => {
  it('decides from table 2 columns before the year', () => {
    expect(detectTemplate(evidence({ proactiveColumns: new Set(['newlyMade'] as never[]), year: 2022 })).template).toBe('2019');
    expect(detectTemplate(evidence({ proactiveColumns: new Set(['issued'] as never[]), year: 2020 })).template).toBe('2021');
  });

  it('takes 其他对外管理服务事项 or 政府集中采购 as 2019 evidence', () => {
    expect(detectTemplate(evidence({ proactiveRows: new Set(['procurement'] as never[]) })).template).toBe('2019');
  });

  it('does not take one （六） row as proof of 2019: 2021 reports have it too', () => {
    expect(detectTemplate(evidence({ otherHandling: 'undivided', year: 2023 })).template).toBe('2021');
    expect(detectTemplate(evidence({ otherHandling: 'undivided' })).template).toBe('2019');
  });

  it('says pre2019 for earlier years, unknown with no evidence, and ambiguous on conflict', () => {
    expect(detectTemplate(evidence({ year: 2014 })).template).toBe('pre2019');
    expect(detectTemplate(evidence({})).template).toBe('unknown');
    expect(detectTemplate(evidence({ proactiveColumns: new Set(['issued', 'newlyMade', 'change'] as never[]) }))).toEqual({ template: '2019', ambiguous: true });
  });
});
