import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenReport } from '../../src/index.js';
import { parseReport } from '../../src/html.js';

// The real corpus lives beside the repository (../shared/corpus/real), as on
// the developers' machines and in CI. Elsewhere these tests cannot run.
const corpusDir = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));
const answersDir = fileURLToPath(new URL('./answers/', import.meta.url));
const haveCorpus = existsSync(corpusDir);

type Compare = (flat: Record<string, unknown>, answer: Record<string, unknown>, report: unknown) => { right: number; expected: number; wrong: number; silent: number; wrongPaths: string[]; silentPaths: string[] };
const compareModule = '../../scripts/corpus-compare.mjs';
const { compareWithAnswer } = (await import(compareModule)) as { compareWithAnswer: Compare };

/** Layouts read completely today: every value of these reports must be right. */
const COMPLETE = ['001', '002', '003', '004', '007', '008', '010', '011', '017'];
/**
 * Reports read in part: how many values are right today at least (a ratchet:
 * raise it when a change reads more; a fall is a lost layout).
 */
const RIGHT_AT_LEAST: Record<string, number> = {
  '005': 193, '006': 194, '009': 197, '014': 181, '016': 197, '018': 185, '019': 197, '021': 179,
};

const files = haveCorpus ? readdirSync(corpusDir).filter((f) => /^\d{3}-/.test(f)).sort() : [];

describe.skipIf(!haveCorpus)('the real corpus against its hand-checked answers', () => {
  it('has an answer for every report', () => {
    for (const f of files) expect(existsSync(`${answersDir}${basename(f, extname(f))}.json`), f).toBe(true);
  });

  for (const file of files) {
    it(`${file}: no value wrong, none missing without a diagnostic`, () => {
      const report = parseReport(readFileSync(corpusDir + file, 'utf8'));
      const answer = JSON.parse(readFileSync(`${answersDir}${basename(file, extname(file))}.json`, 'utf8')) as Record<string, unknown>;
      const result = compareWithAnswer(flattenReport(report), answer, report);
      expect(result.wrongPaths).toEqual([]);
      expect(result.silentPaths).toEqual([]);
      expect(report.meta.template).toBe(answer['meta.template']);
      if (COMPLETE.includes(file.slice(0, 3))) expect(result.right).toBe(result.expected);
      const floor = RIGHT_AT_LEAST[file.slice(0, 3)];
      if (floor !== undefined) expect(result.right).toBeGreaterThanOrEqual(floor);
    });
  }
});
