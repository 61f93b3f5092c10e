import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/html.js';
import { documentFixtures, documentsDir, readFixturePdf } from './document-fixtures.js';
import { disagreements, expectedProblems, readExpected } from './expected-values.js';

describe('parsePdfReport on the LibreOffice-made fixtures', () => {
  it('has fixtures of both templates and the hybrid', () => {
    const templates = new Set(documentFixtures.map((n) => n.split('-')[0]));
    expect([...templates].sort()).toEqual(['2019', '2021', 'hybrid']);
  });

  describe.each(documentFixtures)('%s.pdf', (name) => {
    it('gives every expected value, or null with a diagnostic — never a different number', async () => {
      const report = await readFixturePdf(name);
      expect(expectedProblems(report, readExpected(`${documentsDir}${name}.expected.json`))).toEqual([]);
    });

    it('gives no number different from the HTML reading of the page it was printed from', async () => {
      const report = await readFixturePdf(name);
      const fromHtml = parseReport(readFileSync(`${documentsDir}${name}.html`, 'utf8'));
      expect(disagreements(report, fromHtml)).toEqual([]);
    });
  });
});
