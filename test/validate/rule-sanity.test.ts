import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/index.js';
import { checkStructure, checkTemplateYear, checkValues } from '../../src/validate/rule-sanity.js';
import { lineColumn, parsedSeed, withValue } from './helpers.js';

const ALL = ['000', '001', '002', '003', '004'];

/** Replaces the body of the section whose heading is `heading` (up to the next top-level heading) in the text. */
function replaceBody(text: string, heading: string, next: string, body: string): string {
  const from = text.indexOf(heading);
  const to = text.indexOf(next, from);
  if (from < 0 || to < 0) throw new Error('heading not found');
  return text.slice(0, from + heading.length) + '\n' + body + '\n' + text.slice(to);
}

describe('checkValues', () => {
  it('finds nothing in the five seeds (money with decimals, a signed 本年增/减 of -2)', () => {
    for (const prefix of ALL) expect(checkValues(parsedSeed(prefix).report), prefix).toEqual([]);
    expect(parsedSeed('003').report.proactive).toMatchObject({ fees: { change: -2 } });
  });

  it('reports a negative count as an error at its cell', () => {
    const { report } = parsedSeed('000');
    const findings = checkValues(withValue(report, 'applications.granted.commercial', -3));
    expect(findings).toEqual([
      {
        code: 'negative-count',
        severity: 'error',
        message: '表三“（一）予以公开”法人或其他组织·商业企业栏为负数（-3），件数不能为负',
        messageEn: 'applications.granted.commercial is negative (-3); a count cannot be negative',
        paths: ['applications.granted.commercial'],
        spans: [report.sources['applications.granted.commercial']?.span],
        actual: -3,
      },
    ]);
  });

  it('reports a count that is not a whole number', () => {
    const { report } = parsedSeed('001');
    const findings = checkValues(withValue(report, 'reviewLitigation.review.upheld', 2.5));
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['non-integer-count', 'error', '表四“行政复议”结果维持栏不是整数（2.5），件数应为整数'],
    ]);
  });

  it('checks counts of table 2 too, but lets 本年增/减 be negative', () => {
    const { report } = parsedSeed('003');
    expect(checkValues(withValue(report, 'proactive.licensing.change', -40))).toEqual([]);
    expect(checkValues(withValue(report, 'proactive.licensing.decisions', -1)).map((f) => f.code)).toEqual(['negative-count']);
    expect(checkValues(withValue(report, 'proactive.licensing.change', 1.5)).map((f) => f.code)).toEqual(['non-integer-count']);
  });

  it('reports negative money, and lets money have decimals', () => {
    const { report } = parsedSeed('000');
    const findings = checkValues(withValue(report, 'proactive.fees.amount', -1.25));
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['negative-amount', 'error', '表二“行政事业性收费·本年收费金额”为负数（-1.25），金额不能为负'],
    ]);
    const procurement = checkValues(withValue(parsedSeed('003').report, 'proactive.procurement.amount', -5));
    expect(procurement[0]?.message).toBe('表二“政府集中采购·采购总金额”为负数（-5），金额不能为负');
  });

  it('leaves blank (null) cells alone', () => {
    const { report } = parsedSeed('000');
    expect(checkValues(withValue(report, 'applications.granted.commercial', null))).toEqual([]);
  });
});

