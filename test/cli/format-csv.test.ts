import { describe, expect, it } from 'vitest';
import { csvField, csvPaths, csvRecord } from '../../src/cli/format-csv.js';
import { allReportPaths } from '../../src/cli/labels.js';
import { reportPaths } from '../../src/index.js';

describe('csvField', () => {
  it('writes null as an empty field, never 0', () => {
    expect(csvField(null)).toBe('');
  });

  it('writes numbers as they are', () => {
    expect([csvField(0), csvField(1320), csvField(61175.6871), csvField(-2)]).toEqual(['0', '1320', '61175.6871', '-2']);
  });

  it('quotes a field with a quote, comma or line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('甲,乙')).toBe('"甲,乙"');
    expect(csvField('“新乡”"市"')).toBe('"“新乡”""市"""');
    expect(csvField('两行\n文本')).toBe('"两行\n文本"');
    expect(csvField('驻马店市人民政府')).toBe('驻马店市人民政府');
  });

  it('keeps a spreadsheet from running a string as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('csvRecord', () => {
  it('joins fields with commas and ends with CRLF', () => {
    expect(csvRecord(['a', null, 3])).toBe('a,,3\r\n');
  });
});

describe('csvPaths', () => {
  const flatOf = (paths: readonly string[]) => Object.fromEntries(paths.map((p) => [p, null]));

  it('gives exactly the template paths, in template order, for reports of one template', () => {
    expect(csvPaths([flatOf(reportPaths('2021', 'divided'))])).toEqual(reportPaths('2021', 'divided'));
    expect(csvPaths([flatOf(reportPaths('2019', 'undivided'))])).toEqual(reportPaths('2019', 'undivided'));
  });

  it('keeps both templates\' orders in the union, whatever the order of the reports, and each table\'s columns together', () => {
    const mixed = csvPaths([flatOf(reportPaths('2019', 'undivided')), flatOf(reportPaths('2021', 'divided'))]);
    expect(mixed).toEqual(allReportPaths());
    expect(mixed).toHaveLength(new Set([...reportPaths('2019', 'undivided'), ...reportPaths('2021', 'divided')]).size);
    for (const [template, layout] of [['2021', 'divided'], ['2019', 'undivided'], ['2021', 'undivided'], ['2019', 'divided']] as const) {
      const paths: readonly string[] = reportPaths(template, layout);
      expect(mixed.filter((p) => paths.includes(p))).toEqual(paths);
    }
    const tables = mixed.map((p) => p.split('.')[0]);
    expect(tables.filter((t, i) => t !== tables[i - 1])).toEqual(['meta', 'proactive', 'applications', 'reviewLitigation']);
    expect(mixed.indexOf('applications.otherHandling.total.total')).toBe(mixed.indexOf('applications.otherHandling.other.total') + 7);
  });
});
