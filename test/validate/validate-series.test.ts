import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/index.js';
import { validateSeries } from '../../src/validate/validate-series.js';
import { parsedSeed, withValue, withValues } from './helpers.js';

const COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total'];

/** 001 (新乡 2021) carried 20 applications forward, all from natural persons. */
const carriedForward2021 = [20, 0, 0, 0, 0, 0, 20];

/** 001 moved on a year: a 2022 report whose 上年结转 continues 001's 结转下年度. */
function next2022(report: Report, carriedOver: number[] = carriedForward2021): Report {
  return withValues(report, {
    'meta.year': 2022,
    ...Object.fromEntries(carriedOver.map((v, k) => [`applications.carriedOver.${COLUMNS[k]}`, v])),
    // 2021 现行有效 1562 + 制发 10 − 废止 2 = 1570; 规章 0 + 0 − 0 = 0.
    'proactive.normativeDocuments.issued': 10,
    'proactive.normativeDocuments.repealed': 2,
    'proactive.normativeDocuments.inForce': 1570,
  });
}

describe('validateSeries', () => {
  it('finds nothing when this year’s 上年结转 continues last year’s 结转下年度 and 现行有效 adds up', () => {
    const { report } = parsedSeed('001');
    expect(validateSeries([report, next2022(report)])).toEqual([]);
  });

  it('warns, per column, where 2022’s 上年结转 (000: 34) is not 2021’s 结转下年度继续办理 (001: 20)', () => {
    const findings = validateSeries([parsedSeed('001').report, parsedSeed('000').report]).filter((f) => f.code === 'series-carry-over');
    expect(findings.map((f) => [f.severity, f.expected, f.actual, f.paths, f.previousPaths, f.report, f.previousReport])).toEqual([
      ['warning', 20, 34, ['applications.carriedOver.naturalPerson'], ['applications.carriedForward.naturalPerson'], 1, 0],
      ['warning', 20, 34, ['applications.carriedOver.total'], ['applications.carriedForward.total'], 1, 0],
    ]);
    expect(findings[0]?.message).toBe('表三自然人列：2021年度“四、结转下年度继续办理” ≠ 2022年度“二、上年结转”（20 ≠ 34）');
    const { report: r000 } = parsedSeed('000');
    const { report: r001 } = parsedSeed('001');
    expect(findings[0]?.spans).toEqual([r000.sources['applications.carriedOver.naturalPerson']?.span]);
    expect(findings[0]?.previousSpans).toEqual([r001.sources['applications.carriedForward.naturalPerson']?.span]);
  });

  it('pairs reports by year, whatever their order', () => {
    const a = validateSeries([parsedSeed('001').report, parsedSeed('000').report]);
    const b = validateSeries([parsedSeed('000').report, parsedSeed('001').report]);
    expect(b.map((f) => [f.code, f.message, f.report, f.previousReport])).toEqual(a.map((f) => [f.code, f.message, 0, 1]));
  });

  it('is not assessable, naming the blank cell, when last year’s 结转下年度 is blank', () => {
    const { report } = parsedSeed('001');
    const findings = validateSeries([withValue(report, 'applications.carriedForward.commercial', null), next2022(report)]);
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['not-assessable', 'info', '表三法人或其他组织·商业企业列：2021年度“四、结转下年度继续办理”为空，无法核对上下年度结转是否衔接'],
    ]);
  });

  it('notes, as info only, a 现行有效件数 that last year’s plus 制发 minus 废止 does not give', () => {
    // 001 (2021): 规章 0 in force, 行政规范性文件 1562. 000 (2022): 规章 1 issued, 0 repealed, 3 in force; 209 issued, 927 repealed, 1632 in force.
    const findings = validateSeries([parsedSeed('001').report, parsedSeed('000').report]).filter((f) => f.code === 'series-in-force');
    expect(findings.map((f) => [f.severity, f.expected, f.actual, f.paths[2], f.previousPaths])).toEqual([
      ['info', 1, 3, 'proactive.regulations.inForce', ['proactive.regulations.inForce']],
      ['info', 844, 1632, 'proactive.normativeDocuments.inForce', ['proactive.normativeDocuments.inForce']],
    ]);
    expect(findings[1]?.message).toBe(
      '表二“行政规范性文件”：2021年度现行有效件数+本年制发件数−本年废止件数 ≠ 2022年度现行有效件数（1562+209−927=844 ≠ 1632）；修订、合并、失效等也会改变现行有效件数，仅供核对',
    );
  });

  it('does not compare 现行有效 across the 2019 and 2021 templates (2020 has no such column)', () => {
    const r2020 = parsedSeed('003').report;
    const r2021 = withValue(parsedSeed('004').report, 'meta.year', 2021);
    const findings = validateSeries([r2020, r2021]);
    expect(findings.filter((f) => f.code === 'series-in-force' || f.message.includes('现行有效'))).toEqual([]);
    // 003 carried 0 forward in every column and 004 carried 0 over: the carry-over check still runs and holds.
    expect(findings).toEqual([]);
  });

  it('skips years that are not consecutive', () => {
    expect(validateSeries([parsedSeed('003').report, parsedSeed('000').report])).toEqual([]);
  });

  it('says a report without a year, or two reports of one year, cannot be placed', () => {
    const { report } = parsedSeed('001');
    const findings = validateSeries([withValue(report, 'meta.year', null), report, report]);
    expect(findings.map((f) => [f.code, f.severity, f.report, f.message])).toEqual([
      ['not-assessable', 'info', 0, '第1份报告未能确定报告年度，无法与其他年度核对'],
      ['not-assessable', 'info', 1, '2021年度有2份报告，无法确定逐年对应关系'],
      ['not-assessable', 'info', 2, '2021年度有2份报告，无法确定逐年对应关系'],
    ]);
  });

  it('throws a TypeError only when not given an array, and returns plain data', () => {
    expect(() => validateSeries(null as unknown as Report[])).toThrow(TypeError);
    const findings = validateSeries([parsedSeed('001').report, parsedSeed('000').report]);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });
});