describe('checkTemplateYear', () => {
  it('finds nothing in the five seeds (2021 template for 2021–2022, 2019 template for 2020)', () => {
    for (const prefix of ALL) expect(checkTemplateYear(parsedSeed(prefix).report), prefix).toEqual([]);
  });

  it('warns of 2021-template tables in a report on 2020', () => {
    const { report } = parsedSeed('000');
    const findings = checkTemplateYear(withValue(report, 'meta.year', 2020));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'template-year-mismatch',
      severity: 'warning',
      message: '报告年度为2020年，应使用2019年版模板，但表格为2021年版模板',
      paths: ['meta.template', 'meta.year'],
      spans: [report.tables.find((t) => t.table === 'proactive')?.span],
    });
  });

  it('warns of 2019-template tables in a report on 2021', () => {
    const { report } = parsedSeed('003');
    const findings = checkTemplateYear(withValue(report, 'meta.year', 2021));
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['template-year-mismatch', 'warning', '报告年度为2021年，应使用2021年版模板，但表格为2019年版模板'],
    ]);
  });

  it('accepts the hybrid: a 2021 report whose table 3 keeps one （六） row', () => {
    const { report } = parsedSeed('000');
    const copy = structuredClone(report) as unknown as { applications: Record<string, unknown> };
    copy.applications.otherHandling = { total: report.applications.total };
    expect(checkTemplateYear(copy as unknown as Report)).toEqual([]);
  });

  it('warns of a table 3 with （六） divided into three rows in a 2019-template report on 2020', () => {
    const { report } = parsedSeed('003');
    const zeros = { naturalPerson: 0, commercial: 0, research: 0, publicWelfare: 0, legalService: 0, other: 0, total: 0 };
    const copy = structuredClone(report) as unknown as { applications: Record<string, unknown> };
    copy.applications.otherHandling = { noCorrection: zeros, unpaidFee: zeros, other: zeros };
    const findings = checkTemplateYear(copy as unknown as Report);
    expect(findings.map((f) => f.code)).toEqual(['template-year-mismatch']);
    expect(findings[0]?.paths).toContain('applications.otherHandling');
  });

  it('says nothing without a year', () => {
    expect(checkTemplateYear(withValue(parsedSeed('000').report, 'meta.year', null))).toEqual([]);
  });
});

describe('checkStructure', () => {
  it('finds nothing in the five seeds (六 saying 无 is normal)', () => {
    for (const prefix of ALL) expect(checkStructure(parsedSeed(prefix).report), prefix).toEqual([]);
  });

  it('warns of a missing standard section by its template heading', () => {
    const { report } = parsedSeed('004');
    const copy = { ...report, sections: report.sections.filter((s) => s.kind !== 'overview') };
    expect(checkStructure(copy).map((f) => [f.code, f.severity, f.message])).toEqual([['section-missing', 'warning', '缺少“一、总体情况”部分']]);
  });

  it('warns of a missing table at its section heading', () => {
    const { text } = parsedSeed('000');
    const without = replaceBody(text, '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '本年度无相关情况。');
    const findings = checkStructure(parseReport(without));
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['table-missing', 'warning', '未找到“四、政府信息公开行政复议、行政诉讼情况”的表格'],
    ]);
    expect(findings[0]?.spans[0]).toMatchObject(lineColumn(without, without.indexOf('四、政府信息公开行政复议')));
  });

  it('notes, as info, a 五 section that only says 无', () => {
    const { text } = parsedSeed('004');
    const report = parseReport(replaceBody(text, '五、存在的主要问题及改进情况', '六、其他需要报告的事项', '无。'));
    expect(checkStructure(report).map((f) => [f.code, f.severity, f.message])).toEqual([
      ['section-empty', 'info', '“五、存在的主要问题及改进情况”部分仅写“无。”，未说明存在的问题及改进情况'],
    ]);
  });

  it('notes an empty 五 section', () => {
    const { report } = parsedSeed('002');
    const sections = report.sections.map((s) => (s.kind === 'problems' ? { ...s, text: '\n' } : s));
    expect(checkStructure({ ...report, sections }).map((f) => [f.code, f.message])).toEqual([
      ['section-empty', '“五、存在的主要问题及改进情况”部分为空，未说明存在的问题及改进情况'],
    ]);
  });

  it('does not hold a report before 2019 to the 2019/2021 layout', () => {
    const report = parseReport('某某县人民政府2017年政府信息公开工作年度报告\n一、概述\n本年度工作正常开展。\n');
    expect(report.meta.template).toBe('pre2019');
    expect(checkStructure(report)).toEqual([]);
  });
});
