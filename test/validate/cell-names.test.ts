import { describe, expect, it } from 'vitest';
import { applicantColumnName, applicationRowName, cellName, outcomeName, reviewGroupName, shortLabel } from '../../src/validate/cell-names.js';

describe('cell names for messages', () => {
  it('drops a trailing bracketed note but keeps an enumerator', () => {
    expect(shortLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('（二）部分公开');
    expect(shortLabel('（七）总计')).toBe('（七）总计');
    expect(shortLabel('（六）')).toBe('（六）');
  });

  it('names 表三 columns under 法人或其他组织', () => {
    expect(applicantColumnName('naturalPerson')).toBe('自然人');
    expect(applicantColumnName('publicWelfare')).toBe('法人或其他组织·社会公益组织');
    expect(applicantColumnName('other')).toBe('法人或其他组织·其他');
    expect(applicantColumnName('total')).toBe('总计');
  });

  it('names 表三 rows with their group where the template numbers them 1., 2.', () => {
    expect(applicationRowName('newReceived')).toBe('一、本年新收');
    expect(applicationRowName('partiallyGranted')).toBe('（二）部分公开');
    expect(applicationRowName('unableToProvide.notHeld')).toBe('（四）无法提供·1.本机关不掌握相关政府信息');
    expect(applicationRowName('otherHandling.other')).toBe('（六）其他处理·3.其他');
    expect(applicationRowName('otherHandling.total')).toBe('（六）其他处理');
  });

  it('names 表四 groups and outcomes', () => {
    expect(reviewGroupName('review')).toBe('行政复议');
    expect(reviewGroupName('suitAfterReview')).toBe('行政诉讼·复议后起诉');
    expect(outcomeName('pending')).toBe('尚未审结');
  });

  it('names any value path, and leaves unknown paths as they are', () => {
    expect(cellName('applications.denied.stateSecret.total')).toBe('表三“（三）不予公开·1.属于国家秘密”总计栏');
    expect(cellName('reviewLitigation.directSuit.upheld')).toBe('表四“行政诉讼·未经复议直接起诉”结果维持栏');
    expect(cellName('proactive.normativeDocuments.inForce')).toBe('表二“行政规范性文件·现行有效件数”');
    expect(cellName('proactive.procurement.amount')).toBe('表二“政府集中采购·采购总金额”');
    expect(cellName('meta.year')).toBe('meta.year');
  });
});
