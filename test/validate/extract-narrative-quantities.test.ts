import { describe, expect, it } from 'vitest';
import { extractNarrativeQuantities, type NarrativeQuantity } from '../../src/validate/extract-narrative-quantities.js';

/** The quantities as [measure, applicant or document, value, unit]. */
const read = (text: string, year: number | null = 2022): [string, string | null, number, string][] =>
  extractNarrativeQuantities(text, { year }).map((q: NarrativeQuantity) => [q.measure, q.applicant ?? q.document, q.value, q.unit]);

describe('extractNarrativeQuantities', () => {
  it('reads the four quantities of table 3 from one sentence', () => {
    expect(read('本年度共收到政府信息公开申请56件，上年结转3件，办结55件，结转下年度继续办理4件。')).toEqual([
      ['received', null, 56, '件'],
      ['carriedOver', null, 3, '件'],
      ['closed', null, 55, '件'],
      ['carriedForward', null, 4, '件'],
    ]);
  });

  it('gives 其中自然人…/法人或其他组织… the count the sentence’s verb named', () => {
    expect(read('共受理依申请公开1354件，其中自然人申请993件，法人或其他组织申请359件，商业企业2件。')).toEqual([
      ['received', null, 1354, '件'],
      ['received', 'naturalPerson', 993, '件'],
      ['received', 'organizations', 359, '件'],
      ['received', 'commercial', 2, '件'],
    ]);
  });

  it('reads 件次, thousands separators and full-width digits', () => {
    expect(read('2022年共受理政府信息公开申请4件次共6项，办理回复4件次。')).toEqual([
      ['received', null, 4, '件次'],
      ['closed', null, 4, '件次'],
    ]);
    expect(read('全年受理申请1,354件。')).toEqual([['received', null, 1354, '件']]);
    expect(read('全年受理申请１２件。')).toEqual([['received', null, 12, '件']]);
  });

  it('reads 行政复议, 行政诉讼 and their two kinds of suit', () => {
    expect(read('全年收到行政复议申请3件，行政诉讼2件，其中未经复议直接起诉1件，复议后起诉1件。')).toEqual([
      ['review', null, 3, '件'],
      ['litigation', null, 2, '件'],
      ['directSuit', null, 1, '件'],
      ['suitAfterReview', null, 1, '件'],
    ]);
  });

  it('reads 制发/废止/现行有效 with the document kind named earlier in the sentence', () => {
    expect(read('行政规范性文件全市全年制发328件，废止197件，现行有效1562件。')).toEqual([
      ['issued', 'normativeDocuments', 328, '件'],
      ['repealed', 'normativeDocuments', 197, '件'],
      ['inForce', 'normativeDocuments', 1562, '件'],
    ]);
    expect(read('本年制发规章2件，行政规范性文件15件。')).toEqual([
      ['issued', 'regulations', 2, '件'],
      ['issued', 'normativeDocuments', 15, '件'],
    ]);
  });

  it('reads 行政事业性收费 in 万元 with its decimals', () => {
    const [q] = extractNarrativeQuantities('全年行政事业性收费61175.69万元。', { year: 2022 });
    expect(q).toMatchObject({ measure: 'feeAmount', value: 61175.69, raw: '61175.69', unit: '万元' });
  });

  it('skips numbers whose clause names no count', () => {
    expect(read('市县公开各类文件460件，政策解读437篇。')).toEqual([]);
    expect(read('主动公开政府信息233条、公示公告214条、行政规范性文件9个。')).toEqual([]);
  });

  it('skips 受理/办结 in a sentence that does not mention 申请 (letters, calls)', () => {
    expect(read('通过市长信箱接收并处理群众信件274件，回复办结率100%。')).toEqual([]);
    expect(read('全年办结12345热线工单3000件。')).toEqual([]);
    expect(read('全年受理依申请公开事项并办结网民留言38件。')).toEqual([]);
  });

  it('skips relative and approximate numbers', () => {
    expect(read('受理申请较上年增加12件。')).toEqual([]);
    expect(read('受理申请同比下降5件。')).toEqual([]);
    expect(read('全年受理申请约300件。')).toEqual([]);
    expect(read('全年受理申请2000余件。')).toEqual([]);
    expect(read('全年受理申请3万件。')).toEqual([]);
    expect(read('全年受理申请300件以上。')).toEqual([]);
  });

  it('skips a clause that names two counts, two applicant kinds or two document kinds', () => {
    expect(read('受理并办结申请30件。')).toEqual([]);
    expect(read('自然人和法人或其他组织申请共30件。')).toEqual([]);
    expect(read('行政复议和行政诉讼案件0件。')).toEqual([]);
    expect(read('制发规章、行政规范性文件共12件。')).toEqual([]);
  });

  it('does not take 规章制度 for 规章', () => {
    expect(read('制发规章制度3件。')).toEqual([]);
  });

  it('skips sentences about another year, and reads the report year', () => {
    expect(read('2021年受理申请40件，2022年受理申请50件。', 2022)).toEqual([['received', null, 50, '件']]);
    expect(read('2021年受理申请40件。', null)).toEqual([['received', null, 40, '件']]);
  });

  it('skips table rows and excluded ranges', () => {
    expect(read('行政规范性文件\t制发328件\t1\n')).toEqual([]);
    const text = '受理申请10件。受理申请20件。';
    expect(extractNarrativeQuantities(text, { year: null, exclude: [{ start: 0, end: 3 }] }).map((q) => q.value)).toEqual([20]);
  });

  it('gives offsets of the number, its unit and its sentence', () => {
    const text = '一段话。\n  全年受理申请29件，均已答复。';
    const [q] = extractNarrativeQuantities(text, { year: null });
    expect(text.slice(q?.start, q?.end)).toBe('29件');
    expect(text.slice(q?.sentenceStart, q?.sentenceEnd)).toBe('全年受理申请29件，均已答复');
  });

  it('stays linear on a long run of digits and words', () => {
    const text = '受理申请'.repeat(20_000) + '1'.repeat(20_000) + '件。';
    const started = performance.now();
    expect(extractNarrativeQuantities(text, { year: null })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
