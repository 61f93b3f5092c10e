import type { ReportPath } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createParser, defaultReaders, flattenReport, parseReport } from '../../src/index.js';
import { parseReport as parseHtmlReport } from '../../src/html.js';

// The main entry reads HTML since the HTML reader joined defaultReaders; the
// oracle is the hand-checked expected.json of each page.
const dir = fileURLToPath(new URL('../fixtures/html/', import.meta.url));
const PAGES = ['007-shanghai-gov-office-2019-html-from-js-string', '008-pingtan-2024-html-stripped', '010-pingtan-2025-html-stripped', '011-pingtan-2023-html-stripped'];

describe('parseReport of the main entry', () => {
  for (const page of PAGES) {
    it(`reads the HTML page ${page} to its expected values`, () => {
      const html = readFileSync(`${dir}${page}.html`, 'utf8');
      const expected = JSON.parse(readFileSync(`${dir}${page}.expected.json`, 'utf8')) as Record<string, unknown>;
      const flat = flattenReport(parseReport(html));
      for (const [path, want] of Object.entries(expected)) {
        if (path.startsWith('meta.') || typeof want !== 'number') continue;
        expect(flat[path as ReportPath], path).toBe(want);
      }
    });
  }

  it('points spans into the HTML', () => {
    const html = readFileSync(`${dir}008-pingtan-2024-html-stripped.html`, 'utf8');
    const span = parseReport(html).sources['applications.total.total']?.span;
    expect(html.slice(span?.start, span?.end)).toBe('218');
  });

  it('reads an HTML page as xxgk-report/html does', () => {
    const html = readFileSync(`${dir}011-pingtan-2023-html-stripped.html`, 'utf8');
    expect(parseReport(html)).toEqual(parseHtmlReport(html));
  });

  it('lists the HTML readers first in defaultReaders, and can do without them', () => {
    expect(defaultReaders.map((r) => r.name)).toEqual(['html', 'embedded-html-tables', 'mojibake', 'inline-headings']);
    const html = readFileSync(`${dir}008-pingtan-2024-html-stripped.html`, 'utf8');
    const textOnly = createParser({ readers: defaultReaders.slice(2) });
    expect(textOnly(html).applications.newReceived.total).not.toBe(218);
  });
});
