import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenReport, parseReport } from '../../src/index.js';

// pdftotext's three readings (-layout, default, -raw) of the LibreOffice-printed
// report PDFs in test/fixtures/documents (commands in that folder's README).
// The oracle is the generator's chosen values (NAME.expected.json), never this
// parser's output.
const dir = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));
const files = readdirSync(dir).filter((f) => /\.pdftotext(-layout|-raw)?\.txt$/.test(f)).sort();
const setOf = (file: string): string => file.slice(0, file.indexOf('.pdftotext'));

/** Readings that give back every value today (a regression here is a lost reading). */
const COMPLETE = new Set([
  '2019-trs-pagebreak.pdftotext-layout.txt',
  '2021-plain-narrow-pagebreak.pdftotext-layout.txt',
  '2021-trs-narrow.pdftotext-layout.txt',
  'hybrid-plain.pdftotext-layout.txt',
  'hybrid-plain.pdftotext.txt',
  'hybrid-trs-narrow.pdftotext-layout.txt',
]);

/**
 * Values known to read wrong today, by path: open bugs, not accepted
 * behaviour. Every other path of every file is checked.
 */
const OPEN: Readonly<Record<string, readonly string[]>> = {};

describe('pdftotext readings of the document PDFs', () => {
  it('has the three readings of every PDF', () => {
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBe(pdfs.length * 3);
  });

  for (const file of files) {
    it(`${file}: every value right or null with a diagnostic on its path, never a different number`, () => {
      const expected = JSON.parse(readFileSync(`${dir}${setOf(file)}.expected.json`, 'utf8')) as Record<string, number | string | null>;
      const report = parseReport(readFileSync(dir + file, 'utf8'));
      const flat: Readonly<Record<string, unknown>> = flattenReport(report);
      const onPath = (path: string): boolean => report.diagnostics.some((d) => d.path !== undefined && (path === d.path || path.startsWith(`${d.path}.`)));
      const open = new Set(OPEN[file] ?? []);
      let right = 0;
      let total = 0;
      for (const [path, want] of Object.entries(expected)) {
        if (path.startsWith('meta.')) continue;
        total++;
        const got = flat[path] ?? null;
        if (got === want) {
          right++;
          continue;
        }
        if (open.has(path)) continue;
        expect(got, `${path}: a different number`).toBeNull();
        if (want !== null) expect(onPath(path), `${path}: null without a diagnostic on its path`).toBe(true);
      }
      if (COMPLETE.has(file)) expect(right).toBe(total);
    });
  }
});
