import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PageBox, Report } from '../../../src/index.js';
import { documentFixtures, documentsDir, readFixturePdf } from './document-fixtures.js';

/** Each page's view box [x0, y0, x1, y1] as pdf.js reports it. */
async function pageViews(file: string): Promise<number[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    const views: number[][] = [];
    for (let i = 1; i <= doc.numPages; i++) views.push((await doc.getPage(i)).view);
    return views;
  } finally {
    await doc.destroy();
  }
}

/** What is wrong with a box, given the page views ('' when it lies on its page). */
function boxProblem(box: PageBox, views: number[][]): string {
  const view = views[box.page - 1];
  if (!Number.isInteger(box.page) || !view) return `page ${box.page} of ${views.length}`;
  const [x0, y0, x1, y1] = view as [number, number, number, number];
  const slack = 0.5;
  if (!(box.width >= 0 && box.height >= 0)) return `negative size ${box.width}×${box.height}`;
  if (box.x < x0 - slack || box.y < y0 - slack || box.x + box.width > x1 + slack || box.y + box.height > y1 + slack) {
    return `box ${box.x},${box.y} ${box.width}×${box.height} outside page ${box.page} [${view.join(' ')}]`;
  }
  return '';
}

function sourceProblems(report: Report, views: number[][]): string[] {
  const text = report.document?.text ?? '';
  const problems: string[] = [];
  for (const [path, source] of Object.entries(report.sources)) {
    if (!source.box) problems.push(`${path}: no box`);
    else {
      const p = boxProblem(source.box, views);
      if (p) problems.push(`${path}: ${p}`);
    }
    const quoted = text.slice(source.span.start, source.span.end);
    if (quoted !== source.raw) problems.push(`${path}: span quotes ${JSON.stringify(quoted)}, raw is ${JSON.stringify(source.raw)}`);
  }
  for (const d of report.diagnostics) {
    if (!d.box) continue;
    const p = boxProblem(d.box, views);
    if (p) problems.push(`diagnostic ${d.code} ${d.path ?? ''}: ${p}`);
  }
  return problems;
}

describe('the provenance of values read from a PDF', () => {
  describe.each(documentFixtures)('%s.pdf', (name) => {
    it('puts every value in a box on its page, and its span in the document text quotes its raw text', async () => {
      const report = await readFixturePdf(name);
      const views = await pageViews(`${documentsDir}${name}.pdf`);
      expect(Object.keys(report.sources).length).toBeGreaterThan(0);
      expect(sourceProblems(report, views)).toEqual([]);
    });

    it('describes the document as a PDF of its number of pages', async () => {
      const report = await readFixturePdf(name);
      const views = await pageViews(`${documentsDir}${name}.pdf`);
      expect(report.document?.format).toBe('pdf');
      expect(report.document?.pages).toBe(views.length);
    });
  });
});
