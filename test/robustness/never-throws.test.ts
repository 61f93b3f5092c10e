import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { checkReport } from './checks.mjs';
import { createRandom, randomTokenSoup, TOKENS } from './generators.mjs';
import { lib, parserOf } from './harness.js';

/** Parses with one entry point, validates, and returns what is wrong with the result (nothing, we hope). */
function problemsOf(input: string, entry: 'text' | 'html'): string[] {
  const report = parserOf(entry)(input);
  return checkReport(input, report, validate(report), lib, entry);
}

/** Any UTF-16 units: lone surrogates, NUL and every control character included. */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((codes) => String.fromCharCode(...codes));
/** Report vocabulary, separators, markup and noise in any order. */
const tokenSoup = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.nat({ max: 100_000 }).map(String), anyUnits.map((s) => s.slice(0, 3))), { maxLength: 120 }).map((parts) => parts.join(''));

describe.each(['text', 'html'] as const)('parseReport (%s entry) and validate on arbitrary strings', (entry) => {
  test.prop([fc.string({ unit: 'binary', maxLength: 400 })], { numRuns: 150 })('never throw and return plain data on any Unicode text', (input) => {
    expect(problemsOf(input, entry)).toEqual([]);
  });

  test.prop([anyUnits], { numRuns: 150 })('never throw on lone surrogates, NUL and control characters', (input) => {
    expect(problemsOf(input, entry)).toEqual([]);
  });

  test.prop([tokenSoup], { numRuns: 250 })('never throw on report words, numbers, separators and markup in any order', (input) => {
    expect(problemsOf(input, entry)).toEqual([]);
  });

  it.each([
    ['the empty string', ''],
    ['NUL', '\u0000'],
    ['NUL everywhere', '三、收到和处理\u0000政府信息公开申请情况\n（一）予以公开\t1\u0000\t2\n'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate after a high one reversed', '\udc00\ud800'],
    ['a byte-order mark alone', '\ufeff'],
    ['a lone CR', '\r'],
    ['form feeds and vertical tabs', '\f\v\f\v'],
    ['replacement characters', '\ufffd'.repeat(50)],
    ['astral characters', '😀𠀀'.repeat(30)],
    ['token soup', randomTokenSoup(createRandom(7), 400)],
  ])('never throw on %s', (_, input) => {
    expect(problemsOf(input, entry)).toEqual([]);
  });
});
