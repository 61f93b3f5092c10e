import { describe, expect, it } from 'vitest';
import { applicantRowConstraints, GLUED_SEARCH_CAP, reviewConstraints, splitGluedDigits } from '../../src/placement/split-glued-digits.js';
import { parseReport } from '../../src/index.js';

const run = (text: string, start = 0) => ({ text, start });

describe('splitGluedDigits', () => {
  it('splits a table-3 row the one way its six columns add up to its total', () => {
    const split = splitGluedDigits([run('21710000218', 100)], 7, applicantRowConstraints);
    expect(split.kind).toBe('unique');
    if (split.kind !== 'unique') return;
    expect(split.parts.map((p) => p.value)).toEqual([217, 1, 0, 0, 0, 0, 218]);
    expect(split.parts[6]).toEqual({ value: 218, raw: '218', start: 108 });
  });

  it('splits runs separated by a space independently (200 000121 → 20 | 0 | 0 | 0 | 0 | 1 | 21)', () => {
    const split = splitGluedDigits([run('200'), run('000121', 4)], 7, applicantRowConstraints);
    expect(split.kind === 'unique' && split.parts.map((p) => p.value)).toEqual([20, 0, 0, 0, 0, 1, 21]);
  });

  it('splits table 4 by its three group sums', () => {
    const values = [2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 1, 3, 2, 4, 10];
    const split = splitGluedDigits([run(values.join(''))], 15, reviewConstraints);
    expect(split.kind === 'unique' && split.parts.map((p) => p.value)).toEqual(values);
  });

  it('says ambiguous, and chooses nothing, when two splits fit', () => {
    // 1|1|0|0|0|0|2 and … no: 11 is also a valid first value; with no constraint many fit.
    expect(splitGluedDigits([run('6233440')], 3, []).kind).toBe('ambiguous');
    expect(splitGluedDigits([run('350')], 2, []).kind).toBe('ambiguous');
  });

  it('accepts the only split of zeros, since no value but 0 starts with 0', () => {
    const split = splitGluedDigits([run('000')], 3, []);
    expect(split.kind === 'unique' && split.parts.map((p) => p.value)).toEqual([0, 0, 0]);
  });

  it('keeps a sign with the value it starts', () => {
    const split = splitGluedDigits([run('35'), run('-15', 2)], 2, []);
    expect(split.kind === 'unique' && split.parts.map((p) => [p.value, p.raw])).toEqual([
      [35, '35'],
      [-15, '-15'],
    ]);
  });

  it('says none when no split satisfies the arithmetic', () => {
    expect(splitGluedDigits([run('1111119')], 7, applicantRowConstraints).kind).toBe('none');
  });

  it('stays bounded on a huge digit run', () => {
    expect(splitGluedDigits([run('1'.repeat(5_000_000))], 7, applicantRowConstraints).kind).toBe('none');
    const long = splitGluedDigits([run('1234567891'.repeat(6))], 15, []);
    expect(['too-many', 'ambiguous']).toContain(long.kind);
    expect(GLUED_SEARCH_CAP).toBeLessThanOrEqual(1_000_000);
  });
});

describe('the search budget a table shares', () => {
  // 123456789123456 | 987654321987654 into seven values: tens of thousands of splits to try.
  const hard = [run('123456789123456'), run('987654321987654', 16)];

  it('takes one step from the budget for each step of a search that ends', () => {
    const budget = { remaining: 10_000_000 };
    const first = splitGluedDigits(hard, 7, applicantRowConstraints, budget);
    expect(first.kind).toBe('none');
    const used = 10_000_000 - budget.remaining;
    expect(used).toBeGreaterThan(1000);
    expect(used).toBeLessThan(GLUED_SEARCH_CAP);
    // The same search again takes as many steps.
    splitGluedDigits(hard, 7, applicantRowConstraints, budget);
    expect(10_000_000 - budget.remaining).toBe(2 * used);
  });

  it('stops a search at what the table has left, and leaves it below zero, so the next row stops at once', () => {
    const budget = { remaining: 500 };
    expect(splitGluedDigits(hard, 7, applicantRowConstraints, budget).kind).toBe('too-many');
    expect(budget.remaining).toBeLessThan(0);
    // A row that needs one step only still gets none.
    expect(splitGluedDigits([run('0000000')], 7, applicantRowConstraints, budget).kind).toBe('too-many');
    expect(splitGluedDigits([run('0000000')], 7, applicantRowConstraints).kind).toBe('unique');
  });

  it('stops a search at its own cap however much the table has left, and takes the cap from it', () => {
    const budget = { remaining: 10 * GLUED_SEARCH_CAP };
    // 60 digits into 15 values whose first 14 must add up to the 15th: far more splits than the cap.
    const lastIsSum = [{ parts: Array.from({ length: 14 }, (_, k) => k), total: 14 }];
    expect(splitGluedDigits([run('1234567891'.repeat(6))], 15, lastIsSum, budget).kind).toBe('too-many');
    expect(budget.remaining).toBe(9 * GLUED_SEARCH_CAP);
  });
});

describe('a table of glued rows past its search budget', () => {
  it('leaves every row null with a cell-glued error, those it could not search saying so', () => {
    const row = '（一）予以公开123456789123456 987654321987654';
    const report = parseReport(`三、收到和处理政府信息公开申请情况\n${row.repeat(60)}`);
    const glued = report.diagnostics.filter((d) => d.code === 'cell-glued');
    expect(glued).toHaveLength(60);
    expect(glued.every((d) => d.severity === 'error' && d.path === 'applications.granted')).toBe(true);
    // The first rows are searched to the end (no split adds up); the budget
    // then runs out, and the rest say the search was stopped.
    expect(glued.filter((d) => d.messageEn.includes('no split fits')).length).toBeGreaterThan(0);
    expect(glued.filter((d) => d.messageEn.includes('too many possible splits')).length).toBeGreaterThan(0);
    expect(Object.values(report.applications.granted).every((v) => v === null)).toBe(true);
  });
});
