import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { checkReport } from './checks.mjs';
import { repeatTo } from './generators.mjs';
import { lib, parserOf } from './harness.js';

/*
 * The hostile shapes of the issue at their full size, one parse each: the
 * parser must return (no throw, no stack overflow) a report that keeps every
 * invariant. How time grows with size is linear-growth.test.ts's business.
 */

const MB = 1_000_000;
const H3 = '三、收到和处理政府信息公开申请情况\n';

function parseAndCheck(input: string, entry: 'text' | 'html' = 'text') {
  const report = parserOf(entry)(input);
  const findings = validate(report);
  expect(checkReport(input, report, findings, lib, entry)).toEqual([]);
  return report;
}

const codesOf = (report: { diagnostics: readonly { code: string }[] }): Set<string> => new Set(report.diagnostics.map((d) => d.code));

describe('parseReport and validate on hostile input at full size', () => {
  it('return on 5 MB of tabs', () => {
    parseAndCheck('\t'.repeat(5 * MB));
  });

  it('return on 5 MB of pipes', () => {
    parseAndCheck('|'.repeat(5 * MB));
  });

  it('return on a million short lines', () => {
    // One digit a line: a million cells for the one-cell-per-line readers. (Other
    // short lines cost more per line; linear-growth.test.ts times them at smaller sizes.)
    const report = parseAndCheck('1\n'.repeat(1_000_000));
    expect(report.applications.total.total).toBeNull();
  });

  it('return on one line of 5 million characters', () => {
    parseAndCheck('政府信息公开'.repeat((5 * MB) / 6));
  });

  it('return on 100k nested <table><tr><td>, as HTML and as text', () => {
    const nested = '<table><tr><td>'.repeat(100_000);
    parseAndCheck(nested, 'html');
    parseAndCheck(nested, 'text');
    // Markdown (no HTML page) with the nesting inside: the embedded-tables reader.
    parseAndCheck(`${'说明'.repeat(1100)}\n${nested}`, 'html');
  });

  // Each repeated row is a diagnostic (here row-value-count; with full rows,
  // row-duplicate): 200k of them once overflowed the stack when spread into
  // push(...) in src/parser/create-parser.ts (fixed in 7f0d38d).
  it('return on 200k repeated row labels', () => {
    const report = parseAndCheck(H3 + '（一）予以公开\t1\n'.repeat(200_000));
    expect(report.applications.granted.total).toBeNull();
  });

  it('return on a 5 MB digit run, and on 500 KB digit runs in a table-3 row and in a glued row, taking no value from them', () => {
    parseAndCheck('1'.repeat(5 * MB));
    const run = '9'.repeat(MB / 2);
    const inRow = parseAndCheck(`${H3}（一）予以公开\t${run}\t2\t3\t4\t5\t6\t21\n`);
    expect(inRow.applications.granted).toEqual({ naturalPerson: null, commercial: null, research: null, publicWelfare: null, legalService: null, other: null, total: null });
    expect(inRow.diagnostics.some((d) => d.raw?.includes('999999'))).toBe(true);
    const glued = parseAndCheck(`${H3}申请人情况自然人商业企业科研机构（一）予以公开${run}（二）部分公开1234567（三）不予公开1234567`);
    expect(glued.applications.granted.total).toBeNull();
  });

  it('split glued digit runs only within the search cap, and say why a row is null', () => {
    // Two 15-digit runs for seven values: many splits to try, none fits the row sum.
    const rows = '（二）部分公开1 2 3 4 5 6 21（三）不予公开1 2 3 4 5 6 21（四）无法提供1 2 3 4 5 6 21（七）总计3 6 9 12 15 18 63';
    const report = parseAndCheck(`${H3}（一）予以公开123456789123456 987654321987654${rows}`);
    expect(report.applications.partiallyGranted.total).toBe(21);
    expect(report.applications.granted.total).toBeNull();
    expect(report.diagnostics.find((d) => d.path === 'applications.granted')?.code).toBe('cell-glued');
  });

  it('keep labels such as __proto__ and constructor as text, never as keys', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).length;
    const report = parseAndCheck(H3 + repeatTo('__proto__\tconstructor\t1\thasOwnProperty\t2\n（一）__proto__\t1\t2\t3\t4\t5\t6\t21\ntoString\tvalueOf\t3\n', 500_000));
    expect(Object.getPrototypeOf(report.sources)).toBe(Object.prototype);
    expect(Object.keys(report.sources).every((k) => k.startsWith('proactive.') || k.startsWith('applications.') || k.startsWith('reviewLitigation.'))).toBe(true);
    expect(codesOf(report).has('unplaced-number')).toBe(true);
    parseAndCheck(repeatTo('<table><tr><td __proto__="1" constructor=2 colspan=constructor>&constructor;&__proto__;<td>1', 500_000), 'html');
    expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(before);
    expect(({} as Record<string, unknown>)['1']).toBeUndefined();
  });

  // Once a stack overflow: recognizeBoxGrid spread the lines of a logical row
  // into push(...) (src/grids/recognize-box-grid.ts; fixed in 7f0d38d).
  it('return on 130k box-drawing lines without a rule', () => {
    parseAndCheck('│1│\n'.repeat(130_000));
  });

  // Once a stack overflow: splitSpacedCells spread a cell's trailing values into
  // push(...) (src/grids/recognize-space-aligned-grid.ts; fixed in 7f0d38d).
  it('return on a label and 130k numbers one space apart', () => {
    parseAndCheck(`甲 ${'1 '.repeat(130_000)}`);
  });

  // Once a stack overflow: placeProactive spread table 2's diagnostics, one
  // unplaced-number warning a cell, into push(...) (src/placement/map-proactive.ts; fixed in 7f0d38d).
  it('return on 130k table-2 cells that are no label', () => {
    parseAndCheck('二、主动公开政府信息情况\n' + '甲甲甲甲甲甲甲甲甲甲甲甲1\t\n'.repeat(130_000));
  });

  // Once a stack overflow: validate spread each rule's findings into push(...)
  // (src/validate/validate.ts; fixed in 7f0d38d). 65k sentences whose
  // quantities differ from the table make two narrative-mismatch findings each.
  it('validate a report whose text states 130k quantities that differ from its tables', () => {
    const seed = '三、收到和处理政府信息公开申请情况\n\t\t申请人情况\n（一）予以公开\t1\t2\t3\t4\t5\t6\t21\n（七）总计\t1\t2\t3\t4\t5\t6\t21\n';
    parseAndCheck(`一、总体情况\n${'本年度共收到政府信息公开申请1件，办结2件。'.repeat(65_000)}\n${seed}`);
  });
});
