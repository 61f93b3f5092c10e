import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNumberOnly } from '../../src/placement/table-kinds.js';

describe('isNumberOnly', () => {
  it('accepts what /^[-+]?[\\d,.-]+$/ accepts, and nothing else', () => {
    const reference = /^[-+]?[\d,.-]+$/;
    const key = fc.array(fc.constantFrom(...'+-0123456789,.a属１'.split('')), { maxLength: 8 }).map((units) => units.join(''));
    fc.assert(
      fc.property(key, (k) => {
        expect(isNumberOnly(k)).toBe(reference.test(k));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes a lone dash for a placeholder and a lone plus for nothing', () => {
    expect(isNumberOnly('-')).toBe(true);
    expect(isNumberOnly('+')).toBe(false);
    expect(isNumberOnly('')).toBe(false);
    expect(isNumberOnly('1.属于')).toBe(false);
  });
});
