import { describe, expect, it } from 'vitest';
import { checkSum, type SumRelation } from '../../src/validate/check-sum.js';
import { parsedSeed, withValues } from './helpers.js';

const relation = (left: string[], right: string[]): SumRelation => ({
  code: 'row-sum',
  where: '某处',
  whereEn: 'somewhere',
  left,
  right,
  leftWords: '左',
  rightWords: '右',
  leftWordsEn: 'left',
  rightWordsEn: 'right',
  nameOf: (p) => p.slice(p.lastIndexOf('.') + 1),
});

describe('checkSum', () => {
  const { report } = parsedSeed('000');
  const paths = ['proactive.fees.amount', 'proactive.regulations.issued', 'proactive.regulations.repealed'];

  it('holds for sums of decimals without float noise (0.1 + 0.2 = 0.3)', () => {
    const r = withValues(report, { [paths[0] as string]: 0.1, [paths[1] as string]: 0.2, [paths[2] as string]: 0.3 });
    expect(checkSum(r, relation(paths.slice(0, 2), paths.slice(2)))).toBeNull();
  });

  it('fails with the left sum as expected and the right sum as actual', () => {
    const r = withValues(report, { [paths[0] as string]: 2, [paths[1] as string]: 3, [paths[2] as string]: 4 });
    expect(checkSum(r, relation(paths.slice(0, 2), paths.slice(2)))).toMatchObject({ code: 'row-sum', severity: 'error', expected: 5, actual: 4, message: '某处：左 ≠ 右（5 ≠ 4）' });
  });

  it('lists every blank operand, and reads a missing path as blank', () => {
    const r = withValues(report, { [paths[0] as string]: null, [paths[2] as string]: null });
    const f = checkSum(r, relation([...paths.slice(0, 2), 'proactive.nothing.here'], paths.slice(2)));
    expect(f).toMatchObject({ code: 'not-assessable', severity: 'info', message: '某处：amount、here、repealed为空，无法核对“左 = 右”' });
  });
});
