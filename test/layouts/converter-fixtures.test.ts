import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenReport } from '../../src/index.js';
import { parseReport } from '../../src/html.js';

// Reports rendered from values the generator chose (scripts/make-layout-fixtures.mjs)
// and converted by the real tools (test/fixtures/layouts/README.md). The oracle
// is the generator's values, never this parser's output.
const dir = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));
const files = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'README.md').sort();
const setOf = (file: string): string => file.replace(/-(w3m|lynx|html2text|pandoc|pdftotext|soffice).*$/, '').replace(/\.html$/, '');

/** Tool outputs read completely today (a regression here is a lost layout). */
const COMPLETE = new Set([
  '2019.html', '2021-mixed.html', '2021-dash.html', '2021-pagebreak.html', '2021-blank.html',
  '2019-pdftotext-layout.txt', '2021-mixed-pdftotext-layout.txt', '2021-pagebreak-pdftotext-layout.txt',
  '2021-dash-pandoc-plain.txt', '2021-mixed-pandoc-plain.txt', '2021-pagebreak-pandoc-plain.txt',
  '2019-pandoc-gfm.md', '2021-mixed-pandoc-gfm.md', '2021-pagebreak-pandoc-gfm.md',
  '2021-mixed-pandoc-markdown.md', '2021-pagebreak-pandoc-markdown.md', '2021-dash-pandoc-markdown.md', '2021-dash-pandoc-gfm.md',
  '2021-blank-pandoc-markdown.md', '2021-blank-pandoc-plain.txt',
]);

describe('converter-made fixtures', () => {
  for (const file of files) {
    it(`${file}: every value right or null with a diagnostic, never a different number`, () => {
      const expected = JSON.parse(readFileSync(`${dir}${setOf(file)}.expected.json`, 'utf8')) as Record<string, number | string | null>;
      // html2text writes bytes that are not UTF-8; decoding gives U+FFFD, as a user would get.
      const report = parseReport(new TextDecoder('utf-8').decode(readFileSync(dir + file)));
      const flat: Readonly<Record<string, unknown>> = flattenReport(report);
      const named = (path: string): boolean =>
        report.diagnostics.some((d) => d.path !== undefined && (path === d.path || path.startsWith(`${d.path}.`))) ||
        report.diagnostics.some((d) => ['unplaced-number', 'row-value-count', 'table-unrecognized', 'table-missing', 'cell-glued'].includes(d.code));
      let right = 0;
      for (const [path, want] of Object.entries(expected)) {
        if (path.startsWith('meta.')) continue;
        const got = flat[path] ?? null;
        if (got === want) right++;
        else {
          expect(got, `${path}: a different number`).toBeNull();
          if (want !== null) expect(named(path), `${path}: null without a diagnostic`).toBe(true);
        }
      }
      if (COMPLETE.has(file)) expect(right).toBe(Object.keys(expected).filter((p) => !p.startsWith('meta.')).length);
    });
  }
});
