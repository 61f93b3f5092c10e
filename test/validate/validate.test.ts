import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, reportPaths, type Report } from '../../src/index.js';
import { validate } from '../../src/validate/validate.js';
import { consistentTable3 } from '../helpers/table3.js';
import { SEVERITY, parsedSeed, withValue, withValues } from './helpers.js';

const COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total'];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('validate', () => {
  it('gives no error-level finding on any of the five seeds', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(validate(parsedSeed(prefix).report).filter((f) => f.severity === 'error'), prefix).toEqual([]);
    }
  });

  it('gives exactly the seeds’ genuine narrative discrepancies, as warnings, and nothing else', () => {
    const summary = (prefix: string) => validate(parsedSeed(prefix).report).map((f) => [f.code, f.severity, f.actual, f.expected]);
    expect(summary('000')).toEqual([['narrative-mismatch', 'warning', 359, 361]]);
    expect(summary('001')).toEqual([['narrative-mismatch', 'warning', 747, 746]]);
    expect(summary('002')).toEqual([]);
    expect(summary('003')).toEqual([]);
    expect(summary('004')).toEqual([]);
  });

  it('reports 办结747件 against a （七）总计 of 746 as a warning', () => {
    const [f] = validate(parsedSeed('001').report);
    expect(f).toMatchObject({ code: 'narrative-mismatch', severity: 'warning', expected: 746, actual: 747, paths: ['applications.total.total'] });
    expect(f?.spans).toHaveLength(2);
  });

  it('fails every relation through a changed cell, in document order', () => {
    // 000 自然人 （七）总计 989 → 988: R1 (959+34 vs 988+4), R2 (the results still sum to 989), R3 on the 总计 row.
    const { report } = parsedSeed('000');
    const findings = validate(withValue(report, 'applications.total.naturalPerson', 988));
    expect(findings.map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['narrative-mismatch', 361, 359],
      ['applications-balance', 993, 992],
      ['results-sum', 989, 988],
      ['row-sum', 1349, 1350],
    ]);
    for (const f of findings.slice(1)) expect(f.paths).toContain('applications.total.naturalPerson');
  });

  it('makes the relations through a blank cell not assessable — info, never an error, never 0 for blank', () => {
    const { report } = parsedSeed('000');
    const findings = validate(withValue(report, 'applications.total.naturalPerson', null));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const infos = findings.filter((f) => f.code === 'not-assessable');
    expect(infos).toHaveLength(3);
    for (const f of infos) {
      expect(f.severity).toBe('info');
      expect(f.message).toContain('（七）总计');
      expect(f.expected).toBeUndefined();
    }
  });

  it('never mutates the report', () => {
    const { report } = parsedSeed('000');
    const before = JSON.stringify(report);
    const frozen = deepFreeze(withValues(report, { 'applications.granted.total': 1, 'applications.denied.stateSecret.total': null }));
    expect(() => validate(frozen)).not.toThrow();
    validate(report);
    expect(JSON.stringify(report)).toBe(before);
  });

  it('never throws on a partially parsed report, nor on one with parts missing', () => {
    expect(validate(parseReport('')).every((f) => f.severity !== 'error')).toBe(true);
    expect(() => validate(parseReport('三、收到和处理政府信息公开申请情况\n一、本年新收\t1\t2\n'))).not.toThrow();
    const { report } = parsedSeed('000');
    for (const key of ['meta', 'sections', 'proactive', 'applications', 'reviewLitigation', 'tables', 'sources', 'diagnostics']) {
      const partial = { ...report } as Record<string, unknown>;
      delete partial[key];
      expect(() => validate(partial as unknown as Report), key).not.toThrow();
      partial[key] = null;
      expect(() => validate(partial as unknown as Report), key).not.toThrow();
    }
    expect(() => validate({} as Report)).not.toThrow();
    const holes = { ...report, sections: [null, ...report.sections], tables: [null, ...report.tables], sources: { ...report.sources, 'applications.total.total': null } };
    expect(() => validate(holes as unknown as Report)).not.toThrow();
  });

  it('throws a TypeError only when given something that is not a report object', () => {
    expect(() => validate(null as unknown as Report)).toThrow(TypeError);
    expect(() => validate('text' as unknown as Report)).toThrow(TypeError);
  });

  it('returns plain data that survives JSON and structuredClone', () => {
    const { report } = parsedSeed('000');
    const findings = validate(withValues(report, { 'applications.newReceived.commercial': 9, 'reviewLitigation.review.other': null }));
    expect(findings.length).toBeGreaterThan(1);
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
    expect(structuredClone(findings)).toEqual(findings);
  });

  it('finds no arithmetic error in any consistent table 3, and an error through any cell changed in it', () => {
    const { report } = parsedSeed('004');
    const paths = reportPaths('2021', 'divided').filter((p) => p.startsWith('applications.'));
    fc.assert(
      fc.property(consistentTable3, fc.nat({ max: paths.length - 1 }), fc.integer({ min: 1, max: 9 }), (table, at, delta) => {
        const values: Record<string, number> = {};
        for (const [row, seven] of table) seven.forEach((v, k) => (values[`applications.${row}.${COLUMNS[k]}`] = v));
        const consistent = withValues(report, values);
        expect(validate(consistent).filter((f) => f.severity === 'error' || f.code === 'not-assessable')).toEqual([]);
        const path = paths[at] as (typeof paths)[number];
        const changed = withValue(consistent, path, (values[path] as number) + delta);
        const errors = validate(changed).filter((f) => f.severity === 'error');
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.every((f) => f.paths.includes(path))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on random values, and gives each code its documented severity and known paths', () => {
    const { report } = parsedSeed('003');
    const paths = reportPaths('2019', 'undivided').filter((p) => !p.startsWith('meta.'));
    const known = new Set([...paths, 'meta.template', 'meta.year', 'applications.otherHandling', 'proactive', 'applications', 'reviewLitigation']);
    const value = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5000 }), fc.double({ noNaN: false }), fc.constantFrom(Infinity, -0));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: paths.length - 1 }), value), { maxLength: 12 }), (changes) => {
        const changed = withValues(report, Object.fromEntries(changes.map(([k, v]) => [paths[k] as string, v])));
        const findings = validate(changed);
        for (const f of findings) {
          expect(f.severity).toBe(SEVERITY[f.code]);
          for (const p of f.paths) expect(known.has(p), p).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
