import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLineIndex, matchSectionHeading, splitLines, splitSections } from '../../src/index.js';
import { readSectionHeading } from '../../src/sections/split-sections.js';
import { bareSectionHeadings, sectionHeadings } from '../../src/sections/section-headings.js';

const split = (text: string) => {
  const lines = splitLines(text);
  return splitSections({ text, lines, index: createLineIndex(lines) });
};

describe('matchSectionHeading', () => {
  it('measures a heading by its key: white space and Markdown marks do not count towards the length limit', () => {
    const spaced = '三、收到和处理政府信息公开申请情况'.split('').join('\u3000 ');
    expect(matchSectionHeading(`#### **${spaced}**`)).toEqual({ kind: 'applications', number: '三' });
    expect(matchSectionHeading(`＃＃ ${'　'.repeat(60)}四、政府信息公开行政复议、行政诉讼情况`)).toEqual({ kind: 'reviewLitigation', number: '四' });
    // 41 units of key: longer than any heading.
    expect(matchSectionHeading(`一、${'其他'.repeat(19)}情`)).toBeNull();
  });

  it('knows the six standard headings by their words', () => {
    expect(matchSectionHeading('一、总体情况')).toEqual({ kind: 'overview', number: '一' });
    expect(matchSectionHeading('二、主动公开政府信息情况')?.kind).toBe('proactive');
    expect(matchSectionHeading('三、收到和处理政府信息公开申请情况')?.kind).toBe('applications');
    expect(matchSectionHeading('四、政府信息公开行政复议、行政诉讼情况')?.kind).toBe('reviewLitigation');
    expect(matchSectionHeading('五、存在的主要问题及改进情况')?.kind).toBe('problems');
    expect(matchSectionHeading('六、其他需要报告的事项')?.kind).toBe('otherMatters');
  });

  it('accepts the title variants reports use', () => {
    expect(matchSectionHeading('五、政府信息公开工作存在的主要问题及改进情况')?.kind).toBe('problems');
    expect(matchSectionHeading('四、因政府信息公开工作被申请行政复议、提起行政诉讼情况')?.kind).toBe('reviewLitigation');
    expect(matchSectionHeading('## 三、收到和处理政府信息公开申请情况')?.kind).toBe('applications');
    expect(matchSectionHeading('**二、主动公开政府信息情况**')?.kind).toBe('proactive');
    expect(matchSectionHeading('总体情况')).toEqual({ kind: 'overview', number: null });
  });

  it('knows renumbered sections by their words, not their number', () => {
    expect(matchSectionHeading('七、其他需要报告的事项')).toEqual({ kind: 'otherMatters', number: '七' });
  });

  it('takes an unknown short numbered heading as an extra section', () => {
    expect(matchSectionHeading('七、附件')).toEqual({ kind: 'extra', number: '七' });
  });

  it('refuses table rows, sub-headings, list items and sentences', () => {
    expect(matchSectionHeading('一、本年新收政府信息公开申请数量\t\t959')).toBeNull();
    expect(matchSectionHeading('\t四、结转下年度继续办理')).toBeNull();
    expect(matchSectionHeading('| 三、本年度办理结果 |')).toBeNull();
    expect(matchSectionHeading('（一）主动公开情况')).toBeNull();
    expect(matchSectionHeading('1、加强组织领导')).toBeNull();
    expect(matchSectionHeading('一、加强组织领导，全面推进政务公开。')).toBeNull();
    expect(matchSectionHeading('四、结转下年度继续办理 4 0 0 0 0 0 4')).toBeNull();
  });
});

describe('splitSections', () => {
  it('splits a report into preamble and sections in document order, with spans', () => {
    const text = '标题\n一、总体情况\n正文一\n二、主动公开政府信息情况\n表\n';
    const sections = split(text);
    expect(sections.map((s) => s.kind)).toEqual(['preamble', 'overview', 'proactive']);
    expect(sections[1]?.heading).toBe('一、总体情况');
    expect(sections[1]?.text).toBe('正文一\n');
    expect(sections[2]?.span).toMatchObject({ line: 4, column: 1 });
    expect(text.slice(sections[2]?.bodySpan.start, sections[2]?.bodySpan.end)).toBe('表\n');
  });

  it('keeps repeated section numbers and kinds as they come', () => {
    const sections = split('一、总体情况\nA\n一、主动公开政府信息情况\nB\n六、其他需要报告的事项\nC');
    expect(sections.map((s) => `${s.number}:${s.kind}`)).toEqual(['一:overview', '一:proactive', '六:otherMatters']);
  });

  it('gives one preamble section for text without headings', () => {
    const sections = split('只有一段文字。');
    expect(sections).toHaveLength(1);
    expect(sections[0]?.kind).toBe('preamble');
  });
});

describe('matchSectionHeading shortcut', () => {
  // Lines made of what headings and their near misses are made of: numerals
  // and other enumerators, Markdown marks, every kind of white space, the
  // heading words, table labels, list items, and stray text.
  const piece = fc.oneof(
    fc.constantFrom(...[...bareSectionHeadings.keys()], ...sectionHeadings.flatMap((h) => h.variants), '本年新收政府信息公开申请数量', '本年度办理结果', '附件'),
    fc.constantFrom(...'一二三四五六七八九十〇１2、.,:：（()）#＃*＊ \u3000\t|。；，总主收政存其x'.split('')),
  );
  const line = fc.array(piece, { maxLength: 6 }).map((ps) => ps.join(''));

  it('gives what the full reading gives, on every line', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(matchSectionHeading(text)).toEqual(readSectionHeading(text));
      }),
      { numRuns: 4000 },
    );
  });
});
