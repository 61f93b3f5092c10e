import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, padStart, truncateStart } from '../../src/cli/display-width.js';

describe('displayWidth', () => {
  it('counts CJK ideographs and full-width forms as two columns', () => {
    expect(displayWidth('表三')).toBe(4);
    expect(displayWidth('（一）予以公开')).toBe(14);
    expect(displayWidth('abc 12')).toBe(6);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('pads and cuts by columns', () => {
    expect(padEnd('自然人', 8)).toBe('自然人  ');
    expect(padStart('12', 5)).toBe('   12');
    expect(truncateStart('reports/一二三四.txt', 10)).toBe('…三四.txt');
  });
});
