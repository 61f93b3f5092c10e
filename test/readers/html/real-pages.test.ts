import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlTableGrids } from '../../../src/readers/html/html-table-grids.js';
import { htmlToText } from '../../../src/readers/html/html-to-text.js';
import { parseReport } from '../../../src/html.js';
import { getPath } from '../../../src/templates/flatten-report.js';

const dir = new URL('../../fixtures/html/', import.meta.url);

/** A real page, and the values read by hand from its tables (see the fixtures' README). */
function page(name: string): { html: string; expected: Record<string, number | string | null> } {
  return {
    html: readFileSync(new URL(`${name}.html`, dir), 'utf8'),
    expected: JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as Record<string, number | string | null>,
  };
}

const PAGES = ['007-shanghai-gov-office-2019-html-from-js-string', '008-pingtan-2024-html-stripped', '010-pingtan-2025-html-stripped', '011-pingtan-2023-html-stripped'] as const;

/**
 * Values the HTML holds that the parser does not read yet from the
 * rendition (the rendition has them right: see the test below). Shrink this
 * list as the parser learns; the test fails when it is out of date.
 */
const PARSER_GAPS: Record<string, readonly string[]> = {};

describe.each(PAGES)('the real page %s', (name) => {
  const { html, expected } = page(name);
  const rendition = htmlToText(html);
  const report = parseReport(html);

  it('has hand-read values that satisfy the template arithmetic', () => {
    const v = (path: string): number => (expected[path] as number | null) ?? 0;
    for (const c of ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total']) {
      expect(v(`applications.newReceived.${c}`) + v(`applications.carriedOver.${c}`), c).toBe(v(`applications.total.${c}`) + v(`applications.carriedForward.${c}`));
    }
    for (const g of ['review', 'directSuit', 'suitAfterReview']) {
      const r = `reviewLitigation.${g}`;
      expect(v(`${r}.upheld`) + v(`${r}.corrected`) + v(`${r}.other`) + v(`${r}.pending`), g).toBe(v(`${r}.total`));
    }
  });

  it('renders every row of its tables as one line of tab-separated cells', () => {
    const lines = new Set(rendition.text.split('\n'));
    const tables = htmlTableGrids(html);
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      for (let r = 0; r < table.rowCount; r++) {
        const cells = table.cells.filter((c) => c.row === r).map((c) => c.text);
        if (cells.some((t) => t !== '')) expect(lines.has(cells.join('\t')), cells.join(' | ')).toBe(true);
      }
    }
    expect(rendition.text).not.toMatch(/<\/?[a-z]|&nbsp;|&amp;/i);
  });

  it('lets the parser read the values its tables hold, except the known parser gaps', () => {
    const wrong = Object.entries(expected)
      .filter(([path, value]) => getPath(report, path) !== value)
      .map(([path]) => path);
    expect(wrong).toEqual(PARSER_GAPS[name] ?? []);
  });

  it('maps the span of every value back onto its text in the HTML', () => {
    const sources = Object.entries(report.sources);
    expect(sources.length).toBeGreaterThan(40);
    for (const [path, source] of sources) {
      const at = source.span.start;
      expect(html.slice(at, source.span.end), path).toBe(source.raw);
      if (source.raw !== '') expect(html.slice(at - 1, at), path).toMatch(/^[>\s;]$/);
    }
  });
});

describe('the real pages with the 2021 template', () => {
  it('parse with no warnings and no errors', () => {
    for (const name of PAGES.slice(1)) {
      const report = parseReport(page(name).html);
      expect(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.path ?? ''}`), name).toEqual([]);
    }
  });
});
