import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOf, isBlankLine, splitTrailingValues, type Cell } from '../../src/grids/grid.js';
import { isPageFooter } from '../../src/grids/page-footer.js';
import { parseCellValue } from '../../src/grids/parse-cell-value.js';
import { kindOf } from '../../src/grids/recognize-line-cell-grid.js';
import { classifySpaced, splitSpacedCells } from '../../src/grids/recognize-space-aligned-grid.js';
import type { Line } from '../../src/text/split-lines.js';

// The per-line classifiers of the space-aligned and line-cell recognizers tell
// lines without white space (or with one token) by a scan, without making the
// cells. These are the classifiers as first written, making every cell: what
// the shortcuts must answer.

function spacedReference(line: Line): number {
  if (isBlankLine(line)) return 1;
  if (isPageFooter(line.text)) return 2;
  const t = line.text;
  const tab = t.indexOf('\t');
  if (tab >= 0 && (t.slice(0, tab).trim() !== '' || t.indexOf('\t', tab + 1) >= 0)) return 3;
  const cells = splitSpacedCells(line.text, { index: line.index, start: 0, end: line.text.length, text: line.text });
  if (cells.length >= 2) return cells.some((c) => parseCellValue(c.text).kind === 'number') ? 4 : 5;
  const one = cells.length === 1 ? (cells[0] as Cell).text : null;
  return one !== null && one.length <= 24 && !one.endsWith('。') && !one.endsWith('；') ? 6 : 7;
}

function lineCellReference(line: Line): string {
  const t = line.text;
  if (t.includes('\t')) return 'prose';
  if (t.length === 0 || /^[ \r\f]*$/.test(t)) return 'empty';
  if (isPageFooter(t)) return 'empty';
  if (/^[\u00a0\u3000 ]+$/.test(t) && /[\u00a0\u3000]/.test(t)) return 'blankCell';
  const trimmed = t.trim();
  if (parseCellValue(trimmed).kind !== 'text') return 'number';
  const label = splitTrailingValues({ text: trimmed, start: 0, end: trimmed.length }, (p) => parseCellValue(p).kind !== 'text');
  if (label.length > 1) return (label[0] as Cell).text.length > 48 ? 'prose' : 'number';
  if (trimmed.length > 48 || trimmed.endsWith('。') || trimmed.endsWith('；')) return 'prose';
  return 'text';
}

const unit = fc.constantFrom('1', '23', '-', '—', '规章', '（一）', '予以公开', '。', '；', '第', '页', ' ', '  ', '\u3000', '\u00a0', '\t', '\f', '\ufeff', '\u2003', 'a', '字'.repeat(20));
const lineText = fc.array(unit, { maxLength: 14 }).map((units) => units.join(''));
const asLine = (text: string): Line => ({ index: 0, start: 0, end: text.length, text });

describe('line classifiers of the space-aligned and line-cell recognizers', () => {
  it('classify every line as the full splitting does', () => {
    fc.assert(
      fc.property(lineText, (t) => {
        const line = asLine(t);
        expect(classifySpaced(line)).toBe(spacedReference(line));
        expect(kindOf(line)).toBe(lineCellReference(line));
      }),
      { numRuns: 20_000 },
    );
  });

  it('tell a line with no white space by its length and its last character', () => {
    expect(classifySpaced(asLine('（一）予以公开'))).toBe(6);
    expect(classifySpaced(asLine('本机关全年共收到政府信息公开申请二十件。'))).toBe(7);
    expect(classifySpaced(asLine('字'.repeat(25)))).toBe(7);
    expect(kindOf(asLine('字'.repeat(49)))).toBe('prose');
    expect(kindOf(asLine('行政规范性文件'))).toBe('text');
    // The one cell the shortcut stands for is the line itself.
    expect(cellOf('（一）予以公开', 0, 7).text).toBe('（一）予以公开');
  });
});
