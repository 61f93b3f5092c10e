import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { checkRowSum, findJoinedCells } from '../../src/validate/rule-row-sum.js';
import { parsedSeed, withValues } from './helpers.js';

const COLUMNS = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total'];
const row = (values: (number | null)[]) => values.map((value, k) => ({ key: COLUMNS[k] as string, value }));
const setRow = (path: string, values: (number | null)[]) => Object.fromEntries(values.map((v, k) => [`applications.${path}.${COLUMNS[k]}`, v]));

describe('checkRowSum (R3: 自然人 + 法人或其他组织 = 总计, per row)', () => {
  it('holds in every row of the five seeds', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(checkRowSum(parsedSeed(prefix).report), prefix).toEqual([]);
    }
  });

  it('fails the 本年新收 row when 商业企业 is 9 instead of 8 (1321 ≠ 1320), without a suggestion', () => {
    const { report } = parsedSeed('000');
    const findings = checkRowSum(withValues(report, { 'applications.newReceived.commercial': 9 }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'row-sum',
      severity: 'error',
      expected: 1321,
      actual: 1320,
      message: '表三“一、本年新收”行：自然人与法人或其他组织各列之和 ≠ 总计（1321 ≠ 1320）',
    });
    expect(findings[0]?.suggestion).toBeUndefined();
    expect(findings[0]?.spans).toHaveLength(7);
  });

  it('suggests, without repairing, that 1 and 0 were one cell 10 when joining them makes the row add up', () => {
    // 000's 4.保护第三方合法权益 reads 10 0 0 0 3 0 | 13; here its 10 came out as 1 | 0 and the row shifted.
    const { report } = parsedSeed('000');
    const split = withValues(report, setRow('denied.thirdPartyRights', [1, 0, 0, 0, 0, 3, 13]));
    const findings = checkRowSum(split);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'row-sum',
      severity: 'error',
      expected: 4,
      actual: 13,
      suggestion: '疑为相邻两格数字被拆分：自然人栏的1与法人或其他组织·商业企业栏的0合并为10后本行合计相符',
      suggestionEn: 'Possibly one number split over two cells: naturalPerson 1 and commercial 0 joined give 10, and the row adds up',
    });
    expect(split.applications.denied.thirdPartyRights.naturalPerson).toBe(1);
  });

  it('is not assessable when a cell of the row is blank, naming its column', () => {
    const { report } = parsedSeed('001');
    const findings = checkRowSum(withValues(report, { 'applications.denied.enforcementFile.commercial': null }));
    expect(findings.map((f) => f.code)).toEqual(['not-assessable']);
    expect(findings[0]?.message).toBe(
      '表三“（三）不予公开·7.属于行政执法案卷”行：法人或其他组织·商业企业为空，无法核对“自然人与法人或其他组织各列之和 = 总计”',
    );
  });

  it('never turns two cells joined in the text (959 and 8 → 9598) into a row-sum error with a wrong number or 0 for blank', () => {
    // The parser either splits the glued digits by the template's arithmetic (with a diagnostic) or leaves the row null.
    const { text } = parsedSeed('000');
    const joined = text.replace('\t959\t8\t0', '\t9598\t0');
    expect(joined).not.toBe(text);
    const report = parseReport(joined);
    const findings = checkRowSum(report);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const row = report.applications.newReceived;
    const repaired = row.naturalPerson === 959 && row.commercial === 8 && row.total === 1320;
    const notAssessable = findings.some((f) => f.code === 'not-assessable' && f.message.startsWith('表三“一、本年新收”行'));
    expect(repaired !== notAssessable).toBe(true);
  });
});

describe('findJoinedCells', () => {
  it('finds the pair whose joined number makes the parts add up to the total', () => {
    expect(findJoinedCells(row([1, 2, 0, 0, 0, 0, 12]))).toEqual([{ left: 'naturalPerson', right: 'commercial', values: [1, 2], joined: 12 }]);
  });

  it('can join the last part with the total cell', () => {
    // 5 0 0 0 0 | 5 split as "…0 | 5" + stray 1 before the total: parts 5,0,0,0,0 and 1,5 → 15? No: 5 ≠ 15.
    expect(findJoinedCells(row([5, 0, 0, 0, 0, 1, 5]))).toEqual([]);
    // 7 4 0 0 0 | 1 1 → joining 1 and 1 gives a total of 11 = 7 + 4 + 0 + 0 + 0.
    expect(findJoinedCells(row([7, 4, 0, 0, 0, 1, 1]))).toEqual([{ left: 'other', right: 'total', values: [1, 1], joined: 11 }]);
  });

  it('never joins a leading 0 (no count is written 05), a blank or a negative cell', () => {
    expect(findJoinedCells(row([0, 5, 0, 0, 0, 0, 5]))).toEqual([]);
    expect(findJoinedCells(row([1, null, 0, 0, 0, 0, 10]))).toEqual([]);
    expect(findJoinedCells(row([1, -0.5, 0, 0, 0, 0, 10]))).toEqual([]);
  });

  it('finds nothing when the row already adds up or no pair fits', () => {
    expect(findJoinedCells(row([3, 4, 0, 0, 0, 0, 9]))).toEqual([]);
  });
});
