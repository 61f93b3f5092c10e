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
});
