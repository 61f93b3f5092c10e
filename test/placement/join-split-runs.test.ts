import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinSplitRuns } from '../../src/placement/join-split-runs.js';
import { applicantRowConstraints, reviewConstraints } from '../../src/placement/split-glued-digits.js';
import { resolveRowCells } from '../../src/placement/mapped-table.js';
import { parseReport } from '../../src/index.js';

/** The values a joining gives, for reading expectations. */
const valuesOf = (runs: readonly string[], n: number, constraints = applicantRowConstraints): number[] | string => {
  const join = joinSplitRuns(runs, n, constraints);
  return join.kind === 'unique' ? join.groups.map((g) => Number(runs.slice(g.from, g.to).join(''))) : join.kind;
};

describe('joinSplitRuns', () => {
  it('joins a table-3 row split into <span> runs the one way its six columns add up to its total', () => {
    // 2987 | 244 | 5 | 16 | 145 | 20 | 3417 (2987+244+5+16+145+20 = 3417), numbers of three digits or more split after the first.
    expect(valuesOf(['2', '987', '2', '44', '5', '16', '1', '45', '20', '3', '417'], 7)).toEqual([2987, 244, 5, 16, 145, 20, 3417]);
  });

  it('joins a table-4 row by its three group sums', () => {
    // 2 1 3 1 7 | 0 0 0 0 0 | 1 3 2 4 10, with 10 split into 1 / 0.
    expect(valuesOf(['2', '1', '3', '1', '7', '0', '0', '0', '0', '0', '1', '3', '2', '4', '1', '0'], 15, reviewConstraints)).toEqual([2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 1, 3, 2, 4, 10]);
  });

  it('is ambiguous, and chooses nothing, when two joinings fit (10 | 1 | … | 11 and 1 | 0 | 10 | … | 11)', () => {
    expect(joinSplitRuns(['1', '0', '1', '0', '0', '0', '0', '1', '1'], 7, applicantRowConstraints)).toEqual({ kind: 'ambiguous', count: 2 });
  });

  it('finds none when no joining adds up, and never starts a value with a run that starts with 0', () => {
    expect(joinSplitRuns(['5', '1', '0', '0', '0', '0', '0', '9'], 7, applicantRowConstraints).kind).toBe('none');
    // 1 | 05 could only be 105 joined to the 1; 05 alone is no value.
    expect(valuesOf(['3', '1', '0', '0', '0', '0', '1', '05'], 7)).toBe('none');
    expect(valuesOf(['104', '1', '0', '0', '0', '0', '1', '05'], 7)).toEqual([104, 1, 0, 0, 0, 0, 105]);
  });

  it('joins nothing when there are no more runs than values', () => {
    expect(joinSplitRuns(['1', '2'], 2, []).kind).toBe('none');
  });

  it('property: a table-3 row split into runs joins back to its values or says it cannot — never to other values', () => {
    const row = fc.array(fc.nat({ max: 3000 }), { minLength: 6, maxLength: 6 }).map((parts) => [...parts, parts.reduce((a, b) => a + b, 0)]);
    fc.assert(
      fc.property(row, fc.array(fc.nat({ max: 8 }), { minLength: 7, maxLength: 7 }), (values, cuts) => {
        // Split each value of two digits or more once, at a chosen place (the second run may start with 0, as Word's runs do).
        const runs = values.flatMap((v, k) => {
          const s = String(v);
          const at = 1 + ((cuts[k] as number) % Math.max(1, s.length - 1));
          return s.length > 1 ? [s.slice(0, at), s.slice(at)] : [s];
        });
        if (runs.length === values.length) return;
        const join = joinSplitRuns(runs, 7, applicantRowConstraints);
        // The true joining always fits, so there is always one at least.
        expect(join.kind === 'unique' || join.kind === 'ambiguous').toBe(true);
        if (join.kind === 'unique') expect(join.groups.map((g) => Number(runs.slice(g.from, g.to).join('')))).toEqual(values);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveRowCells on digit lines that may be runs of one number', () => {
  const lines = (texts: readonly string[]) => {
    let at = 0;
    return texts.map((text) => {
      const cell = { text, start: at, end: at + text.length, mayJoinRuns: true as const };
      at += text.length + 1;
      return cell;
    });
  };

  it('gives the one joining the arithmetic allows, a joined value with its pieces', () => {
    const resolved = resolveRowCells(lines(['1', '31', '13', '1', '0', '8', '1', '1', '54']), 7, applicantRowConstraints);
    expect(resolved.kind).toBe('joined');
    const cells = resolved.kind === 'joined' ? resolved.cells : [];
    expect(cells.map((c) => c.text)).toEqual(['131', '13', '1', '0', '8', '1', '154']);
    expect(cells[0]?.pieces).toEqual([{ start: 0, end: 1 }, { start: 2, end: 4 }]);
    expect(cells[1]?.pieces).toBeUndefined();
  });

  it('never joins twice as many runs as values: two rows run on one value each in turn (10a + b keeps every row sum)', () => {
    // 本年新收 2212 1132 1213 173 1134 2130 7994 interleaved with 上年结转 0 1 0 0 0 1 2 (found by the round-trip property).
    const runs = ['2212', '0', '1132', '1', '1213', '0', '173', '0', '1134', '0', '2130', '1', '7994', '2'];
    expect(resolveRowCells(lines(runs), 7, applicantRowConstraints).kind).toBe('mismatch');
  });

  it('cannot check a joining in a table with no sums (table 2)', () => {
    expect(resolveRowCells(lines(['38', '5', '2', '76']), 3, [])).toEqual({ kind: 'runs', join: { kind: 'no-arithmetic' }, joined: [] });
  });

  it('leaves cells of other layouts to the row-count rule', () => {
    const cells = ['38', '5', '2', '76'].map((text, k) => ({ text, start: k * 3, end: k * 3 + text.length }));
    expect(resolveRowCells(cells, 3, []).kind).toBe('mismatch');
  });
});

describe('crawler text with numbers split into runs', () => {
  it('joins the split row the one way its sum allows, each value with the pieces it came from, the other rows as written', () => {
    const text = [
      '标题：某某市人民政府2023年政府信息公开工作年度报告',
      '正文：',
      '某某市人民政府2023年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量',
      '1', '31', '13', '1', '0', '8', '1', '1', '54',
      '二、上年结转政府信息公开申请数量',
      '5', '1', '0', '0', '0', '0', '6',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const report = parseReport(text);
    expect(report.meta.title).toBe('某某市人民政府2023年政府信息公开工作年度报告');
    const row = report.applications.newReceived;
    expect([row.naturalPerson, row.commercial, row.research, row.publicWelfare, row.legalService, row.other, row.total]).toEqual([131, 13, 1, 0, 8, 1, 154]);
    const d = report.diagnostics.find((x) => x.code === 'cell-joined');
    expect(d?.path).toBe('applications.newReceived');
    expect(d?.severity).toBe('info');
    const source = report.sources['applications.newReceived.naturalPerson'];
    expect(source?.raw).toBe('131');
    expect(source?.pieces?.map((p) => text.slice(p.start, p.end))).toEqual(['1', '31']);
    expect(text.slice(source?.span.start, source?.span.end)).toBe('1\n31');
    expect(report.sources['applications.newReceived.commercial']?.pieces).toBeUndefined();
    expect(report.applications.carriedOver.naturalPerson).toBe(5);
    expect(report.applications.carriedOver.total).toBe(6);
  });

});

describe('crawler text that stores a run of identical lines once', () => {
  it('reads 4 / 1 / 0 / 5 (4 | 1 | 0 | 0 | 0 | 0 | 5 deduplicated) as null, saying that blanks and stored-once runs look alike', () => {
    // The same lines come from 4 | 1 | ∅ | ∅ | ∅ | 0 | 5 with blank <td>s, which leave no text node: 0 is not certain.
    const cells = ['4', '1', '0', '5'].map((text, k) => ({ text, start: k * 2, end: k * 2 + 1, mayJoinRuns: true as const }));
    expect(resolveRowCells(cells, 7, applicantRowConstraints).kind).toBe('mismatch');
    const text = ['三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '4', '1', '0', '5', '二、上年结转政府信息公开申请数量', '5', '1', '0', '2', '0', '3', '11', '四、政府信息公开行政复议、行政诉讼情况'].join('\n');
    const report = parseReport(text);
    expect(report.applications?.newReceived.naturalPerson ?? null).toBeNull();
    const d = report.diagnostics.find((x) => x.code === 'row-value-count' && x.path === 'applications.newReceived');
    expect(d?.messageEn).toContain('blank cells or equal values stored once');
    expect(report.applications?.carriedOver.total).toBe(11);
  });
});
