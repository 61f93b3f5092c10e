import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenReport, type Report } from '../../../src/index.js';
import { parseReport } from '../../../src/html.js';
import { parsePdfReport } from '../../../src/pdf.js';
import { disagreements, type Expected } from './expected-values.js';

// The three WPS-made report PDFs beside the repository (../shared/corpus/pdf,
// see its MANIFEST.tsv). Their pdftotext conversions are corpus files 001, 002
// and 004, whose answers were checked by hand against the PDFs.
const pdfDir = fileURLToPath(new URL('../../../../shared/corpus/pdf/', import.meta.url));
const realDir = fileURLToPath(new URL('../../../../shared/corpus/real/', import.meta.url));
const answersDir = fileURLToPath(new URL('../../corpus/answers/', import.meta.url));
const haveCorpus = existsSync(pdfDir) && existsSync(realDir);

const REAL = [
  { pdf: '001-huaian-city-2024.pdf', text: '001-huaian-city-2024-pdftotext-layout', pages: 6 },
  { pdf: '002-hongze-district-2023.pdf', text: '002-hongze-district-2023-pdftotext-layout', pages: 5 },
  { pdf: '004-hongze-district-2024.pdf', text: '004-hongze-district-2024-pdftotext-layout', pages: 5 },
];

describe.skipIf(!haveCorpus)('parsePdfReport on the real report PDFs', () => {
  for (const { pdf, text, pages } of REAL) {
    describe(pdf, () => {
      let reading: Promise<Report> | undefined;
      const read = (): Promise<Report> => (reading ??= parsePdfReport(new Uint8Array(readFileSync(pdfDir + pdf))));
      const answer = JSON.parse(readFileSync(`${answersDir}${text}.json`, 'utf8')) as Expected;

      it('gives every value of the hand-checked answer', async () => {
        const report = await read();
        const flat = flattenReport(report) as Record<string, unknown>;
        const different = Object.entries(answer)
          .filter(([path]) => !path.startsWith('meta.'))
          .filter(([path, want]) => (flat[path] ?? null) !== want)
          .map(([path, want]) => `${path}: answer ${JSON.stringify(want)}, read ${JSON.stringify(flat[path] ?? null)}`);
        expect(different).toEqual([]);
      });

      it('recognises the template and the year', async () => {
        const report = await read();
        expect(report.meta.template).toBe(answer['meta.template']);
        expect(report.meta.year).toBe(answer['meta.year']);
      });

      it('gives no number different from the text reading of its pdftotext conversion', async () => {
        const report = await read();
        const fromText = parseReport(readFileSync(`${realDir}${text}.txt`, 'utf8'));
        expect(disagreements(report, fromText)).toEqual([]);
      });

      it('says it read a PDF of so many pages', async () => {
        const report = await read();
        expect(report.document?.format).toBe('pdf');
        expect(report.document?.pages).toBe(pages);
      });
    });
  }
});
