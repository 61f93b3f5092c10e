import { describe, expect, it } from 'vitest';
import { flattenReport } from '../../src/index.js';
import { parseReport } from '../../src/html.js';
import { seed } from '../helpers/seeds.js';

// The browser example's downloads (examples/browser/downloads.js), in Node.

interface DownloadsModule {
  csvField(value: string | number | null | undefined): string;
  valuesCsv(flat: Record<string, string | number | null>, labels: ReadonlyMap<string, string>): string;
  reportJson(report: unknown, findings: readonly unknown[]): string;
}
const downloads = (await import(new URL('../../examples/browser/downloads.js', import.meta.url).href)) as DownloadsModule;

describe('examples/browser/downloads.js', () => {
  describe('csvField', () => {
    it('writes a blank as an empty field, not 0, and numbers as numbers, negative ones too', () => {
      expect(downloads.csvField(null)).toBe('');
      expect(downloads.csvField(0)).toBe('0');
      expect(downloads.csvField(-3)).toBe('-3');
    });

    it('quotes a field with a comma, a quote or a line break', () => {
      expect(downloads.csvField('a,b')).toBe('"a,b"');
      expect(downloads.csvField('say "x"')).toBe('"say ""x"""');
      expect(downloads.csvField('a\nb')).toBe('"a\nb"');
    });

    it('keeps text a spreadsheet would run as a formula from running', () => {
      expect(downloads.csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
      expect(downloads.csvField('@sum')).toBe("'@sum");
    });
  });

  describe('valuesCsv', () => {
    it('writes a header and one CRLF row per path with its label and value, after a byte-order mark', () => {
      const csv = downloads.valuesCsv({ 'meta.year': 2022, 'applications.total.total': 1350, 'applications.carriedOver.other': null }, new Map([['meta.year', '报告年度']]));
      expect(csv).toBe('\uFEFFpath,label,value\r\nmeta.year,报告年度,2022\r\napplications.total.total,,1350\r\napplications.carriedOver.other,,\r\n');
    });

    it('has as many rows as the flattened report of seed 000, each value where the hand-checked answer puts it', () => {
      const { text, expected } = seed('000');
      const flat = flattenReport(parseReport(text));
      const rows = downloads.valuesCsv(flat, new Map()).slice(1).trimEnd().split('\r\n').slice(1);
      expect(rows).toHaveLength(Object.keys(flat).length);
      expect(rows).toContain(`applications.total.total,,${String(expected['applications.total.total'])}`);
    });
  });

  it('reportJson writes the report and the findings as one JSON object', () => {
    expect(JSON.parse(downloads.reportJson({ meta: { year: 2022 } }, [{ code: 'x' }]))).toEqual({ report: { meta: { year: 2022 } }, findings: [{ code: 'x' }] });
  });
});
