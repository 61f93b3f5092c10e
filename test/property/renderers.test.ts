import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseCellValue } from '../../src/index.js';
import { numRuns } from './check.js';
import { layouts } from './layouts.js';
import { anyConsistentReport, breakRelation, consistentReport, modelValues, otherHandlingOf, resultRows, type ModelReport } from './model.js';
import { noiseArb, quiet } from './noise.js';

/** The template's arithmetic, checked on a model report (the oracle of the validate properties). */
function failures(report: ModelReport): string[] {
  const out: string[] = [];
  const row = (p: string): readonly number[] => report.applications.get(p) ?? [];
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  for (const [p, v] of report.applications) if (sum(v.slice(0, 6)) !== v[6]) out.push(`row-sum ${p}`);
  for (let c = 0; c < 7; c++) {
    if ((row('newReceived')[c] as number) + (row('carriedOver')[c] as number) !== (row('total')[c] as number) + (row('carriedForward')[c] as number)) out.push(`applications-balance ${c}`);
    if (sum(resultRows(otherHandlingOf(report.kind)).map((p) => row(p)[c] as number)) !== row('total')[c]) out.push(`results-sum ${c}`);
  }
  for (const [g, v] of report.reviewLitigation) if (sum(v.slice(0, 4)) !== v[4]) out.push(`review-sum ${g}`);
  return out;
}

describe('the generators', () => {
  test.prop([anyConsistentReport], { numRuns: numRuns(100) })('make reports where every relation holds, with no negative count', (report) => {
    expect(failures(report)).toEqual([]);
    for (const [path, v] of modelValues(report)) if (!path.endsWith('.change')) expect(v, path).toBeGreaterThanOrEqual(0);
  });

  test.prop(
    [consistentReport('2021'), fc.constantFrom('applications-balance', 'results-sum', 'row-sum', 'review-sum' as const), fc.record({ row: fc.nat({ max: 30 }), column: fc.nat({ max: 6 }), by: fc.integer({ min: 1, max: 9 }) })],
    { numRuns: numRuns(100) },
  )('break exactly one family of relations', (report, code, pick) => {
    const broken = breakRelation(report, code, pick);
    const families = new Set(failures(broken.report).map((f) => f.split(' ')[0]));
    expect([...families]).toEqual([code]);
  });
});

describe.each(layouts)('the $name renderer', (layout) => {
  test.prop([anyConsistentReport, noiseArb()], { numRuns: numRuns(40) })('places every model value once and records where its number is', (report, noise) => {
    const rendering = layout.render(report, noise);
    const paths = rendering.placed.map((p) => p.path);
    expect([...paths].sort()).toEqual([...modelValues(report).keys()].sort());
    for (const p of rendering.placed) {
      if (p.shown === null) {
        expect(p.start, p.path).toBe(p.end);
        continue;
      }
      const cell = parseCellValue(rendering.text.slice(p.start, p.end));
      expect(cell.kind === 'number' ? cell.value : cell, p.path).toBe(p.shown);
    }
  });

  it('writes the same text for the same report and noise', () => {
    const [report] = fc.sample(anyConsistentReport, { numRuns: 1, seed: 7 });
    expect(layout.render(report as ModelReport, quiet).text).toBe(layout.render(report as ModelReport, quiet).text);
  });
});
