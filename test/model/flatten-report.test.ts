import { describe, expect, it } from 'vitest';
import { flattenReport, parseReport, reportPaths } from '../../src/index.js';
import { seed } from '../helpers/seeds.js';

describe('reportPaths', () => {
  it('has 206 paths for the 2021 template and 204 for the 2019 template with one （六） row', () => {
    expect(reportPaths('2021', 'divided')).toHaveLength(206);
    expect(reportPaths('2019', 'undivided')).toHaveLength(6 + 22 + 23 * 7 + 15);
  });

  it('lists the table-3 total column last in each row, in template order', () => {
    const paths = reportPaths('2021', 'divided').filter((p) => p.startsWith('applications.newReceived.'));
    expect(paths).toEqual(['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total'].map((c) => `applications.newReceived.${c}`));
  });
});

describe('flattenReport', () => {
  it('flattens a 2019 report with the 2019 table-2 paths and an undivided （六）', () => {
    const flat = flattenReport(parseReport(seed('003').text));
    expect(flat['proactive.procurement.amount']).toBe(25829.67);
    expect(flat['applications.otherHandling.total.total']).toBe(0);
    expect('applications.otherHandling.other.total' in flat).toBe(false);
  });
});
