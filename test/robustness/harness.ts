import { fileURLToPath } from 'node:url';
import { htmlToText, parseReport as parseHtmlReport } from '../../src/html.js';
import { flattenReport, parseCellValue, parseReport, validate, type Report } from '../../src/index.js';
import { readKnownCodes, type FuzzLib } from './checks.mjs';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The library from src/, as the shared checks (checks.mjs) take it. */
export const lib: FuzzLib = {
  parseText: parseReport,
  parseHtml: parseHtmlReport,
  validate,
  flatten: flattenReport,
  readCell: parseCellValue,
  htmlText: htmlToText,
  codes: readKnownCodes(root),
};

/** The parser of an entry point: `xxgk-report` (text) or `xxgk-report/html`. */
export function parserOf(entry: 'text' | 'html'): (input: string) => Report {
  return entry === 'html' ? parseHtmlReport : parseReport;
}

/** Milliseconds of the fastest of `runs` calls (the least disturbed by GC and other work). */
export function fastest(run: () => unknown, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
