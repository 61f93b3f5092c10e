import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenReport, parseReport, validate, type Diagnostic, type Finding, type Report } from '../../src/index.js';
import { coveringPaths } from '../../src/validate/diagnostic-index.js';
import type { Disturbance } from '../../src/validate/disturbance.js';
import { disturbanceClause } from '../../src/validate/disturbance-clause.js';
import { sampleReports } from '../helpers/sample-reports.js';
import { loadSeeds } from '../helpers/seeds.js';
import { withValue } from './helpers.js';

// Findings of a relation name the parse diagnostics on the cells they
// involve (or on their row or table): built from converter output whose
// reading the parser flagged, so that what the finding says can be traced to
// a real diagnostic, found here by its code and path, never by its text.
const layouts = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));
const read = (f: string): string => readFileSync(layouts + f, 'utf8');

/** The one diagnostic of this code on this path; fails the test when there is none. */
function diagnosticAt(report: Report, code: Diagnostic['code'], path: string): Diagnostic {
  const found = report.diagnostics.filter((d) => d.code === code && d.path === path);
  expect(found, `${code} at ${path}`).toHaveLength(1);
  return found[0] as Diagnostic;
}

/** The finding whose paths are exactly these. */
function findingOn(findings: readonly Finding[], code: Finding['code'], paths: readonly string[]): Finding {
  const found = findings.filter((f) => f.code === code && f.paths.length === paths.length && paths.every((p) => f.paths.includes(p as Finding['paths'][number])));
  expect(found, `${code} on ${paths.join(', ')}`).toHaveLength(1);
  return found[0] as Finding;
}

const columns = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total'];
const rowPaths = (row: string): string[] => columns.map((c) => `applications.${row}.${c}`);
const as = (d: Diagnostic, blank: boolean): Disturbance => ({ code: d.code, path: d.path as Disturbance['path'], line: d.span.line, column: d.span.column, blank });

