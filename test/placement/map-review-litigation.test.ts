import { describe, expect, it } from 'vitest';
import { createLineIndex, recognizeTsvGrid, splitLines } from '../../src/index.js';
import { mapReviewLitigation } from '../../src/placement/map-review-litigation.js';
import { regionOf } from '../helpers/region.js';

const HEADER = '行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n';
const map = (tsv: string) => {
  const grid = recognizeTsvGrid(regionOf(tsv));
  return mapReviewLitigation(grid ? grid.rows.flat() : [], createLineIndex(splitLines(tsv)));
};

describe('mapReviewLitigation', () => {
  it('reads the 15 numbers in the template order', () => {
    const out = map(HEADER + '1\t2\t3\t4\t10\t5\t6\t7\t8\t26\t0\t0\t0\t1\t1');
    expect(out.values.get('reviewLitigation.review.pending')).toBe(4);
    expect(out.values.get('reviewLitigation.directSuit.total')).toBe(26);
    expect(out.values.get('reviewLitigation.suitAfterReview.pending')).toBe(1);
  });

  it('reads them also when they are split over several rows', () => {
    const out = map(HEADER + '1\t2\t3\t4\t10\n5\t6\t7\t8\t26\n0\t0\t0\t1\t1');
    expect(out.values.get('reviewLitigation.suitAfterReview.total')).toBe(1);
  });

  it('makes the table null with an error when a number is missing', () => {
    const out = map(HEADER + '1\t2\t3\t4\t10\t5\t6\t7\t8\t26\t0\t0\t0\t1');
    expect([...out.values.values()].every((v) => v === null)).toBe(true);
    expect(out.diagnostics[0]?.code).toBe('row-value-count');
    expect(out.diagnostics[0]?.raw).toContain('26');
  });

  it('says the table was not found when it holds no values', () => {
    expect(map(HEADER).found).toBe(false);
  });
});
