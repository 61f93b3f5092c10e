import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mojibakeReader, parseReport, sourceOffsetIn } from '../../../src/index.js';

/** UTF-8 bytes read as Latin-1: what html2text writes for a page whose charset it missed. */
const asLatin1 = (s: string): string => Array.from(new TextEncoder().encode(s), (b) => String.fromCharCode(b)).join('');

describe('mojibakeReader', () => {
  it('accepts UTF-8 read as Latin-1, and not Chinese text, plain ASCII, or a few accented letters', () => {
    expect(mojibakeReader.accepts(asLatin1('某某区人民政府2023年政府信息公开工作年度报告'))).toBe(true);
    expect(mojibakeReader.accepts('某某区人民政府2023年政府信息公开工作年度报告')).toBe(false);
    expect(mojibakeReader.accepts('| 1 | 2 |\n'.repeat(100))).toBe(false);
    expect(mojibakeReader.accepts(`Café Ã© ${'x'.repeat(100)}`)).toBe(false);
  });

  it('decodes each sequence, keeps what is not one (a cut sequence, U+FFFD) as it is, and maps offsets back', () => {
    const input = `|${asLatin1('信息内容')}|${asLatin1('本').slice(0, 2)}\uFFFD|24|`;
    const { text, map } = mojibakeReader.read(input);
    expect(text).toBe(`|信息内容|${asLatin1('本').slice(0, 2)}\uFFFD|24|`);
    // 24 keeps its place: its offset in the input.
    const at = text.indexOf('24');
    expect(input.slice(sourceOffsetIn(map, at), sourceOffsetIn(map, at + 2))).toBe('24');
    // 内 maps to the start of its three bytes.
    const nei = text.indexOf('内');
    expect(input.slice(sourceOffsetIn(map, nei), sourceOffsetIn(map, nei + 1))).toBe(asLatin1('内'));
  });

  it('refuses overlong forms and surrogates', () => {
    expect(mojibakeReader.read('\u00c0\u0080\u00e0\u0080\u0080\u00ed\u00a0\u0080').text).toBe('\u00c0\u0080\u00e0\u0080\u0080\u00ed\u00a0\u0080');
  });
});

describe('parseReport on html2text output that took UTF-8 for Latin-1', () => {
  it('reads the converter fixture with no value wrong, its spans in the input as written', () => {
    const dir = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));
    const input = new TextDecoder('utf-8').decode(readFileSync(`${dir}2021-dash-html2text.txt`));
    const expected = JSON.parse(readFileSync(`${dir}2021-dash.expected.json`, 'utf8')) as Record<string, number | null>;
    const report = parseReport(input);
    expect(report.meta.year).toBe(2023);
    expect(report.applications.newReceived.total).toBe(expected['applications.newReceived.total']);
    const source = report.sources['applications.newReceived.total'];
    expect(source && input.slice(source.span.start, source.span.end)).toBe(String(expected['applications.newReceived.total']));
  });
});

describe('mojibakeReader.accepts on long inputs', () => {
  /** The whole-input count the reader's early exit must agree with. */
  const reference = (input: string): boolean => {
    let pairs = 0;
    let cjk = 0;
    for (let i = 0; i + 1 < input.length; i++) {
      const c = input.charCodeAt(i);
      if (c >= 0x3400 && c <= 0x9fff) cjk++;
      else if (c >= 0xc2 && c <= 0xf4 && input.charCodeAt(i + 1) >= 0x80 && input.charCodeAt(i + 1) <= 0xbf) pairs++;
    }
    return pairs >= 20 && cjk * 10 < pairs;
  };

  it('answers as a count over the whole input does, for Chinese text, mojibake and mixes of both', () => {
    // Pieces long enough for the early exit (checked every 1024 units) to come into play.
    const piece = fc.constantFrom('政府信息公开'.repeat(40), 'æ¿åºä¿¡æ¯'.repeat(60), 'abc '.repeat(100), 'é', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const input = pieces.join('');
        expect(mojibakeReader.accepts(input)).toBe(reference(input));
      }),
      { numRuns: 400 },
    );
  });

  it('still accepts mojibake that follows a long stretch of Chinese too short to outweigh it', () => {
    const input = `${'政'.repeat(2000)}${'æ¿åºä¿¡æ¯'.repeat(8000)}`;
    expect(reference(input)).toBe(true);
    expect(mojibakeReader.accepts(input)).toBe(true);
  });
});
