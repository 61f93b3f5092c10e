import { describe, expect, it } from 'vitest';
import { flattenReport, parseReport } from '../../src/index.js';
import { unaccountedNumbers } from '../helpers/conservation.js';
import { loadSeeds } from '../helpers/seeds.js';

// The expected values were written by hand from each seed's text and checked
// against the template's arithmetic (see test/fixtures/seeds/README.md) — the
// oracle is the report and the template, not this parser.
describe('parseReport on the five seed reports', () => {
  for (const { name, text, expected } of loadSeeds()) {
    describe(name, () => {
      const report = parseReport(text);
      const flat: Readonly<Record<string, unknown>> = flattenReport(report);

      it('gives exactly the hand-checked paths, in template order', () => {
        expect(Object.keys(flat)).toEqual(Object.keys(expected));
      });

      it('gives every value equal to the source', () => {
        expect(flat).toEqual(expected);
      });

      it('reads them with no error or warning diagnostic', () => {
        expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      });

      it('finds all three tables and the six standard sections', () => {
        expect(report.tables.map((t) => t.table)).toEqual(['proactive', 'applications', 'reviewLitigation']);
        const kinds = report.sections.map((s) => s.kind).filter((k) => k !== 'preamble');
        expect(kinds).toEqual(['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'otherMatters']);
      });

      it('points every value at a cell whose text is that value', () => {
        for (const [path, source] of Object.entries(report.sources)) {
          expect(text.slice(source.span.start, source.span.end), path).toBe(source.raw);
          const value = flat[path];
          if (typeof value === 'number') expect(source.raw.replace(/[^0-9.+-]/g, ''), path).toMatch(new RegExp(`^\\+?${String(Math.abs(value)).replace('.', '\\.')}$|^-${String(Math.abs(value))}$`));
        }
      });

      it('accounts for every number in its table regions', () => {
        expect(unaccountedNumbers(text, report)).toEqual([]);
      });
    });
  }
});
