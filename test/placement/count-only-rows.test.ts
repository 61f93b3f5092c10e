import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenReport, parseReport } from '../../src/index.js';

// Rows read by their count of cells alone, in tables that show they lost
// cells: the values stay, and a warning names each such row on its own path.
const dir = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));
const read = (f: string) => readFileSync(dir + f, 'utf8');

describe('rows read by their count alone', () => {
  it('a crawler that stores equal lines once: table-3 rows it read carry row-unchecked where no column relation checks them', () => {
    const report = parseReport(read('2021-cms-crawler-uniq.txt'));
    const expected = JSON.parse(read('2021-cms.expected.json')) as Record<string, unknown>;
    const flat = flattenReport(report) as Record<string, unknown>;
    const warned = report.diagnostics.filter((d) => d.code === 'row-unchecked');
    expect(warned.length).toBeGreaterThan(0);
    for (const d of warned) {
      expect(d.severity).toBe('warning');
      // The values are kept, and they are the generator's.
      const kept = Object.keys(flat).filter((p) => p.startsWith(`${d.path}.`) && flat[p] !== null);
      expect(kept.length).toBeGreaterThan(0);
      for (const p of kept) expect(flat[p]).toBe(expected[p]);
    }
  });

  it('numbers split over lines in table 2: its rows of digit lines carry row-runs-unchecked', () => {
    const report = parseReport(read('2021-mixed-crawler-split.txt'));
    expect(report.diagnostics.some((d) => d.code === 'row-runs-split' && d.path?.startsWith('proactive.'))).toBe(true);
    const warned = report.diagnostics.filter((d) => d.code === 'row-runs-unchecked');
    expect(warned.length).toBeGreaterThan(0);
    for (const d of warned) expect(d.path?.startsWith('proactive.')).toBe(true);
  });

  it('complete crawler text (no lost lines, no split numbers) gets neither warning', () => {
    const report = parseReport(read('2021-mixed-crawler-lf.txt'));
    expect(report.diagnostics.filter((d) => d.code === 'row-unchecked' || d.code === 'row-runs-unchecked')).toEqual([]);
  });

  it('a stray 总计 line inside a row of split digit lines: the row that no longer adds up is refused on its path', () => {
    const text = read('2021-mixed-crawler-split.txt');
    const at = text.indexOf('\n1\n409\n');
    expect(at).toBeGreaterThan(0);
    const report = parseReport(`${text.slice(0, at)}\n总计${text.slice(at)}`);
    expect(flattenReport(report)['applications.granted.naturalPerson']).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'row-out-of-place' && d.path === 'applications.granted')).toBe(true);
  });

  it('blank cells written out one per line (LibreOffice): a row with a line too many is refused, not read by dropping its blank', () => {
    const text = read('2021-cms-soffice-txt.txt');
    const label = text.indexOf('1.属于国家秘密');
    const zero = text.indexOf('\n0\n', label);
    const report = parseReport(`${text.slice(0, zero)}\n0${text.slice(zero)}`);
    const flat = flattenReport(report);
    expect(flat['applications.denied.stateSecret.naturalPerson']).toBeNull();
    expect(flat['applications.denied.stateSecret.commercial']).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'row-value-count' && d.path === 'applications.denied.stateSecret')).toBe(true);
  });
});
