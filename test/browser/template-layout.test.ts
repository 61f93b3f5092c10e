import { describe, expect, it } from 'vitest';
import { reportPaths } from '../../src/index.js';
import { matchLabel } from '../../src/templates/label.js';
import {
  applicantColumns as templateApplicantColumns,
  applicantHeaderLabels,
  applicationGroups,
  applicationRows as templateApplicationRows,
} from '../../src/templates/applications-table.js';
import { proactiveColumns, proactiveRows } from '../../src/templates/proactive-table.js';
import { outcomeColumns as templateOutcomeColumns, reviewGroups as templateReviewGroups, reviewHeaderLabels } from '../../src/templates/review-litigation-table.js';
import { template2019 } from '../../src/templates/template-2019.js';
import { template2021 } from '../../src/templates/template-2021.js';

// The browser example writes the template's labels itself (the package
// exports paths, not labels). These tests hold them to the package's own
// template data, so the page cannot show a label the parser does not read.

type Pair = readonly [string, string];
interface LayoutRow {
  path: string;
  label: string;
  group?: string;
  subgroup?: string;
}
interface LayoutModule {
  proactiveBlocks: Record<'2021' | '2019', { article: string; columns: Pair[]; rows: Pair[] }[]>;
  applicationsHeader: { corner: string; applicants: string; organizations: string };
  applicantColumns: Pair[];
  applicationRows(otherHandling: 'divided' | 'undivided'): LayoutRow[];
  reviewLitigationHeader: { review: string; litigation: string };
  reviewGroups: Pair[];
  outcomeColumns: Pair[];
  layoutPaths(template: '2021' | '2019', otherHandling: 'divided' | 'undivided'): string[];
}

const layout = (await import(new URL('../../examples/browser/template-layout.js', import.meta.url).href)) as LayoutModule;

const label = (entries: readonly { key: string; label: string }[], key: string): string | undefined => entries.find((e) => e.key === key)?.label;

describe('examples/browser/template-layout.js', () => {
  it.each([
    ['2021', 'divided'],
    ['2019', 'undivided'],
  ] as const)('draws exactly the value paths of reportPaths for the %s template', (template, otherHandling) => {
    const expected = reportPaths(template, otherHandling).filter((p) => !p.startsWith('meta.'));
    expect([...layout.layoutPaths(template, otherHandling)].sort()).toEqual([...expected].sort());
    expect(layout.layoutPaths(template, otherHandling)).toHaveLength(expected.length);
  });

  it('draws table 2 with the rows and columns of each template, labelled as the parser reads them', () => {
    for (const [id, template] of [
      ['2021', template2021],
      ['2019', template2019],
    ] as const) {
      const cells = layout.proactiveBlocks[id].flatMap((block) => block.rows.map(([row]) => [row, block.columns.map(([c]) => c)] as const));
      expect(Object.fromEntries(cells)).toEqual(template.proactive);
      for (const block of layout.proactiveBlocks[id]) {
        for (const [key, text] of block.rows) expect(matchLabel(text, proactiveRows)?.key, text).toBe(key);
        for (const [key, text] of block.columns) expect(matchLabel(text, proactiveColumns)?.key, text).toBe(key);
      }
    }
  });

  it('labels table 3 with the template data’s own words', () => {
    expect(layout.applicantColumns).toEqual(templateApplicantColumns.map((c) => [c.key, c.label]));
    expect(layout.applicationsHeader.corner).toBe(label(applicantHeaderLabels, 'cornerNote'));
    expect(layout.applicationsHeader.applicants).toBe(label(applicantHeaderLabels, 'applicants'));
    expect(layout.applicationsHeader.organizations).toBe(label(applicantHeaderLabels, 'organizations'));
    for (const row of layout.applicationRows('divided')) {
      expect(row.label, row.path).toBe(templateApplicationRows.find((r) => r.path === row.path)?.label);
      if (row.group) expect(row.group).toBe(label(applicationGroups, 'results'));
      if (row.subgroup) expect(row.subgroup).toBe(label(applicationGroups, row.path.split('.')[0]!));
    }
    const undivided = layout.applicationRows('undivided').find((r) => r.path === 'otherHandling.total');
    expect(undivided?.label).toBe(label(applicationGroups, 'otherHandling'));
  });

  it('labels table 4 with the template data’s own words', () => {
    expect(layout.reviewGroups).toEqual(templateReviewGroups.map((g) => [g.key, g.label]));
    expect(layout.outcomeColumns).toEqual(templateOutcomeColumns.map((c) => [c.key, c.label]));
    expect(layout.reviewLitigationHeader.review).toBe(label(templateReviewGroups, 'review'));
    expect(layout.reviewLitigationHeader.litigation).toBe(label(reviewHeaderLabels, 'litigation'));
  });
});
