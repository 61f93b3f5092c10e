import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCellValue } from '../../src/index.js';
import { scanCellValue } from '../../src/grids/parse-cell-value.js';
import { isBlankCell } from '../../src/placement/mapped-table.js';

const num = (value: number, unit: string | null = null, note: string | null = null) => ({ kind: 'number', value, unit, note });

describe('parseCellValue', () => {
  it('reads integers, decimals, signs and thousands separators', () => {
    expect(parseCellValue('1350')).toEqual(num(1350));
    expect(parseCellValue('61175.6871')).toEqual(num(61175.6871));
    expect(parseCellValue('+11')).toEqual(num(11));
    expect(parseCellValue('-2')).toEqual(num(-2));
    expect(parseCellValue('1,166,001')).toEqual(num(1166001));
    expect(parseCellValue('0.000001')).toEqual(num(0.000001));
  });

  it('folds full-width digits and ignores spaces around the number', () => {
    expect(parseCellValue('１２３')).toEqual(num(123));
    expect(parseCellValue(' 12 ')).toEqual(num(12));
    expect(parseCellValue('25829.67 (万元)')).toEqual(num(25829.67, '万元'));
  });

  it('never joins digits across white space: two values in one cell are unreadable', () => {
    for (const t of ['1 2', '38\n21', '1\u30002', '3 821']) expect(parseCellValue(t), t).toEqual({ kind: 'text' });
  });

  it('keeps the unit and the note written beside the number', () => {
    expect(parseCellValue('25829.67 (万元)')).toEqual(num(25829.67, '万元'));
    expect(parseCellValue('251000元')).toEqual(num(251000, '元'));
    expect(parseCellValue('22（其中修订16件）')).toEqual(num(22, null, '(其中修订16件)'));
  });

  it('takes a placeholder as pandoc’s Markdown writer escapes it for one, and an escaped sign before digits for no number', () => {
    for (const p of ['\\-', '\\-\\-', '\\_', '\\/']) expect(parseCellValue(p), p).toEqual({ kind: 'placeholder' });
    expect(parseCellValue('\\-5').kind).toBe('text');
  });

  it('tells blank from placeholders', () => {
    expect(parseCellValue('')).toEqual({ kind: 'blank' });
    expect(parseCellValue(' \u3000')).toEqual({ kind: 'blank' });
    for (const p of ['-', '/', '—', '无', '——', '－']) expect(parseCellValue(p)).toEqual({ kind: 'placeholder' });
  });

  it('refuses what is not one clean number, rather than guess', () => {
    for (const t of ['约5', '5件左右', '1,32', '12.', '3-5', '1.2.3', 'abc', '1'.repeat(16)]) expect(parseCellValue(t), t).toEqual({ kind: 'text' });
  });
});

describe('parseCellValue shortcuts', () => {
  // Units that matter to the scanner: digits of both widths, 〇, signs and
  // dashes that fold to them, commas, dots, every kind of white space, the
  // starts of placeholders, units, brackets, and ordinary label characters.
  const unit = fc.constantFrom(
    ...'0123456789０１２３４５６７８９〇+-－—–−,.，． \t\n\u3000\u00a0\f/\\_无空暂×xNn/a万元件项(（)）其中修订属于国家秘密总计'.split(''),
  );
  const cellText = fc.array(unit, { maxLength: 12 }).map((units) => units.join(''));

  it('give what the general scanner gives, on every text', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(parseCellValue(text)).toEqual(scanCellValue(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('isBlankCell says blank exactly where the general scanner does', () => {
    // Every kind of white space folding knows, often enough for blank cells to come up, and the other units.
    const spaces = fc.constantFrom(...' \t\n\r\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\f\u000b'.split(''));
    const mostlySpace = fc.array(fc.oneof({ arbitrary: spaces, weight: 6 }, { arbitrary: unit, weight: 1 }), { maxLength: 8 }).map((units) => units.join(''));
    fc.assert(
      fc.property(fc.oneof(mostlySpace, cellText), (text) => {
        expect(isBlankCell({ text, start: 0, end: text.length })).toBe(scanCellValue(text).kind === 'blank');
      }),
      { numRuns: 3000 },
    );
  });

  it('give what the general scanner gives on long texts too: sentences that start with a digit, numbers with long notes', () => {
    const longText = fc
      .tuple(fc.array(unit, { minLength: 20, maxLength: 40 }), fc.constantFrom('', ')', '）', ' ）', '件'))
      .map(([units, end]) => units.join('') + end);
    fc.assert(
      fc.property(longText, (text) => {
        expect(parseCellValue(text)).toEqual(scanCellValue(text));
      }),
      { numRuns: 20_000 },
    );
    // 25 units of key is the most a value without a note has: -123,456,789,012,345.6(万元)
    const widest = '-12,345,678,901,234.5(万元)';
    expect(parseCellValue(widest)).toEqual(scanCellValue(widest));
    expect(parseCellValue(widest).kind).toBe('number');
    // …and the longest without a bracket at its end (23 units).
    expect(parseCellValue('-12,345,678,901,234.5件次')).toEqual({ kind: 'number', value: -12345678901234.5, unit: '件次', note: null });
    expect(parseCellValue('2022年，全市共收到政府信息公开申请1320件，办结1350件。')).toEqual({ kind: 'text' });
    expect(parseCellValue('22（其中修订16件，废止3件，另有两件尚在审议中，未计入本年度统计）').kind).toBe('number');
  });

  it('still read a placeholder or a number after leading white space', () => {
    expect(parseCellValue('\u3000－')).toEqual({ kind: 'placeholder' });
    expect(parseCellValue(' 　无')).toEqual({ kind: 'placeholder' });
    expect(parseCellValue('\u3000〇')).toEqual(scanCellValue('\u3000〇'));
    expect(parseCellValue(' —12')).toEqual(num(-12));
    expect(parseCellValue('属于12')).toEqual({ kind: 'text' });
  });
});
