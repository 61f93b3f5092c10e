import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLineIndex, flattenReport, parseReport, recognizeTsvGrid, splitLines } from '../../src/index.js';
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

describe('table 4 with a page\'s repeated table-2 header among its values', () => {
  it('does not count the other table\'s labels as values: 13 numbers stay 13, never 15 shifted ones', () => {
    // pandoc's plain Markdown of a report whose table 4 has blank cells (13 numbers, read as null).
    const text = readFileSync(new URL('../fixtures/layouts/2021-plain-cols-pandoc-markdown.md', import.meta.url), 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^\s*3\s+1\s+1\s+5\s+2\s/.test(l));
    expect(at).toBeGreaterThan(0);
    const withHeader = [...lines.slice(0, at + 1), '\f  信息内容                 本年处理决定数量', ...lines.slice(at + 1)].join('\n');
    for (const input of [text, withHeader]) {
      const report = parseReport(input);
      expect(flattenReport(report)['reviewLitigation.review.pending']).toBeNull();
      expect(report.diagnostics.some((d) => d.code === 'row-value-count' && d.path === 'reviewLitigation')).toBe(true);
    }
  });
});
