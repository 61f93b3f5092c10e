import { describe, expect, it } from 'vitest';
import { isChineseNumeral } from '../../src/text/chinese-numeral.js';
import { addUnit, createUnitSet, hasUnit } from '../../src/text/unit-set.js';

describe('isChineseNumeral', () => {
  it('is true for 一 to 十 and for nothing else of the CJK block', () => {
    const numerals = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
    for (let code = 0x3000; code <= 0x9fff; code++) expect(isChineseNumeral(code)).toBe(numerals.has(code));
    expect(isChineseNumeral('〇'.charCodeAt(0))).toBe(false);
    expect(isChineseNumeral(Number.NaN)).toBe(false);
  });
});

describe('UnitSet', () => {
  it('holds exactly the units added, across the whole UTF-16 range', () => {
    const set = createUnitSet();
    const added = [0, 1, 7, 8, 0x4e00, 0x9fff, 0xffff];
    for (const code of added) addUnit(set, code);
    for (let code = 0; code <= 0xffff; code++) expect(hasUnit(set, code)).toBe(added.includes(code));
  });
});
