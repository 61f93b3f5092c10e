import { describe, expect, it } from 'vitest';
import { pathLabel, type ReportPath } from '../../src/index.js';
import { allReportPaths, shortRowLabel } from '../../src/cli/labels.js';

const pathLabelZh = (path: string): string => pathLabel(path as ReportPath);

describe('the CSV headers (pathLabel over allReportPaths)', () => {
  it('names every path a report can have, each differently, never by the path itself', () => {
    const labels = allReportPaths().map(pathLabelZh);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((l, i) => l === allReportPaths()[i])).toEqual([]);
  });

  it('names meta fields in a word', () => {
    expect(['title', 'organization', 'year', 'template', 'publishedAt', 'source'].map((k) => pathLabelZh(`meta.${k}`))).toEqual([
      '标题',
      '发布机关',
      '年度',
      '模板',
      '发布时间',
      '信息来源',
    ]);
  });

  it('joins table, row and column labels of the template', () => {
    expect(pathLabelZh('applications.newReceived.naturalPerson')).toBe('表三·一、本年新收政府信息公开申请数量·自然人');
    expect(pathLabelZh('applications.denied.stateSecret.total')).toBe('表三·（三）不予公开·1.属于国家秘密·总计');
    expect(pathLabelZh('applications.otherHandling.total.legalService')).toBe('表三·（六）其他处理·法律服务机构');
    expect(pathLabelZh('proactive.normativeDocuments.inForce')).toBe('表二·行政规范性文件·现行有效件数');
    expect(pathLabelZh('proactive.fees.amount')).toBe('表二·行政事业性收费·本年收费金额（万元）');
    expect(pathLabelZh('proactive.procurement.amount')).toBe('表二·政府集中采购·采购总金额（万元）');
    expect(pathLabelZh('reviewLitigation.directSuit.pending')).toBe('表四·未经复议直接起诉·尚未审结');
  });

  it('falls back to the path for a path the templates do not name', () => {
    expect(pathLabelZh('applications.nothing.total')).toBe('applications.nothing.total');
  });
});

describe('shortRowLabel', () => {
  it('drops the template notes in brackets and the clause after the first 、', () => {
    expect(shortRowLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('（二）部分公开');
    expect(shortRowLabel('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toBe('2.申请人逾期未按收费通知要求缴纳费用');
  });

  it('keeps the enumerator and a label that is short already', () => {
    expect(shortRowLabel('一、本年新收政府信息公开申请数量')).toBe('一、本年新收政府信息公开申请数量');
    expect(shortRowLabel('3.危及"三安全一稳定"')).toBe('3.危及"三安全一稳定"');
  });
});
