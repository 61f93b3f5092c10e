import { describe, expect, it } from 'vitest';
import { lineFacts, type LineFactsSpec } from '../../src/grids/line-facts.js';
import { recognizeLineCellGrid, recognizeSpaceAlignedGrid, splitLines } from '../../src/index.js';

describe('lineFacts', () => {
  // Code 2 for a line holding a digit (decisive), 1 otherwise.
  const calls: number[] = [];
  const spec: LineFactsSpec = {
    classify: (line) => {
      calls.push(line.index);
      return /\d/.test(line.text) ? 2 : 1;
    },
    isDecisive: (code) => code === 2,
  };

  it('classifies each line once, and finds the next decisive line from any line', () => {
    calls.length = 0;
    const lines = splitLines('a\nb\n1\nc\nd\n2\ne');
    const facts = lineFacts(lines, spec);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => facts.nextDecisive(i))).toEqual([2, 2, 2, 5, 5, 5, 7]);
    expect(facts.nextDecisive(7)).toBe(7);
    expect(facts.kindOf(3)).toBe(1);
    expect(facts.kindOf(5)).toBe(2);
    expect([...calls].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // The same lines array and spec give the same facts: nothing is classified again.
    expect(lineFacts(lines, spec).nextDecisive(0)).toBe(2);
    expect(calls).toHaveLength(7);
  });

  it('keeps the recognizers’ lookahead of 40 lines, whatever line they start from', () => {
    // 39 fragments then a table row: a grid from line 0; 40 fragments then the row: none from line 0, one from line 1.
    const row = '（一）予以公开   1   2   3';
    const near = [...Array.from({ length: 39 }, () => '予以'), row].join('\n');
    const far = [...Array.from({ length: 40 }, () => '予以'), row].join('\n');
    const region = (text: string, startLine: number) => {
      const lines = splitLines(text);
      return { text, lines, startLine, endLine: lines.length };
    };
    expect(recognizeSpaceAlignedGrid(region(near, 0))?.endLine).toBe(40);
    const farRegion = region(far, 0);
    expect(recognizeSpaceAlignedGrid(farRegion)).toBeNull();
    expect(recognizeSpaceAlignedGrid({ ...farRegion, startLine: 1 })?.endLine).toBe(41);
    // Line-cell: three lone numbers within 40 lines of the start.
    const cells = [...Array.from({ length: 37 }, () => '予以公开'), '1', '2', '3'].join('\n');
    expect(recognizeLineCellGrid(region(cells, 0))?.layout).toBe('line-cell');
    const late = [...Array.from({ length: 38 }, () => '予以公开'), '1', '2', '3'].join('\n');
    expect(recognizeLineCellGrid(region(late, 0))).toBeNull();
    expect(recognizeLineCellGrid(region(late, 1))?.layout).toBe('line-cell');
  });
});
