import { describe, expect, it } from 'vitest';
import { parseReport, recognizeBoxGrid } from '../../src/index.js';
import { regionOf, texts } from '../helpers/region.js';

const table = [
  '├───────────────────────────────────────┼──────┼───────┤',
  '│一、本年新收政府信息公开申请数量       │ 3303 │  195  │',
  '├─────┬─────────────────────────────────┼──────┼───────┤',
  '│     │（二）部分公开（区分处理的，只计 │ 212  │  19   │',
  '│     │这一情形，不计其他情形）         │      │       │',
  '│     ├─────────┬───────────────────────┼──────┼───────┤',
  '│     │（三）不 │4.保护第三方合法权益   │  38  │   7   │',
  '│     │予公开   ├───────────────────────┼──────┼───────┤',
  '│     │         │5.属于三类内部事务信息 │  21  │   1   │',
  '└─────┴─────────┴───────────────────────┴──────┴───────┘',
].join('\n');

describe('recognizeBoxGrid', () => {
  it('merges the text lines of a logical row cell by cell', () => {
    const rows = texts(recognizeBoxGrid(regionOf(table)));
    expect(rows?.[1]).toEqual(['（二）部分公开（区分处理的，只计\n这一情形，不计其他情形）', '212', '19']);
  });

  it('ends a logical row at a line that is partly a rule, so numbers of two rows are never joined', () => {
    const rows = texts(recognizeBoxGrid(regionOf(table)));
    expect(rows?.[2]).toEqual(['（三）不\n予公开', '4.保护第三方合法权益', '38', '7']);
    expect(rows?.[3]).toEqual(['5.属于三类内部事务信息', '21', '1']);
  });

  it('drops the leading cells a rowspan label covers and keeps a blank value as a blank, exact cell', () => {
    const blank = [
      '├─────┬──────────────┬──────┬──────┬──────┤',
      '│     │1.属于国家秘密│      │  0   │  -   │',
      '├─────┼──────────────┼──────┼──────┼──────┤',
    ].join('\n');
    const grid = recognizeBoxGrid(regionOf(blank));
    expect(texts(grid)).toEqual([['1.属于国家秘密', '', '0', '-']]);
    expect(grid?.rows[0]?.every((c) => c.exactRow === true)).toBe(true);
  });

  it('marks no cell exact where the lines of a row were kept apart (numbers on two lines)', () => {
    const apart = ['├────┼────┤', '│规章│1   │', '│    │2   │', '├────┼────┤'].join('\n');
    const grid = recognizeBoxGrid(regionOf(apart));
    expect(grid?.rows.flat().some((c) => c.exactRow === true)).toBe(false);
  });

  it('refuses a line that does not draw a box', () => {
    expect(recognizeBoxGrid(regionOf('规章 | 1 | 0'))).toBeNull();
  });

  it('lets parseReport read the rows, labels merged', () => {
    const report = parseReport(`三、收到和处理政府信息公开申请情况\n${table.replace(/ 195  │/, ' 195  │')}`);
    expect(report.applications.partiallyGranted.naturalPerson).toBeNull(); // 7 columns expected, 2 given: null, named
    expect(report.diagnostics.some((d) => d.code === 'row-value-count' && d.path === 'applications.partiallyGranted')).toBe(true);
  });
});