describe('validate names the disturbance behind a relation', () => {
  // Digit-line crawler text with a stray 总计 line: （一）予以公开 is refused
  // (row-out-of-place), 表三's rows of digit lines read by count alone.
  const split = read('2021-mixed-crawler-split.txt');
  const at = split.indexOf('\n1\n409\n');
  const refused = parseReport(`${split.slice(0, at)}\n总计${split.slice(at)}`);
  const refusedFindings = validate(refused);

  it('a row refused: its row sum, not assessable, names row-out-of-place as why its cells are blank', () => {
    expect(at).toBeGreaterThan(0);
    const d = diagnosticAt(refused, 'row-out-of-place', 'applications.granted');
    const f = findingOn(refusedFindings, 'not-assessable', rowPaths('granted'));
    expect(f.disturbances).toEqual([as(d, true)]);
    expect(f.message).toContain(`（空值系读取所致：row-out-of-place（第${d.span.line}行））`);
    expect(f.messageEn).toContain(`(null because of the reading: row-out-of-place at ${d.span.line}:${d.span.column})`);
    expect(f.severity).toBe('info');
  });

  it('a column relation over that row names it as a blank, and the rows read by count alone as read with a caveat', () => {
    const d = diagnosticAt(refused, 'row-out-of-place', 'applications.granted');
    const results = refusedFindings.filter((f) => f.code === 'not-assessable' && f.paths.includes('applications.granted.naturalPerson') && f.paths.includes('applications.total.naturalPerson'));
    expect(results).toHaveLength(1);
    const f = results[0] as Finding;
    // The row-unchecked rows of this relation (the result rows; the balance rows have theirs too, in other findings).
    const unchecked = refused.diagnostics.filter((x) => x.code === 'row-unchecked' && f.paths.some((p) => p.startsWith(`${x.path}.`)));
    expect(unchecked.length).toBeGreaterThan(0);
    expect(f.disturbances).toContainEqual(as(d, true));
    // Values kept by the row-unchecked rows: they are no cause of a blank.
    for (const u of unchecked) expect(f.disturbances).toContainEqual(as(u, false));
    expect(f.message).toContain('读取存疑：row-unchecked');
    // Table 2's diagnostics are in no table-3 finding.
    const proactive = refused.diagnostics.filter((x) => x.severity !== 'info' && x.path?.startsWith('proactive.'));
    expect(proactive.length).toBeGreaterThan(0);
    for (const g of refusedFindings.filter((x) => x.paths.some((p) => p.startsWith('applications.')))) {
      for (const x of g.disturbances ?? []) expect(x.path.startsWith('applications'), x.path).toBe(true);
    }
  });

  it('names the message’s first three and counts the rest; the field lists them all', () => {
    const f = refusedFindings.find((x) => (x.disturbances?.filter((d) => !d.blank).length ?? 0) > 3) as Finding;
    expect(f).toBeDefined();
    const doubts = (f.disturbances ?? []).filter((d) => !d.blank);
    expect(f.message).toContain(`等${doubts.length}处`);
    expect(f.messageEn).toContain(`and ${doubts.length - 3} more`);
  });

  it('a row read by count alone (row-unchecked): a sentence that contradicts its total is a narrative-mismatch naming it, values kept', () => {
    const text = read('2019-crawler-uniq.txt');
    const report = parseReport(text);
    const d = diagnosticAt(report, 'row-unchecked', 'applications.total');
    const closed = flattenReport(report)['applications.total.total'];
    expect(typeof closed).toBe('number');
    const sentence = `办结${closed}件`;
    expect(text.split(sentence)).toHaveLength(2);
    expect(validate(report).filter((f) => f.code === 'narrative-mismatch')).toEqual([]);
    const findings = validate(parseReport(text.replace(sentence, `办结${Number(closed) + 1}件`)));
    const f = findingOn(findings, 'narrative-mismatch', ['applications.total.total']);
    expect(f.severity).toBe('warning');
    expect(f.disturbances).toEqual([as(d, false)]);
    expect(f.message.endsWith(`（读取存疑：row-unchecked（第${d.span.line}行））`)).toBe(true);
    expect(f.messageEn.endsWith(`(the parser flagged: row-unchecked at ${d.span.line}:${d.span.column})`)).toBe(true);
  });

  it('a failing row sum over a row kept with a warning stays an error, with the disturbance beside it', () => {
    const report = parseReport(read('2019-crawler-uniq.txt'));
    const d = diagnosticAt(report, 'row-unchecked', 'applications.newReceived');
    const total = flattenReport(report)['applications.newReceived.total'] as number;
    const f = findingOn(validate(withValue(report, 'applications.newReceived.total', total + 1)), 'row-sum', rowPaths('newReceived'));
    expect(f).toMatchObject({ severity: 'error', expected: total, actual: total + 1 });
    expect(f.disturbances).toEqual([as(d, false)]);
    expect(f.messageEn).toContain(`(${total} ≠ ${total + 1}) (the parser flagged: row-unchecked at ${d.span.line}:${d.span.column})`);
  });

  it('a cell blank in the source, in a row read by count alone: says the blank is the source’s', () => {
    const report = parseReport(read('2021-cms-crawler-lf.txt'));
    const flat = flattenReport(report) as Record<string, unknown>;
    const d = report.diagnostics.find((x) => x.code === 'row-unchecked' && rowPaths(x.path?.slice('applications.'.length) ?? '').some((p) => flat[p] === null));
    expect(d).toBeDefined();
    const row = (d as Diagnostic).path?.slice('applications.'.length) as string;
    const f = findingOn(validate(report), 'not-assessable', rowPaths(row));
    expect(f.disturbances).toEqual([as(d as Diagnostic, false)]);
    expect(f.message).toContain(`（空格原文即为空白；读取存疑：row-unchecked（第${(d as Diagnostic).span.line}行））`);
    expect(f.messageEn).toContain('(the blanks are blank in the source; the parser flagged: row-unchecked');
  });

  it('a table read as one row of 15 (表四, a value lost): the table-level diagnostic is named by every check of the table', () => {
    const report = parseReport(read('2021-cms-crawler-uniq.txt'));
    const d = diagnosticAt(report, 'row-value-count', 'reviewLitigation');
    const review = validate(report).filter((f) => f.paths.some((p) => p.startsWith('reviewLitigation.')));
    expect(review.length).toBeGreaterThan(0);
    for (const f of review) expect(f.disturbances).toContainEqual(as(d, true));
  });

  it('blank cells and no warning: the findings are as before, without disturbances', () => {
    const report = parseReport(read('2021-blank-pandoc-gfm.md'));
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const notAssessable = validate(report).filter((f) => f.code === 'not-assessable');
    expect(notAssessable.length).toBeGreaterThan(0);
    for (const f of notAssessable) {
      expect(Object.keys(f)).not.toContain('disturbances');
      expect(f.message).not.toMatch(/空值系读取所致|原文即为空白|读取存疑/);
      expect(f.messageEn).not.toMatch(/because of the reading|blank in the source|parser flagged/);
    }
  });

  it('the seeds: findings of a report with no warning on a path carry no disturbances', () => {
    let clean = 0;
    for (const s of loadSeeds()) {
      const report = parseReport(s.text);
      if (report.diagnostics.some((d) => d.severity !== 'info' && d.path !== undefined)) continue;
      clean++;
      expect(validate(report).filter((f) => 'disturbances' in f)).toEqual([]);
    }
    expect(clean).toBeGreaterThan(0);
  });

  it('as in the TSDoc of Disturbance: an unreadable 总计 makes its row row-value-count, named by the column checks', () => {
    const text = readFileSync(fileURLToPath(new URL('../../examples/reports/000_892e5d3b650a9da1.txt', import.meta.url)), 'utf8');
    const findings = validate(parseReport(text.replace('1320', '1,32O')));
    const row = findings.find((f) => f.code === 'not-assessable' && f.paths[0] === 'applications.newReceived.naturalPerson');
    expect(row?.disturbances).toEqual([{ code: 'row-value-count', path: 'applications.newReceived', line: 54, column: 18, blank: true }]);
    expect(row?.message).toBe('表三自然人列：一、本年新收为空，无法核对“本年新收+上年结转 = 办理结果总计+结转下年度继续办理”（空值系读取所致：row-value-count（第54行））');
  });

  it('many diagnostics of one code on one path (stray number lines in a table) are one disturbance, the first', () => {
    const report = parseReport(read('2019-crawler-uniq.txt'));
    const stray = (line: number): Diagnostic => ({ code: 'unplaced-number', severity: 'warning', message: '', messageEn: '', span: { start: 0, end: 0, line, column: 1 }, path: 'applications' });
    const findings = validate({ ...report, diagnostics: [...report.diagnostics, stray(300), stray(301), stray(302)] });
    const table3 = findings.filter((f) => f.paths.some((p) => p.startsWith('applications.')));
    expect(table3.length).toBeGreaterThan(0);
    for (const f of table3) expect(f.disturbances?.filter((d) => d.code === 'unplaced-number').map((d) => d.line)).toEqual([300]);
  });

  it('never throws on a report whose diagnostics are partial or not a list', () => {
    const report = parseReport(read('2019-crawler-uniq.txt'));
    const odd = [null, 3, { severity: 'error' }, { severity: 'error', code: 'row-conflict', path: 'applications.granted', span: null }] as unknown as Diagnostic[];
    expect(() => validate({ ...report, diagnostics: odd })).not.toThrow();
    expect(validate({ ...report, diagnostics: odd }).filter((f) => f.disturbances)).toEqual([]);
    expect(() => validate({ ...report, diagnostics: undefined } as unknown as Report)).not.toThrow();
  });
});

