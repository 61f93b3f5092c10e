import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/index.js';
import { applicationsLayout, cellSpans, hasTable, readCell } from '../../src/validate/read-cell.js';
import { parsedSeed, withValue } from './helpers.js';

describe('reading cells for arithmetic', () => {
  const { report } = parsedSeed('000');

  it('reads a number, and null for a blank, a missing path or a value that is not a finite number', () => {
    expect(readCell(report, 'applications.total.total')).toBe(1350);
    expect(readCell(withValue(report, 'applications.total.total', null), 'applications.total.total')).toBeNull();
    expect(readCell(report, 'applications.total.nothing')).toBeNull();
    expect(readCell(withValue(report, 'applications.total.total', Number.NaN), 'applications.total.total')).toBeNull();
    expect(readCell(report, 'meta.title')).toBeNull();
  });

  it('gives the spans of the paths that have a source', () => {
    expect(cellSpans(report, ['applications.total.total', 'meta.year'])).toEqual([report.sources['applications.total.total']?.span]);
    expect(cellSpans({ ...report, sources: undefined } as unknown as Report, ['applications.total.total'])).toEqual([]);
  });

  it('tells the （六） layout and whether a table was found, also on a partial report', () => {
    expect(applicationsLayout(report)).toBe('divided');
    expect(applicationsLayout(parsedSeed('003').report)).toBe('undivided');
    expect(applicationsLayout({} as Report)).toBe('divided');
    expect(hasTable(report, 'reviewLitigation')).toBe(true);
    expect(hasTable({} as Report, 'reviewLitigation')).toBe(false);
  });
});
