import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/index.js';
import { createSectionPositions } from '../../src/validate/section-positions.js';
import { lineColumn, parsedSeed } from './helpers.js';

const section = (text: string, start: number, line: number, column: number): Section => ({
  kind: 'overview',
  number: '一',
  heading: '一、总体情况',
  text,
  span: { start: start - 7, end: start + text.length, line: line - 1, column: 1 },
  bodySpan: { start, end: start + text.length, line, column },
});

describe('createSectionPositions', () => {
  it('adds the body’s offset and counts LF, CRLF and lone CR from the body’s line and column', () => {
    const at = createSectionPositions(section('ab\r\ncd\ref\ngh', 100, 5, 3));
    expect(at(0, 2)).toEqual({ start: 100, end: 102, line: 5, column: 3 });
    expect(at(1, 2)).toEqual({ start: 101, end: 102, line: 5, column: 4 });
    expect(at(4, 5)).toEqual({ start: 104, end: 105, line: 6, column: 1 });
    expect(at(5, 6)).toEqual({ start: 105, end: 106, line: 6, column: 2 });
    expect(at(7, 8)).toEqual({ start: 107, end: 108, line: 7, column: 1 });
    expect(at(10, 12)).toEqual({ start: 110, end: 112, line: 8, column: 1 });
  });

  it('accepts a text longer than its body by trailing line breaks (a reader’s inserts), and gives the body’s span when the text is not the input’s slice', () => {
    const body = { start: 50, end: 56, line: 2, column: 1 };
    const reflowed = createSectionPositions({ ...section('abcdef', 50, 2, 1), text: 'abc\ndef\n', bodySpan: { ...body, end: 58 } });
    expect(reflowed(4, 5)).toEqual({ start: 54, end: 55, line: 3, column: 1 });
    const rendered = createSectionPositions({ ...section('a', 50, 2, 1), text: '全年受理申请29件。', bodySpan: body });
    expect(rendered(3, 5)).toEqual(body);
  });

  it('agrees with the input’s own line:column at every character of every seed section', () => {
    for (const prefix of ['000', '003', '004']) {
      const { text, report } = parsedSeed(prefix);
      for (const s of report.sections) {
        const at = createSectionPositions(s);
        for (let o = 0; o < s.text.length; o += 7) {
          const span = at(o, o + 1);
          expect(span.start).toBe(s.bodySpan.start + o);
          expect({ line: span.line, column: span.column }).toEqual(lineColumn(text, span.start));
        }
      }
    }
  });
});
