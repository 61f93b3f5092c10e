import { describe, expect, it } from 'vitest';
import type { Rule, TextRun } from '../../../src/readers/pdf/page-content.js';
import { findRuledTables } from '../../../src/readers/pdf/ruled-tables.js';

/** The rules of a grid: horizontal lines at `ys`, vertical at `xs`, each spanning the whole table, minus the segments listed in `gaps`. */
function grid(xs: number[], ys: number[]): Rule[] {
  const top = Math.max(...ys);
  const bottom = Math.min(...ys);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  return [
    ...ys.map((y): Rule => ({ axis: 'horizontal', at: y, from: left, to: right })),
    ...xs.map((x): Rule => ({ axis: 'vertical', at: x, from: bottom, to: top })),
  ];
}

const run = (text: string, x: number, y: number, width = text.length * 10): TextRun => ({ text, x, y, width, size: 10 });

describe('findRuledTables', () => {
  it('rebuilds rows and columns from the rules and puts each run in the cell its middle lies in', () => {
    const rules = grid([0, 100, 150, 200], [300, 280, 260]);
    const page = findRuledTables([run('规章', 5, 285), run('1', 120, 285), run('11', 170, 285), run('行政规范性文件', 5, 265, 70), run('26', 170, 265)], rules);
    expect(page.tables).toHaveLength(1);
    const table = page.tables[0]!;
    expect([table.rowCount, table.columnCount]).toEqual([2, 3]);
    expect(table.cells.map((c) => [c.row, c.col, c.runs.map((r) => r.text).join('')])).toEqual([
      [0, 0, '规章'],
      [0, 1, '1'],
      [0, 2, '11'],
      [1, 0, '行政规范性文件'],
      [1, 1, ''],
      [1, 2, '26'],
    ]);
    expect(page.outside).toEqual([]);
  });

  it('takes two slots with no rule between them for one merged cell (rowspan), wherever in it the label is drawn', () => {
    // Column 0 has no horizontal rule at y = 280: rows 0 and 1 share its cell.
    const rules: Rule[] = [
      { axis: 'horizontal', at: 300, from: 0, to: 200 },
      { axis: 'horizontal', at: 280, from: 100, to: 200 },
      { axis: 'horizontal', at: 260, from: 0, to: 200 },
      { axis: 'vertical', at: 0, from: 260, to: 300 },
      { axis: 'vertical', at: 100, from: 260, to: 300 },
      { axis: 'vertical', at: 200, from: 260, to: 300 },
    ];
    const page = findRuledTables([run('（三）不予公开', 5, 276, 70), run('1', 150, 285), run('2', 150, 265)], rules);
    const cells = page.tables[0]!.cells;
    expect(cells.map((c) => [c.row, c.col, c.rowspan, c.colspan])).toEqual([
      [0, 0, 2, 1],
      [0, 1, 1, 1],
      [1, 1, 1, 1],
    ]);
    expect(cells[0]!.runs.map((r) => r.text)).toEqual(['（三）不予公开']);
  });

  it('joins a border drawn one cell edge at a time into one rule', () => {
    const rules: Rule[] = [
      { axis: 'horizontal', at: 300, from: 0, to: 100 },
      { axis: 'horizontal', at: 300.4, from: 100, to: 200 },
      { axis: 'horizontal', at: 280, from: 0, to: 200 },
      { axis: 'vertical', at: 0, from: 280, to: 300 },
      { axis: 'vertical', at: 100, from: 280, to: 300 },
      { axis: 'vertical', at: 200, from: 280, to: 300 },
    ];
    const table = findRuledTables([], rules).tables[0]!;
    expect([table.rowCount, table.columnCount]).toEqual([1, 2]);
  });

  it('splits a run that spans cells when its words and the cells it crosses agree in count', () => {
    const rules = grid([0, 80, 160, 240], [300, 280]);
    // pdf.js joined three header cells into one run: 本年制发件数 本年废止件数 现行有效件数
    const header = run('本年制发件数 本年废止件数 现行有效件数', 10, 285, 220);
    const table = findRuledTables([header], rules).tables[0]!;
    expect(table.cells.map((c) => c.runs.map((r) => r.text).join(''))).toEqual(['本年制发件数', '本年废止件数', '现行有效件数']);
  });

  it('reports a run that spans cells when the words do not say which cell each belongs to, and places none of it', () => {
    const rules = grid([0, 80, 160, 240], [300, 280]);
    // Two numbers over three cells: which cell is blank is not known.
    const glued = run('7 52', 20, 285, 200);
    const page = findRuledTables([glued], rules);
    expect(page.strays.map((s) => s.run.text)).toEqual(['7 52']);
    expect(page.tables[0]!.cells.every((c) => c.runs.length === 0)).toBe(true);
  });

  it('leaves runs outside every table to the narrative', () => {
    const page = findRuledTables([run('一、总体情况', 0, 500)], grid([0, 100], [300, 280]));
    expect(page.outside.map((r) => r.text)).toEqual(['一、总体情况']);
  });

  it('builds no table from rules that do not meet (underlines, a page border line)', () => {
    const rules: Rule[] = [
      { axis: 'horizontal', at: 300, from: 0, to: 100 },
      { axis: 'horizontal', at: 200, from: 0, to: 100 },
      { axis: 'vertical', at: 300, from: 0, to: 100 },
      { axis: 'vertical', at: 400, from: 0, to: 100 },
    ];
    expect(findRuledTables([], rules).tables).toEqual([]);
  });
});
