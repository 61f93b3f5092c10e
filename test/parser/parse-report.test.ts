import { describe, expect, it } from 'vitest';
import { createParser, flattenReport, parseReport, recognizeTsvGrid, validate } from '../../src/index.js';
import { unaccountedNumbers } from '../helpers/conservation.js';
import { seed } from '../helpers/seeds.js';

describe('parseReport', () => {
  it('throws a TypeError only on misuse (a non-string)', () => {
    expect(() => parseReport(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseReport(undefined as unknown as string)).toThrow('parseReport: expected a string');
  });

  it('returns a report with every table value null and table-missing warnings for empty text', () => {
    const report = parseReport('');
    const flat = flattenReport(report);
    expect(Object.entries(flat).filter(([k, v]) => !k.startsWith('meta.') && v !== null)).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code === 'table-missing').map((d) => d.path)).toEqual(['proactive', 'applications', 'reviewLitigation']);
    expect(report.meta.template).toBe('unknown');
  });

  it('reads a report with no tables as sections and metadata only', () => {
    const text = 'XX县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度共主动公开信息1200条。\n六、其他需要报告的事项\n无。\n';
    const report = parseReport(text);
    expect(report.meta).toMatchObject({ title: 'XX县人民政府2023年政府信息公开工作年度报告', organization: 'XX县人民政府', year: 2023, template: '2021' });
    expect(report.sections.map((s) => s.kind)).toEqual(['preamble', 'overview', 'otherMatters']);
    expect(report.applications.newReceived.total).toBeNull();
  });

  it('reads the rows before a cut and reports the rows after it as missing', () => {
    const { text, expected } = seed('000');
    const cut = text.slice(0, text.indexOf('(五) 不予处理'));
    const report = parseReport(cut);
    const flat = flattenReport(report);
    expect(flat['applications.newReceived.total']).toBe(expected['applications.newReceived.total']);
    expect(flat['applications.unableToProvide.notHeld.total']).toBe(531);
    expect(flat['applications.notProcessed.duplicate.total']).toBeNull();
    expect(flat['applications.total.total']).toBeNull();
    const missing = report.diagnostics.filter((d) => d.code === 'row-missing').map((d) => d.path);
    expect(missing).toContain('applications.total');
    expect(missing).toContain('applications.carriedForward');
    expect(report.diagnostics.some((d) => d.code === 'table-missing' && d.path === 'reviewLitigation')).toBe(true);
  });

  it('keeps the other tables when one table is missing', () => {
    const { text } = seed('001');
    const start = text.indexOf('四、政府信息公开行政复议');
    const end = text.indexOf('五、存在的主要问题');
    const report = parseReport(text.slice(0, start) + text.slice(end));
    expect(report.applications.total.total).toBe(746);
    expect(report.reviewLitigation.review.total).toBeNull();
    expect(report.diagnostics.map((d) => d.code)).toContain('table-missing');
  });

  it('finds a table by its labels when its section heading is missing', () => {
    const { text } = seed('000');
    const report = parseReport(text.replace('三、收到和处理政府信息公开申请情况', ''));
    expect(report.sections.some((s) => s.kind === 'applications')).toBe(false);
    expect(report.applications.total.total).toBe(1350);
    expect(report.proactive.regulations).toEqual({ issued: 1, repealed: 0, inForce: 3 });
  });

  it('returns, with an input-not-text warning, on binary garbage', () => {
    let garbage = '';
    for (let i = 0; i < 5000; i++) garbage += String.fromCharCode((i * 7919) % 65536);
    const report = parseReport(garbage);
    expect(report.diagnostics.some((d) => d.code === 'input-not-text')).toBe(true);
  });

  it('reads CRLF, CR, a BOM and full-width digits the same as plain text', () => {
    const { text, expected } = seed('001');
    const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    for (const variant of ['\ufeff' + text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), fullWidth(text)]) {
      const flat = flattenReport(parseReport(variant));
      expect(flat['applications.total.total']).toBe(expected['applications.total.total']);
      expect(flat['reviewLitigation.directSuit.total']).toBe(expected['reviewLitigation.directSuit.total']);
      expect(flat['proactive.fees.amount']).toBe(expected['proactive.fees.amount']);
    }
  });

  it('gives positions as line:column of the input, also after CRLF', () => {
    const { text } = seed('000');
    const crlf = text.replace(/\n/g, '\r\n');
    const a = parseReport(text).sources['applications.total.total'];
    const b = parseReport(crlf).sources['applications.total.total'];
    expect(a?.raw).toBe('1350');
    expect(b?.span.line).toBe(a?.span.line);
    expect(b?.span.column).toBe(a?.span.column);
    expect(crlf.slice(b?.span.start, b?.span.end)).toBe('1350');
  });

  it('makes a row null with a row-value-count error when a number is missing, never shifting the others', () => {
    const { text } = seed('000');
    const broken = text.replace('一、本年新收政府信息公开申请数量\t\t959\t8\t0\t0\t351\t2\t1320', '一、本年新收政府信息公开申请数量\t\t959\t8\t0\t0\t351\t2\t');
    const report = parseReport(broken);
    expect(report.applications.newReceived).toEqual({ naturalPerson: null, commercial: null, research: null, publicWelfare: null, legalService: null, other: null, total: null });
    const d = report.diagnostics.find((x) => x.code === 'row-value-count');
    expect(d?.path).toBe('applications.newReceived');
    expect(d?.raw).toContain('959');
    expect(unaccountedNumbers(broken, report)).toEqual([]);
  });

  it('reports a number under an unknown row label instead of dropping it', () => {
    const { text } = seed('000');
    const extra = text.replace('(七) 总计', '(六点五) 神秘的行\t\t1\t2\t3\t4\t5\t6\t21\n(七) 总计');
    const report = parseReport(extra);
    expect(report.applications.total.total).toBe(1350);
    expect(report.diagnostics.some((d) => d.code === 'unplaced-number' && d.raw?.includes('21'))).toBe(true);
    expect(unaccountedNumbers(extra, report)).toEqual([]);
  });

  it('keeps a placeholder cell as null with its raw text', () => {
    const { text } = seed('000');
    const dashed = text.replace('行政强制\t3195', '行政强制\t-');
    const report = parseReport(dashed);
    expect(report.proactive.enforcement).toEqual({ decisions: null });
    expect(report.sources['proactive.enforcement.decisions']?.raw).toBe('-');
  });

  it('reports identical repeated rows once as a duplicate and conflicting ones as errors with nulls', () => {
    const { text } = seed('000');
    const row = '⇥⇥2.重复申请⇥⇥18⇥0⇥0⇥0⇥57⇥0⇥75'.replace(/⇥/g, '\t');
    const same = parseReport(text.replace(row, `${row}\n${row}`));
    expect(same.applications.notProcessed.duplicate.total).toBe(75);
    expect(same.diagnostics.some((d) => d.code === 'row-duplicate')).toBe(true);
    const other = parseReport(text.replace(row, `${row}\n${row.replace('75', '76').replace('57', '58')}`));
    expect(other.applications.notProcessed.duplicate.total).toBeNull();
    expect(other.diagnostics.some((d) => d.code === 'row-conflict' && d.severity === 'error')).toBe(true);
  });

  it('gives a table 3 that does not show its （六） the layout of the template its table 2 shows, and says no more than it knows', () => {
    // Seed 003 (2019 template) with its （六）其他处理 row gone, as lynx leaves a row of blank
    // cells one cell per line: no line at all. The mapper's default (divided) is no evidence.
    const { text } = seed('003');
    const cut = text.slice(0, text.indexOf(' (六)其他处理')) + text.slice(text.indexOf(' (七)总计'));
    const report = parseReport(cut);
    expect(report.meta.template).toBe('2019');
    expect(Object.keys(report.applications.otherHandling)).toEqual(['total']);
    expect(report.applications.otherHandling).toEqual({ total: expect.objectContaining({ total: null }) });
    expect(report.applications.total.total).toBe(parseReport(text).applications.total.total);
    // Missing as a group, once: not as the three rows of a layout the table did not show.
    const said = report.diagnostics.filter((d) => d.path === 'applications.otherHandling');
    expect(said.map((d) => [d.code, d.severity])).toEqual([['row-missing', 'warning']]);
    expect(said[0]?.message).toContain('（六）其他处理');
    // Not "table 3 divides （六） into three rows (2021 template)", which it does not show.
    expect(validate(report).map((f) => f.code)).not.toContain('template-year-mismatch');
  });

  it('survives JSON and structuredClone unchanged', () => {
    const report = parseReport(seed('003').text);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(structuredClone(report)).toEqual(report);
  });
});

describe('createParser', () => {
  it('uses only the recognizers it is given', () => {
    const tsvOnly = createParser({ recognizers: [recognizeTsvGrid] });
    expect(tsvOnly(seed('000').text).applications.total.total).toBe(1350);
    const none = tsvOnly(seed('003').text);
    expect(none.applications.total.total).toBeNull();
    expect(none.diagnostics.some((d) => d.code === 'table-unrecognized')).toBe(true);
  });

  it('uses the section splitter it is given', () => {
    const parse = createParser({ splitSections: () => [] });
    const report = parse(seed('000').text);
    expect(report.sections).toEqual([]);
    expect(report.applications.total.total).toBeNull();
  });
});
