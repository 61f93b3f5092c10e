import type { Report } from '../model/report.js';
import { makeFinding, type Finding } from './finding.js';
import { cellSpans, readCell } from './read-cell.js';

/**
 * A relation of the template: the cells on the left add up to the cells on
 * the right. Described in practitioners' words for the message, in English
 * by model keys.
 */
export interface SumRelation {
  /** The finding code when the relation fails. */
  readonly code: 'applications-balance' | 'results-sum' | 'row-sum' | 'review-sum';
  /** Where, in Chinese: 表三自然人列. */
  readonly where: string;
  /** Where, in English: Table 3, column naturalPerson. */
  readonly whereEn: string;
  /** Paths whose sum the relation expects. */
  readonly left: readonly string[];
  /** Paths whose sum is compared with it. */
  readonly right: readonly string[];
  /** The left side in words: 本年新收+上年结转. */
  readonly leftWords: string;
  /** The right side in words: 办理结果总计+结转下年度继续办理. */
  readonly rightWords: string;
  /** The left side in English. */
  readonly leftWordsEn: string;
  /** The right side in English. */
  readonly rightWordsEn: string;
  /** Names a cell of the relation in Chinese, for saying which is blank. */
  readonly nameOf: (path: string) => string;
}

/** Tolerance for sums that are not whole numbers (counts always are). */
const EPSILON = 1e-9;

/** Sum without float noise: 0.1 + 0.2 gives 0.3. */
function sumOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return Number.isInteger(sum) ? sum : Number(sum.toFixed(10));
}

/**
 * Checks one relation: null when it holds; an error finding with expected
 * (the left sum) and actual (the right sum) when it fails; an info
 * `not-assessable` finding naming the blank cells when any operand is null
 * — a blank is never read as 0.
 */
export function checkSum(report: Report, relation: SumRelation): Finding | null {
  const paths = [...relation.left, ...relation.right];
  // Each cell read once: the blank ones, then the two sums from the same values.
  const values = paths.map((p) => readCell(report, p));
  const blank = paths.filter((_, k) => values[k] === null);
  if (blank.length > 0) {
    return makeFinding({
      code: 'not-assessable',
      severity: 'info',
      message: `${relation.where}：${blank.map(relation.nameOf).join('、')}为空，无法核对“${relation.leftWords} = ${relation.rightWords}”`,
      messageEn: `${relation.whereEn}: cannot check ${relation.leftWordsEn} = ${relation.rightWordsEn}; blank: ${blank.join(', ')}`,
      paths,
      spans: cellSpans(report, blank),
    });
  }
  const expected = sumOf(values.slice(0, relation.left.length) as number[]);
  const actual = sumOf(values.slice(relation.left.length) as number[]);
  if (Math.abs(expected - actual) < EPSILON) return null;
  return makeFinding({
    code: relation.code,
    severity: 'error',
    message: `${relation.where}：${relation.leftWords} ≠ ${relation.rightWords}（${expected} ≠ ${actual}）`,
    messageEn: `${relation.whereEn}: ${relation.leftWordsEn} ≠ ${relation.rightWordsEn} (${expected} ≠ ${actual})`,
    paths,
    expected,
    actual,
    spans: cellSpans(report, paths),
  });
}
