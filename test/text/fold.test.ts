import { describe, expect, it } from 'vitest';
import { foldForMatch, labelKey } from '../../src/index.js';

describe('foldForMatch', () => {
  it('folds full-width digits, letters, brackets and punctuation to ASCII', () => {
    expect(foldForMatch('（一）１２３ＡＢ：，')).toBe('(一)123AB:,');
  });

  it('folds ideographic and no-break spaces to spaces, 〇 to 0, curly quotes to straight', () => {
    expect(foldForMatch('二〇二二\u3000年\u00a0“三安全一稳定”')).toBe('二0二二 年 "三安全一稳定"');
  });

  it('keeps the length, so offsets in the folded text are offsets in the input', () => {
    const input = '\ufeff（三）不予公开\u3000１';
    expect(foldForMatch(input)).toHaveLength(input.length);
  });

  it('leaves 、 alone: it marks enumerators', () => {
    expect(foldForMatch('一、总体情况')).toBe('一、总体情况');
  });
});

describe('labelKey', () => {
  it('removes every kind of white space, as labels are broken over lines', () => {
    expect(labelKey('(三)不予 公开')).toBe('(三)不予公开');
    expect(labelKey('商业\n企业')).toBe('商业企业');
    expect(labelKey('结果\r\n\r\n纠正\u3000')).toBe('结果纠正');
  });
});