describe('disturbances over every sample report (seeds, converter layouts, corpus, mutated and hostile inputs)', () => {
  const RELATIONS = new Set(['applications-balance', 'results-sum', 'row-sum', 'review-sum', 'not-assessable', 'narrative-mismatch']);
  // By prefix on the dotted path, not through the index: a second reading of the rule.
  const covers = (d: Diagnostic, p: string): boolean => d.path !== undefined && (p === d.path || p.startsWith(`${d.path}.`));

  it('name exactly the warnings and errors on a finding’s cells, rows or tables (the first per code and path), where they are', () => {
    let named = 0;
    for (const { name, report } of sampleReports()) {
      const flagged = report.diagnostics.filter((d) => d.severity !== 'info');
      for (const f of validate(report)) {
        const expected = RELATIONS.has(f.code) ? flagged.filter((d) => f.paths.some((p) => covers(d, p))) : [];
        const firsts = expected.filter((d, k) => expected.findIndex((e) => e.code === d.code && e.path === d.path) === k);
        const got = (f.disturbances ?? []).map((d) => `${d.code} ${d.path} ${d.line}:${d.column}`);
        expect(got, `${name}: ${f.code} ${f.paths[0] ?? ''}`).toEqual(firsts.map((d) => `${d.code} ${d.path} ${d.span.line}:${d.span.column}`));
        if (f.disturbances) expect(f.message, name).toContain(f.disturbances[0]?.code ?? '?');
        named += got.length;
      }
    }
    expect(named).toBeGreaterThan(100);
  });
});

describe('coveringPaths', () => {
  it('lists the path and every row, group and table holding it', () => {
    expect(coveringPaths('applications.denied.stateSecret.total')).toEqual(['applications.denied.stateSecret.total', 'applications.denied.stateSecret', 'applications.denied', 'applications']);
    expect(coveringPaths('reviewLitigation')).toEqual(['reviewLitigation']);
  });
});

describe('disturbanceClause', () => {
  const d = (code: Disturbance['code'], line: number, blank: boolean): Disturbance => ({ code, path: 'applications.granted', line, column: 1, blank });

  it('says which blanks the reading made, that the others are the source’s, and what was read with a caveat', () => {
    const clause = disturbanceClause([d('row-value-count', 7, true), d('row-unchecked', 9, false)], true);
    expect(clause.zh).toBe('（空值系读取所致：row-value-count（第7行）；其余空格原文即为空白；读取存疑：row-unchecked（第9行））');
    expect(clause.en).toBe(' (null because of the reading: row-value-count at 7:1; the other blanks are blank in the source; the parser flagged: row-unchecked at 9:1)');
  });

  it('names three and counts the rest', () => {
    const clause = disturbanceClause([1, 2, 3, 4, 5].map((n) => d('row-out-of-place', n, true)), false);
    expect(clause.zh).toBe('（空值系读取所致：row-out-of-place（第1行）、row-out-of-place（第2行）、row-out-of-place（第3行）等5处）');
    expect(clause.en).toBe(' (null because of the reading: row-out-of-place at 1:1, row-out-of-place at 2:1, row-out-of-place at 3:1 and 2 more)');
  });
});
