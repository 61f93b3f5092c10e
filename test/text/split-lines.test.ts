import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineIndex, splitLines } from '../../src/index.js';

describe('splitLines', () => {
  it('splits on LF, CRLF and lone CR, keeping offsets into the input', () => {
    const text = 'a\nbb\r\nccc\rd';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['a', 'bb', 'ccc', 'd']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('gives one empty line for empty text and a trailing empty line after a final newline', () => {
    expect(splitLines('').map((l) => l.text)).toEqual(['']);
    expect(splitLines('a\n').map((l) => l.text)).toEqual(['a', '']);
  });

  it('keeps a form feed inside its line', () => {
    expect(splitLines('x\f\ny').map((l) => l.text)).toEqual(['x\f', 'y']);
  });
});

describe('createLineIndex', () => {
  it('maps offsets to 1-based line and column', () => {
    const index = createLineIndex(splitLines('ab\r\ncd\ne'));
    expect(index.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(index.positionAt(5)).toEqual({ line: 2, column: 2 });
    expect(index.positionAt(7)).toEqual({ line: 3, column: 1 });
    expect(index.spanOf(4, 6)).toEqual({ start: 4, end: 6, line: 2, column: 1 });
  });

  it('answers any sequence of offsets as a line-by-line count does (the remembered line is only a shortcut)', () => {
    const text = fc.array(fc.constantFrom('a', '表', '\n', '\r', '\r\n', ''), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 45 }), { maxLength: 30 }), (input, offsets) => {
        const lines = splitLines(input);
        const index = createLineIndex(lines);
        for (const offset of offsets) {
          // The last line starting at or before the offset (the first line for offsets before 0).
          let k = 0;
          for (let j = 0; j < lines.length; j++) if ((lines[j] as { start: number }).start <= offset) k = j;
          expect(index.positionAt(offset)).toEqual({ line: k + 1, column: offset - (lines[k] as { start: number }).start + 1 });
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('splitLines against a character-by-character split', () => {
  /** The plain scan: what both of splitLines' paths must give. */
  const reference = (text: string) => {
    const lines: { index: number; start: number; end: number; text: string }[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x0d) {
        lines.push({ index: lines.length, start, end: i, text: text.slice(start, i) });
        if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
        start = i + 1;
      }
    }
    lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
    return lines;
  };

  it('gives the same lines, with and without carriage returns', () => {
    const text = fc.array(fc.constantFrom('a', '表', ' ', '\n', '\r', '\r\n', '\f', '\u2028'), { maxLength: 50 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(splitLines(t)).toEqual(reference(t));
      }),
      { numRuns: 5000 },
    );
    expect(splitLines('')).toEqual([{ index: 0, start: 0, end: 0, text: '' }]);
    expect(splitLines('a\n')).toEqual(reference('a\n'));
  });
});
