import { describe, expect, it } from 'vitest';
import { flattenReport, parseCellValue, parseReport, type ReportPath } from '../../src/index.js';
import { sampleReports } from '../helpers/sample-reports.js';
import { seed } from '../helpers/seeds.js';

// A placeholder (-, /, —, 无 …) says "none": the value is null, its raw text
// stays in `sources`, and no diagnostic is raised — the reading is not in
// doubt. README ("Diagnostics") and docs/guide.md ("Nulls and what they
// mean") say so.
describe('parseReport on placeholder cells', () => {
  const text = seed('000').text;
  // In seed 000: 行政规范性文件 209 927 1632, 行政强制 3195 (checked by hand in the .txt).
  const withPlaceholders = text.replace('\t209\t927\t1632', '\t无\t/\t—').replace('\t3195\t', '\t-\t');
  const report = parseReport(withPlaceholders);
  const paths: ReportPath[] = ['proactive.normativeDocuments.issued', 'proactive.normativeDocuments.repealed', 'proactive.normativeDocuments.inForce', 'proactive.enforcement.decisions'];

  it('reads each as null, never 0', () => {
    expect(paths.map((p) => flattenReport(report)[p])).toEqual([null, null, null, null]);
  });

  it('keeps its raw text in sources', () => {
    expect(paths.map((p) => report.sources[p]?.raw)).toEqual(['无', '/', '—', '-']);
  });

  it('gives no diagnostic for it', () => {
    expect(parseReport(text).diagnostics).toEqual([]);
    expect(report.diagnostics).toEqual([]);
  });
});

describe('every null of a report', () => {
  it('has a diagnostic naming it (or its row or table), or a placeholder as its raw text', () => {
    const unexplained: string[] = [];
    const samples = sampleReports().filter((s) => !s.name.startsWith('random') && !s.name.startsWith('mutated'));
    for (const { name, report } of samples) {
      const named = report.diagnostics.flatMap((d) => (d.path === undefined ? [] : [d.path]));
      // Diagnostics that quote numbers they could not place speak for the whole table.
      if (report.diagnostics.some((d) => d.path === undefined && d.severity !== 'info')) continue;
      // A report on a year before 2019 predates the tables: meta.template says why every value is null.
      if (report.meta.template === 'pre2019') continue;
      for (const [path, value] of Object.entries(flattenReport(report))) {
        if (value !== null || path.startsWith('meta.')) continue;
        if (named.some((n) => path === n || path.startsWith(`${n}.`))) continue;
        const raw = report.sources[path as ReportPath]?.raw;
        if (raw !== undefined && parseCellValue(raw).kind === 'placeholder') continue;
        unexplained.push(`${name}: ${path}`);
      }
    }
    expect(samples.length).toBeGreaterThan(60);
    expect(unexplained).toEqual([]);
  });
});
