import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineTable, lineListOf } from '../../src/text/line-table.js';
import { splitLines, type Line } from '../../src/text/split-lines.js';

/** The lines by the engine's regex split, independent of LineTable (which splitLines is built on). */
function reference(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ index: lines.length, start, end: m.index, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
  return lines;
}

describe('LineTable', () => {
  it('gives the lines of a plain split, in any order of asking, past its window of kept lines', () => {
    const text = fc.array(fc.constantFrom('a', '表', ' ', '\n', '\r', '\r\n', '\n\n'), { maxLength: 60 }).map((parts) => parts.join(''));
    // Many lines, asked for in a random order, so that kept lines are dropped and made again.
    const long = fc.tuple(text, fc.integer({ min: 1, max: 3000 })).map(([t, n]) => `${t}\n`.repeat(n));
    const order = fc.array(fc.nat(), { minLength: 1, maxLength: 400 });
    fc.assert(
      fc.property(fc.oneof(text, long), order, (t, picks) => {
        const expected = reference(t);
        const table = new LineTable(t);
        expect(table.length).toBe(expected.length);
        for (const p of picks) {
          const i = p % (expected.length + 2) - 1; // -1 … length: one past each end too
          expect(table.get(i)).toEqual(expected[i]);
        }
        expect(Array.from(table.starts)).toEqual(expected.map((l) => l.start));
        expect(Array.from(table.ends)).toEqual(expected.map((l) => l.end));
      }),
      { numRuns: 300 },
    );
  });

  it('has no line before the first or after the last (a negative index does not count from the end)', () => {
    const table = new LineTable('一\n二');
    expect([table.get(-1), table.get(2), table.get(0.5)]).toEqual([undefined, undefined, undefined]);
    expect(table.get(1)).toEqual({ index: 1, start: 2, end: 3, text: '二' });
  });

  it('is what lineListOf gives for it; an array is wrapped once', () => {
    const table = new LineTable('a\nb');
    expect(lineListOf(table as never)).toBe(table);
    const lines = splitLines('a\nb');
    const list = lineListOf(lines);
    expect(lineListOf(lines)).toBe(list);
    expect([list.length, list.get(1), list.get(-1)]).toEqual([2, lines[1], undefined]);
    // An array added to after it was wrapped is seen whole.
    const growing = splitLines('a');
    lineListOf(growing);
    growing.push({ index: 1, start: 2, end: 3, text: 'b' });
    expect([lineListOf(growing).length, lineListOf(growing).get(1)?.text]).toEqual([2, 'b']);
  });
});
