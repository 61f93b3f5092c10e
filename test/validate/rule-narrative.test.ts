import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { checkNarrative } from '../../src/validate/rule-narrative.js';
import { lineColumn, parsedSeed, withValue, withValues } from './helpers.js';

/** The seed's text with a sentence added at the start of a section's body. */
function withSentence(prefix: string, heading: string, sentence: string): string {
  const { text } = parsedSeed(prefix);
  const at = text.indexOf(heading);
  const lineEnd = text.indexOf('\n', at);
  if (at < 0 || lineEnd < 0) throw new Error(`no ${heading}`);
  return text.slice(0, lineEnd + 1) + sentence + '\n' + text.slice(lineEnd + 1);
}

describe('checkNarrative', () => {
  it('reports 办结747件 against a （七）总计 of 746 as a warning, with the sentence’s and the cell’s positions', () => {
    const { text, report } = parsedSeed('001');
    const findings = checkNarrative(report);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({
      code: 'narrative-mismatch',
      severity: 'warning',
      expected: 746,
      actual: 747,
      paths: ['applications.total.total'],
      message: '一、总体情况：正文“2021年全市共办结依申请公开747件”与表三“（七）总计”746件不符（747 ≠ 746）',
    });
    const [sentence, cell] = f?.spans ?? [];
    expect(text.slice(sentence?.start, sentence?.end)).toBe('2021年全市共办结依申请公开747件，结转下年度继续办理20件');
    expect(sentence).toMatchObject(lineColumn(text, text.indexOf('2021年全市共办结')));
    expect(text.slice(cell?.start, cell?.end)).toBe('746');
    expect(cell).toMatchObject(lineColumn(text, cell?.start ?? -1));
  });

  it('reports 法人或其他组织申请359件 against the organisations’ 361 in 000, and accepts 1354 = 1320 新收 + 34 结转 and 993 = 959 + 34', () => {
    const { report } = parsedSeed('000');
    const findings = checkNarrative(report);
    expect(findings.map((f) => [f.code, f.severity, f.expected, f.actual])).toEqual([['narrative-mismatch', 'warning', 361, 359]]);
    expect(findings[0]?.message).toBe(
      '一、总体情况：正文“全年全市各级行政机关共受理依申请公开1354件，其中自然人申请993件，法人或其他组织申请359件”与表三“一、本年新收”（法人或其他组织各列之和）361件不符（359 ≠ 361）',
    );
    expect(findings[0]?.paths).toContain('applications.newReceived.legalService');
    expect(findings[0]?.paths).not.toContain('applications.newReceived.naturalPerson');
  });

  it('finds nothing to report in 002, 003 and 004', () => {
    for (const prefix of ['002', '003', '004']) expect(checkNarrative(parsedSeed(prefix).report), prefix).toEqual([]);
  });

  it('passes 受理…申请29件 in 004, and fails it when 本年新收 is 30', () => {
    const { report } = parsedSeed('004');
    const findings = checkNarrative(withValue(report, 'applications.newReceived.total', 30));
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      ['narrative-mismatch', '一、总体情况：正文“全年共受理政府信息公开申请29件”与表三“一、本年新收”30件不符（29 ≠ 30）'],
    ]);
  });

  it('accepts 受理 N 件 equal to 本年新收 + 上年结转, and names both when neither matches', () => {
    const { report } = parsedSeed('004');
    expect(checkNarrative(withValues(report, { 'applications.newReceived.total': 26, 'applications.carriedOver.total': 3 }))).toEqual([]);
    const [f] = checkNarrative(withValues(report, { 'applications.newReceived.total': 25, 'applications.carriedOver.total': 2 }));
    expect(f?.message).toBe('一、总体情况：正文“全年共受理政府信息公开申请29件”与表三“一、本年新收”25件、表三“一、本年新收+二、上年结转”27件不符（29 ≠ 25）');
  });

  it('is not assessable, as info with the sentence’s position, when the cell it names is blank', () => {
    const { text, report } = parsedSeed('001');
    const findings = checkNarrative(withValue(report, 'applications.total.total', null));
    expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['not-assessable', 'info', '一、总体情况：正文“2021年全市共办结依申请公开747件”无法与表格核对：表三“（七）总计”总计栏为空'],
    ]);
    expect(findings[0]?.spans[0]).toMatchObject(lineColumn(text, text.indexOf('2021年全市共办结')));
  });

  it('compares 行政复议, 行政诉讼 and 行政事业性收费 stated in section 六 with tables 4 and 2', () => {
    const text = withSentence('000', '六、其他需要报告的事项', '本年度行政事业性收费61175.69万元，行政复议29件，行政诉讼30件。');
    // Leave out 000's own finding (359 in section 一).
    const findings = checkNarrative(parseReport(text)).filter((f) => f.actual !== 359);
    // 61175.69 is 61175.6871 to two decimals; 29 is 行政复议's 总计; 行政诉讼 is 27 + 6 = 33.
    expect(findings.map((f) => [f.code, f.expected, f.actual, f.paths])).toEqual([
      ['narrative-mismatch', 33, 30, ['reviewLitigation.directSuit.total', 'reviewLitigation.suitAfterReview.total']],
    ]);
    expect(findings[0]?.message).toBe(
      '六、其他需要报告的事项：正文“本年度行政事业性收费61175.69万元，行政复议29件，行政诉讼30件”与表四“行政诉讼·未经复议直接起诉”与“行政诉讼·复议后起诉”总计之和33件不符（30 ≠ 33）',
    );
  });

  it('reports money that does not round to the table’s 本年收费金额', () => {
    const text = withSentence('000', '二、主动公开政府信息情况', '全年行政事业性收费61000万元。');
    const findings = checkNarrative(parseReport(text)).filter((f) => f.actual !== 359);
    expect(findings.map((f) => [f.code, f.expected, f.actual, f.message])).toEqual([
      ['narrative-mismatch', 61175.6871, 61000, '二、主动公开政府信息情况：正文“全年行政事业性收费61000万元”与表二“行政事业性收费·本年收费金额”61175.6871万元不符（61000 ≠ 61175.6871）'],
    ]);
  });

  it('uses the 2019 template’s columns in a 2019-template report', () => {
    const text = withSentence('003', '一、总体情况', '本年新制作规范性文件6件。');
    const findings = checkNarrative(parseReport(text));
    expect(findings.map((f) => [f.code, f.paths, f.expected, f.actual])).toEqual([['narrative-mismatch', ['proactive.normativeDocuments.newlyMade'], 5, 6]]);
    // 制发 is a 2021 column: not compared in a 2019 report.
    expect(checkNarrative(parseReport(withSentence('003', '一、总体情况', '本年制发规范性文件6件。')))).toEqual([]);
  });

  it('does not read section 五, nor the tables', () => {
    const text = withSentence('000', '五、存在的主要问题及改进情况', '下一步力争受理申请99件。');
    expect(checkNarrative(parseReport(text)).map((f) => f.actual)).toEqual([359]);
  });

  it('points into the input when the report came as one line of crawler text', () => {
    const one = parsedSeed('001').text.replace(/\n+/g, ' ');
    const f = checkNarrative(parseReport(one)).find((x) => x.code === 'narrative-mismatch');
    const sentence = f?.spans[0];
    expect(one.slice(sentence?.start, sentence?.end)).toBe('2021年全市共办结依申请公开747件，结转下年度继续办理20件');
    expect(sentence).toMatchObject({ line: 1, column: one.indexOf('2021年全市共办结') + 1 });
  });

  it('never reports at error level', () => {
    const { report } = parsedSeed('001');
    const broken = withValues(report, { 'applications.total.total': 1, 'applications.carriedForward.total': 2, 'proactive.normativeDocuments.issued': 3 });
    const findings = checkNarrative(broken);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });
});
