import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTrailingValues, type Cell } from '../../src/grids/grid.js';
import { parseCellValue } from '../../src/index.js';

/** The plain reading, token by token from the start: what splitTrailingValues must give. */
function reference(cell: Cell, isValue: (token: string) => boolean): Cell[] {
  const tokens: { text: string; start: number }[] = [];
  const t = cell.text;
  let i = 0;
  while (i < t.length) {
    while (i < t.length && (t[i] === ' ' || t[i] === '\u3000')) i++;
    const s = i;
    while (i < t.length && t[i] !== ' ' && t[i] !== '\u3000') i++;
    if (i > s) tokens.push({ text: t.slice(s, i), start: s });
  }
  let k = tokens.length;
  while (k > 1 && isValue((tokens[k - 1] as { text: string }).text)) k--;
  if (k === tokens.length || k === 0) return [cell];
  const last = tokens[k - 1] as { text: string; start: number };
  const labelEnd = last.start + last.text.length;
  if (labelEnd > 48) return [cell];
  const out: Cell[] = [{ text: t.slice(0, labelEnd), start: cell.start, end: cell.start + labelEnd }];
  for (const tok of tokens.slice(k)) out.push({ text: tok.text, start: cell.start + tok.start, end: cell.start + tok.start + tok.text.length });
  return out;
}

describe('splitTrailingValues', () => {
  it('splits the numbers after a label off into cells of their own', () => {
    const cell = { text: '一、本年新收政府信息公开申请数量 164 10 0', start: 100, end: 124 };
    expect(splitTrailingValues(cell, (p) => parseCellValue(p).kind === 'number').map((c) => [c.text, c.start, c.end])).toEqual([
      ['一、本年新收政府信息公开申请数量', 100, 116],
      ['164', 117, 120],
      ['10', 121, 123],
      ['0', 124, 125],
    ]);
  });

  it('reads from the end as the plain reading from the start does, and asks isValue the same tokens in the same order', () => {
    const unit = fc.constantFrom(' ', '\u3000', '1', '2', '-', '属', '于', 'x', '\t', '.');
    const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));
    fc.assert(
      fc.property(text, fc.nat(1000), (t, start) => {
        const cell = { text: t, start, end: start + t.length };
        const askedA: string[] = [];
        const askedB: string[] = [];
        const isValue = (log: string[]) => (p: string) => {
          log.push(p);
          return parseCellValue(p).kind !== 'text';
        };
        expect(splitTrailingValues(cell, isValue(askedA))).toEqual(reference(cell, isValue(askedB)));
        expect(askedA).toEqual(askedB);
      }),
      { numRuns: 20_000 },
    );
  });
});
