import { describe, expect, it } from 'vitest';
import { pathLabel, reportPaths, type ReportPath } from '../../src/index.js';

const everyPath: ReportPath[] = [
  ...new Set([...reportPaths('2021', 'divided'), ...reportPaths('2019', 'undivided'), ...reportPaths('2021', 'undivided'), ...reportPaths('2019', 'divided')]),
];

describe('pathLabel', () => {
  it('covers every path of both templates', () => {
    // 表二: 10 + 22 paths, three of them (许可/处罚/强制 · decisions) in both templates.
    expect(everyPath).toHaveLength(6 + 10 + 22 - 3 + 26 * 7 + 15);
  });

  it('names every path differently, and never by the path itself', () => {
    const labels = everyPath.map(pathLabel);
    expect(new Set(labels).size).toBe(labels.length);
    expect(everyPath.filter((p) => pathLabel(p) === p)).toEqual([]);
  });

  // Expected labels written from the template's wording (国办公开办函〔2021〕30号).
  it('joins table, group, row and column labels of the template with ·', () => {
    expect(pathLabel('applications.newReceived.total')).toBe('表三·一、本年新收政府信息公开申请数量·总计');
    expect(pathLabel('applications.partiallyGranted.naturalPerson')).toBe('表三·（二）部分公开·自然人');
    expect(pathLabel('applications.denied.threeSecurities.research')).toBe('表三·（三）不予公开·3.危及"三安全一稳定"·科研机构');
    expect(pathLabel('applications.otherHandling.noCorrection.total')).toBe('表三·（六）其他处理·1.申请人无正当理由逾期不补正·总计');
    expect(pathLabel('applications.otherHandling.total.other')).toBe('表三·（六）其他处理·其他');
    expect(pathLabel('applications.carriedForward.publicWelfare')).toBe('表三·四、结转下年度继续办理·社会公益组织');
    expect(pathLabel('proactive.regulations.repealed')).toBe('表二·规章·本年废止件数');
    expect(pathLabel('proactive.fees.amount')).toBe('表二·行政事业性收费·本年收费金额（万元）');
    expect(pathLabel('proactive.procurement.amount')).toBe('表二·政府集中采购·采购总金额（万元）');
    expect(pathLabel('proactive.otherServices.change')).toBe('表二·其他对外管理服务事项·本年增/减');
    expect(pathLabel('reviewLitigation.suitAfterReview.pending')).toBe('表四·复议后起诉·尚未审结');
  });

  it('names the meta fields in a word', () => {
    expect((['meta.title', 'meta.organization', 'meta.year', 'meta.template', 'meta.publishedAt', 'meta.source'] as const).map(pathLabel)).toEqual([
      '标题', '发布机关', '年度', '模板', '发布时间', '信息来源',
    ]);
  });

  it('gives back a string that is no path unchanged (from untyped code)', () => {
    expect(pathLabel('applications.newReceivd.total' as ReportPath)).toBe('applications.newReceivd.total');
    expect(pathLabel('meta.title.extra' as ReportPath)).toBe('meta.title.extra');
    expect(pathLabel('' as ReportPath)).toBe('');
  });
});
