import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/index.js';
import { applicantColumns, applicationRows } from '../../src/templates/applications-table.js';
import { splitEnumerator } from '../../src/templates/label.js';

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
