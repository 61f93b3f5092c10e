import { describe, expect, it } from 'vitest';
import { formatFindings } from '../../src/validate/format-findings.js';
import { makeFinding } from '../../src/validate/finding.js';
import { validate } from '../../src/validate/validate.js';
import { parsedSeed } from './helpers.js';

describe('formatFindings', () => {
  it('renders 001’s finding as `file:line:col severity code message`', () => {
    const { report } = parsedSeed('001');
    expect(formatFindings(validate(report), { file: '001.txt' })).toBe(
      '001.txt:13:77 warning narrative-mismatch 一、总体情况：正文“2021年全市共办结依申请公开747件”与表三“（七）总计”746件不符（747 ≠ 746）',
    );
  });

  it('renders the English message on request', () => {
    const { report } = parsedSeed('001');
    expect(formatFindings(validate(report), { file: '001.txt', language: 'en' })).toBe(
      '001.txt:13:77 warning narrative-mismatch overview section: the text says 747 (closed) but applications.total.total = 746',
    );
  });

  it('puts one finding on each line, a finding without a span at 1:1, and a suggestion after the message', () => {
    const span = { start: 5, end: 6, line: 3, column: 9 };
    const findings = [
      makeFinding({ code: 'section-missing', severity: 'warning', message: '缺少“一、总体情况”部分', messageEn: 'Section overview not found' }),
      makeFinding({ code: 'row-sum', severity: 'error', message: '第一行\n第二行', messageEn: 'row', spans: [span], suggestion: '疑为拆分', suggestionEn: 'maybe split' }),
    ];
    expect(formatFindings(findings).split('\n')).toEqual([
      '<report>:1:1 warning section-missing 缺少“一、总体情况”部分',
      '<report>:3:9 error row-sum 第一行 第二行；疑为拆分',
    ]);
    expect(formatFindings(findings, { language: 'en' }).split('\n')[1]).toBe('<report>:3:9 error row-sum row; maybe split');
  });

  it('renders no findings as an empty string', () => {
    expect(formatFindings([])).toBe('');
  });
});
