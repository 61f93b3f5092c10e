import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../src/validate/finding.js';

describe('makeFinding', () => {
  it('leaves out optional fields it was not given, so findings compare and serialize cleanly', () => {
    const f = makeFinding({ code: 'section-missing', severity: 'warning', message: '缺少', messageEn: 'missing' });
    expect(f).toEqual({ code: 'section-missing', severity: 'warning', message: '缺少', messageEn: 'missing', paths: [], spans: [] });
    expect(Object.keys(f)).not.toContain('expected');
  });

  it('keeps 0 as an expected or actual value', () => {
    const f = makeFinding({ code: 'row-sum', severity: 'error', message: 'm', messageEn: 'm', expected: 0, actual: 1 });
    expect(f.expected).toBe(0);
    expect(f.actual).toBe(1);
  });
});
