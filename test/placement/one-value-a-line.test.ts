import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/grids/grid.js';
import { aloneOnLine } from '../../src/placement/one-value-a-line.js';
import { createLineIndex, splitLines } from '../../src/index.js';

const text = '（一）予以公开\t1\t2\n3\n4\t5\n\n6';
const index = createLineIndex(splitLines(text));
const cellAt = (start: number, mayJoinRuns: boolean): Cell => ({ text: text.slice(start, start + 1), start, end: start + 1, ...(mayJoinRuns ? { mayJoinRuns: true } : {}) });

/** Counting the cells of each line, as the rule says. */
function reference(label: Cell, values: readonly Cell[]): (cell: Cell) => boolean {
  const lineOf = (c: Cell) => index.positionAt(c.start).line;
  const count = new Map<number, number>();
  for (const c of [label, ...values]) count.set(lineOf(c), (count.get(lineOf(c)) ?? 0) + 1);
  return (c) => c.mayJoinRuns === true || count.get(lineOf(c)) === 1;
}

describe('aloneOnLine', () => {
  it('tells a value alone on its line from one that shares it, for rows on one line and rows over many', () => {
    const cell = fc.tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.boolean()).map(([s, m]) => cellAt(s, m));
    fc.assert(
      fc.property(cell, fc.array(cell, { maxLength: 6 }), fc.array(cell, { maxLength: 4 }), (label, values, others) => {
        const alone = aloneOnLine(index, label, values);
        const expected = reference(label, values);
        for (const c of [label, ...values, ...others]) expect(alone(c)).toBe(expected(c));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds no value alone in a tab row, and every value alone in one number a line', () => {
    const label = cellAt(0, false);
    const tabRow = [cellAt(8, false), cellAt(10, false)];
    expect(tabRow.some(aloneOnLine(index, label, tabRow))).toBe(false);
    const oneALine = [cellAt(12, false), cellAt(19, false)];
    expect(oneALine.every(aloneOnLine(index, label, oneALine))).toBe(true);
  });
});
