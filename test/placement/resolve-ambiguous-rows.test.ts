import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { resolveAmbiguousRows } from '../../src/placement/resolve-ambiguous-rows.js';

// Table 3 of a real crawler page (corpus 016), cells run together. Two rows,
// 270020130 and 220000325, fit their own row sums in two ways each; the
// values below were read by hand from the page's HTML (test/corpus/answers).
const excerpt = readFileSync(new URL('../fixtures/glued/016-table3-excerpt.txt', import.meta.url), 'utf8');

describe('resolveAmbiguousRows', () => {
  it('splits glued rows the one way the column relations allow', () => {
    const report = parseReport(excerpt);
    expect(report.applications.granted).toEqual({ naturalPerson: 27, commercial: 0, research: 0, publicWelfare: 2, legalService: 0, other: 1, total: 30 });
    expect(report.applications.unableToProvide.notHeld).toEqual({ naturalPerson: 22, commercial: 0, research: 0, publicWelfare: 0, legalService: 0, other: 3, total: 25 });
    expect(report.diagnostics.filter((d) => d.code === 'cell-split' && d.message.includes('各列的勾稽关系')).map((d) => d.path)).toEqual(['applications.granted', 'applications.unableToProvide.notHeld']);
  });

  it('chooses nothing when two combinations satisfy the relations', () => {
    const cell = (text: string) => ({ text, start: 0, end: 0 });
    const a = ['1', '0', '0', '0', '0', '0', '1'].map(cell);
    const b = ['1', '0', '0', '0', '0', '0', '1'].map(cell);
    expect(resolveAmbiguousRows([{ rowPath: 'granted', splits: [a, b] }], () => 0, 'divided')).toBeNull();
  });

  it('chooses nothing when a relation it needs has a blank operand', () => {
    const cell = (text: string) => ({ text, start: 0, end: 0 });
    const only = ['1', '0', '0', '0', '0', '0', '1'].map(cell);
    const other = ['0', '1', '0', '0', '0', '0', '1'].map(cell);
    expect(resolveAmbiguousRows([{ rowPath: 'granted', splits: [only, other] }], () => null, 'divided')).toBeNull();
  });
});
