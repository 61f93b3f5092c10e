import { describe, expect, it } from 'vitest';
import { headerUnit } from '../../src/placement/header-unit.js';
import { readWrappedHeader } from '../../src/placement/read-wrapped-header.js';

describe('readWrappedHeader', () => {
  it('spells 信息内容 and each column from the words of every line, top to bottom', () => {
    expect(readWrappedHeader([['信息内', '本年', '本年新', '对外公'], ['容', '新制', '公开数', '开总数'], ['作数', '量', '量'], ['量']], [['newlyMade', 'newlyPublished', 'totalPublished']])).toEqual({
      columns: ['newlyMade', 'newlyPublished', 'totalPublished'],
      units: [null, null, null],
    });
  });

  it('refuses a header that two column lists would both spell, and one that leaves a word unused', () => {
    expect(readWrappedHeader([['信息内容', '处理决定数量']], [['decisions'], ['decisions', 'projects']])).toEqual({ columns: ['decisions'], units: [null] });
    expect(readWrappedHeader([['信息内容', '本年处理决定数量', '多余']], [['decisions']])).toBeNull();
  });
});

describe('headerUnit', () => {
  it('reads a unit at the end of a header, in brackets or after 单位, and nothing else', () => {
    expect(headerUnit('本年收费金额(单位:元)')).toBe('元');
    expect(headerUnit('采购总金额(元)')).toBe('元');
    expect(headerUnit('采购总金额(万元)')).toBe('万元');
    expect(headerUnit('本年收费金额(单位:万元)')).toBe('万元');
    expect(headerUnit('本年收费金额')).toBeNull();
    expect(headerUnit('采购项目数量')).toBeNull();
  });

  it('reads a unit in brackets wherever it stands, and says when a header states two', () => {
    // The next page's header line merged into the cell by a box-drawing converter.
    expect(headerUnit('本年收费金额(单位:元)申请人情况')).toBe('元');
    expect(headerUnit('采购总金额(万元)其中')).toBe('万元');
    expect(headerUnit('本年收费金额(元)(万元)')).toBe('conflict');
    expect(headerUnit('本年收费金额(单位:元)合计万元')).toBe('conflict');
    // Without brackets, 元 in the middle is a word, not a unit.
    expect(headerUnit('元旦收费金额')).toBeNull();
  });
});
