import { describe, expect, it } from 'vitest';
import { decodeEntities, decodeEntityAt } from '../../../src/readers/html/decode-entities.js';

describe('decodeEntityAt', () => {
  it('decodes the named references report pages use', () => {
    const cases: [string, string][] = [
      ['&nbsp;', '\u00a0'], ['&amp;', '&'], ['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&apos;', "'"],
      ['&ensp;', '\u2002'], ['&emsp;', '\u2003'], ['&thinsp;', '\u2009'], ['&middot;', '·'],
      ['&ldquo;', '“'], ['&rdquo;', '”'], ['&lsquo;', '‘'], ['&rsquo;', '’'],
      ['&mdash;', '—'], ['&ndash;', '–'], ['&hellip;', '…'],
    ];
    for (const [entity, value] of cases) expect(decodeEntityAt(entity, 0)).toEqual({ value, end: entity.length });
  });

  it('decodes decimal and hexadecimal references, with or without the semicolon', () => {
    expect(decodeEntityAt('&#123;', 0)).toEqual({ value: '{', end: 6 });
    expect(decodeEntityAt('&#x7b;', 0)).toEqual({ value: '{', end: 6 });
    expect(decodeEntityAt('&#X7B;', 0)).toEqual({ value: '{', end: 6 });
    expect(decodeEntityAt('&#20013;', 0)).toEqual({ value: '中', end: 8 });
    expect(decodeEntityAt('&#x1F600;', 0)).toEqual({ value: '😀', end: 9 });
    expect(decodeEntityAt('&#49 件', 0)).toEqual({ value: '1', end: 4 });
  });

  it('reads 0x80–0x9F as Windows-1252, and 0, surrogates and huge values as U+FFFD', () => {
    expect(decodeEntityAt('&#150;', 0)?.value).toBe('–');
    expect(decodeEntityAt('&#147;', 0)?.value).toBe('“');
    expect(decodeEntityAt('&#0;', 0)?.value).toBe('\ufffd');
    expect(decodeEntityAt('&#xD800;', 0)?.value).toBe('\ufffd');
    expect(decodeEntityAt('&#99999999999999999999;', 0)).toEqual({ value: '\ufffd', end: 23 });
  });

  it('returns null for what is not a reference, so the caller keeps it verbatim', () => {
    for (const text of ['&', '& ', '&nosuch;', '&#;', '&#x;', '&#xg;', '&;', '&NBSP;', 'a&amp;']) {
      expect(decodeEntityAt(text, 0)).toBeNull();
    }
  });

  it('accepts the legacy names without a semicolon only when no letter follows', () => {
    expect(decodeEntityAt('&nbsp 5', 0)).toEqual({ value: '\u00a0', end: 5 });
    expect(decodeEntityAt('&amp<', 0)).toEqual({ value: '&', end: 4 });
    expect(decodeEntityAt('&ampx', 0)).toBeNull();
    expect(decodeEntityAt('&mdash 1', 0)).toBeNull();
  });

  it('does not read past its limit', () => {
    expect(decodeEntityAt('&amp;', 0, 4)).toEqual({ value: '&', end: 4 });
    expect(decodeEntityAt('&#123;', 0, 3)).toEqual({ value: '\u0001', end: 3 });
    expect(decodeEntityAt('&mdash;', 0, 4)).toBeNull();
  });
});

describe('decodeEntities', () => {
  it('decodes every reference in a string and keeps the rest as written', () => {
    expect(decodeEntities('A&amp;B &#20013; &bogus; &')).toBe('A&B 中 &bogus; &');
    expect(decodeEntities('no references')).toBe('no references');
  });

  it('is linear on a long run of ampersands and digits', () => {
    const text = '&'.repeat(200_000) + '&#' + '9'.repeat(200_000);
    expect(decodeEntities(text)).toBe('&'.repeat(200_000) + '\ufffd');
  });
});
