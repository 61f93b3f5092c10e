import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/html.js';
import { unaccountedNumbers } from '../helpers/conservation.js';

// Every number inside a table region ends up in the model or in a diagnostic:
// on every converter fixture and every report of the real corpus. Numbers on
// a line of prose (a sentence before the table: 。，；) are the narrative's,
// which validate reads, not table cells.
const layouts = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));
const inputs = [layouts, ...(existsSync(corpus) ? [corpus] : [])].flatMap((dir) =>
  readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort().map((f) => ({ name: f, path: dir + f })),
);

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

const PROSE = ['。', '，', '；'];

describe('no number of a table region dropped without a word', () => {
  for (const input of inputs) {
    it(input.name, () => {
      // html2text writes bytes that are not UTF-8: decode as a user would.
      const text = new TextDecoder('utf-8').decode(readFileSync(input.path));
      const report = parseReport(text);
      // A reader that renders the input (HTML, mojibake) maps spans back; the grids are then the rendition's.
      if (report.document !== undefined || report.tables.some((t) => t.layout === 'html')) return;
      const dropped = unaccountedNumbers(text, report).filter((cell) => {
        const at = Number(cell.slice(cell.lastIndexOf('@') + 1));
        const line = lineAround(text, at);
        return !PROSE.some((p) => line.includes(p));
      });
      expect(dropped).toEqual([]);
    });
  }

  it('can fail: a number no grid and no diagnostic accounts for is found', () => {
    const text = readFileSync(`${layouts}2021-mixed-soffice-txt.txt`, 'utf8');
    const report = parseReport(text);
    const cut = { ...report, sources: {}, diagnostics: [] };
    expect(unaccountedNumbers(text, cut).length).toBeGreaterThan(100);
  });
});
