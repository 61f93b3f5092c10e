import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/index.js';
import { applicantColumns, applicationGroups, applicationRows } from '../../src/templates/applications-table.js';
import fc from 'fast-check';
import { firstMatchingList, matchLabelKey, splitEnumerator, type LabelEntry } from '../../src/templates/label.js';
import { proactiveColumns, proactiveRows } from '../../src/templates/proactive-table.js';
import { outcomeColumns, reviewGroups } from '../../src/templates/review-litigation-table.js';

describe('splitEnumerator', () => {
  it('splits the enumerators reports use', () => {
    expect(splitEnumerator('一、本年新收')).toEqual({ enumerator: '一、', core: '本年新收' });
    expect(splitEnumerator('(三)不予公开')).toEqual({ enumerator: '(三)', core: '不予公开' });
    expect(splitEnumerator('1.属于国家秘密')).toEqual({ enumerator: '1.', core: '属于国家秘密' });
    expect(splitEnumerator('3、其他')).toEqual({ enumerator: '3、', core: '其他' });
  });

  it('does not take a decimal number for an enumerator', () => {
    expect(splitEnumerator('1.5')).toEqual({ enumerator: '', core: '1.5' });
  });
});

describe('matchLabel', () => {
  it('matches template labels and their variants, whatever the spacing and width', () => {
    expect(matchLabel('（三）不予 公开', applicationRows)).toBeUndefined();
    expect(matchLabel('2.其他法律法规禁止公开', applicationRows)?.path).toBe('denied.prohibitedByLaw');
    expect(matchLabel('3.危及“三安全一稳定”', applicationRows)?.path).toBe('denied.threeSecurities');
    expect(matchLabel('(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', applicationRows)?.path).toBe('partiallyGranted');
    expect(matchLabel('二、上年结转政府信息公开申请 数量', applicationRows)?.path).toBe('carriedOver');
  });

  it('matches short labels exactly, so 其他 inside a longer label is not 其他', () => {
    expect(matchLabel('3.其他', applicationRows)?.path).toBe('otherHandling.other');
    expect(matchLabel('法人或其他组织', applicantColumns)).toBeUndefined();
    expect(matchLabel('其他', applicantColumns)?.key).toBe('other');
  });

  it('refuses prose longer than any label', () => {
    expect(matchLabel('本年新收'.repeat(40), applicationRows)).toBeUndefined();
  });
});

describe('firstMatchingList', () => {
  // Lists of the template, and a made-up one with exact entries and an
  // empty variant, which matches every key.
  const made: readonly LabelEntry[] = [
    { key: 'total', label: '总计', variants: ['总计', '合计'], exact: true },
    { key: 'other', label: '其他', variants: ['其他'], exact: true },
  ];
  const everything: readonly LabelEntry[] = [{ key: 'any', label: '', variants: [''] }];
  const lists = [applicationRows, applicantColumns, applicationGroups, made, proactiveRows, proactiveColumns, reviewGroups, outcomeColumns];
  const variants = lists.flatMap((l) => l.flatMap((e) => e.variants)).filter((v) => v !== '');
  // Keys made of whole variants, pieces of them and stray characters, so that matches, near misses and exact keys all come up.
  const piece = fc.oneof(
    fc.constantFrom(...variants),
    fc.constantFrom(...variants).chain((v) => fc.tuple(fc.nat(v.length), fc.nat(v.length)).map(([a, b]) => v.slice(Math.min(a, b), Math.max(a, b)))),
    fc.constantFrom(...'其他总计合计不予公开申请人情况(一)12.、'.split('')),
  );
  const key = fc.array(piece, { maxLength: 4 }).map((ps) => ps.join(''));
  const orderings = fc.shuffledSubarray(lists, { minLength: 1 });

  it('names the list a findIndex of matchLabelKey names, for every key and every choice and order of lists', () => {
    fc.assert(
      fc.property(key, orderings, fc.boolean(), (core, chosen, withEverything) => {
        // A fresh array each time: the index is kept per array.
        const ls = withEverything ? [...chosen, everything] : [...chosen];
        expect(firstMatchingList(core, ls)).toBe(ls.findIndex((l) => matchLabelKey(core, l) !== undefined));
      }),
      { numRuns: 2000 },
    );
  });

  it('asks each list in turn past 30 lists', () => {
    const many = Array.from({ length: 31 }, (_, k) => (k === 30 ? applicantColumns : made));
    expect(firstMatchingList('商业企业', many)).toBe(30);
    expect(firstMatchingList('合计', many)).toBe(0);
  });
});
