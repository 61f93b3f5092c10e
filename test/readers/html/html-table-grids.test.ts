import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { htmlTableGrids, type HtmlTableGrid } from '../../../src/readers/html/html-table-grids.js';
import { applicationRowPaths } from '../../../src/templates/applications-table.js';
import { consistentTable3, type Table3 } from '../../helpers/table3.js';
import { noiseFrom, table3Html } from './template-html.js';

/** The text of the cell covering each slot, row by row ('·' where none does). */
function slotTexts(table: HtmlTableGrid | undefined): string[][] {
  if (!table) return [];
  return table.slots.map((row) => row.map((k) => (k === null ? '·' : (table.cells[k]?.text ?? '?'))));
}

const ZEROS: Table3 = new Map(applicationRowPaths('divided').map((p, r) => [p, [r, 0, 0, 0, 0, 0, r]]));

describe('htmlTableGrids', () => {
  it('places cells by their rowspan and colspan, as a browser does', () => {
    const [table] = htmlTableGrids('<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>C</td><td>D</td></tr></table>');
    expect(slotTexts(table)).toEqual([
      ['A', 'B', 'B'],
      ['A', 'C', 'D'],
    ]);
    expect(table?.cells.map((c) => [c.row, c.col, c.rowspan, c.colspan])).toEqual([
      [0, 0, 2, 1],
      [0, 1, 1, 2],
      [1, 1, 1, 1],
      [1, 2, 1, 1],
    ]);
    expect(table?.expanded).toBe(true);
  });

  it('reads the official table 3 layout: header spans, 三、本年度办理结果 over 22 rows, group cells over their sub-rows', () => {
    const [table] = htmlTableGrids(table3Html(ZEROS));
    expect(table?.rowCount).toBe(28);
    expect(table?.columnCount).toBe(10);
    const slots = slotTexts(table);
    expect(slots[0]).toEqual([...new Array<string>(3).fill('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), ...new Array<string>(7).fill('申请人情况')]);
    expect(slots[1]?.slice(3)).toEqual(['自然人', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '总计']);
    expect(slots[2]?.slice(3)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(slots[3]).toEqual(['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0']);
    // 1.属于国家秘密 is row 7: its values start in column 3 although the row has only 8 cells.
    expect(slots[7]).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '4', '0', '0', '0', '0', '0', '4']);
    expect(slots[14]?.slice(0, 3)).toEqual(['三、本年度办理结果', '（三）不予公开', '8.属于行政查询事项']);
    expect(slots[26]?.slice(0, 4)).toEqual(['三、本年度办理结果', '（七）总计', '（七）总计', '23']);
    expect(slots[27]?.slice(0, 3)).toEqual(new Array<string>(3).fill('四、结转下年度继续办理'));
    expect(slots.every((row) => !row.includes('·'))).toBe(true);
  });

  it('reads the two-row header of table 4 with its colspans', () => {
    const html =
      '<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>' +
      '<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>' +
      '<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>' +
      '<tr>' + '<td>1</td>'.repeat(15) + '</tr></table>';
    const slots = slotTexts(htmlTableGrids(html)[0]);
    expect(slots[2]?.slice(0, 6)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持']);
    expect(slots[1]?.slice(5, 11)).toEqual(['未经复议直接起诉', '未经复议直接起诉', '未经复议直接起诉', '未经复议直接起诉', '未经复议直接起诉', '复议后起诉']);
    expect(slots[3]).toHaveLength(15);
  });

  it('gives each cell its text as the rendition does, and its offsets in the HTML', () => {
    const html = '<table><tr><th>商业<br>企业</th><td>\n <p>1&nbsp;320</p> </td></tr></table>';
    const [table] = htmlTableGrids(html);
    expect(table?.cells.map((c) => [c.text, c.header, html.slice(c.start, c.end)])).toEqual([
      ['商业 企业', true, '<th>商业<br>企业</th>'],
      ['1 320', false, '<td>\n <p>1&nbsp;320</p> </td>'],
    ]);
    expect([table?.start, table?.end]).toEqual([0, html.length]);
  });

  it('implies missing </td> and </tr>, and a table around stray rows', () => {
    const [table] = htmlTableGrids('<tr><td>a<td>b<tr><td>c');
    expect(slotTexts(table)).toEqual([
      ['a', 'b'],
      ['c', '·'],
    ]);
  });

  it('lists nested tables in the order they open, with their depth, and keeps the outer cell text around them', () => {
    const tables = htmlTableGrids('<table><tr><td>外<table><tr><td>内</td></tr></table>层</td><td>2</td></tr></table>');
    expect(tables.map((t) => [t.depth, slotTexts(t)])).toEqual([
      [0, [['外 层', '2']]],
      [1, [['内']]],
    ]);
  });

  it('reads spans by HTML rules: junk after digits ignored, 0 and junk colspan are 1, rowspan 0 runs to the last row, both capped', () => {
    const [table] = htmlTableGrids('<table><tr><td colspan=" 2px">a</td><td rowspan="0">b</td><td colspan="0">c</td><td colspan="x">d</td></tr><tr><td>e</td></tr><tr><td>f</td></tr></table>');
    expect(table?.cells.map((c) => [c.text, c.rowspan, c.colspan])).toEqual([
      ['a', 1, 2],
      ['b', 3, 1],
      ['c', 1, 1],
      ['d', 1, 1],
      ['e', 1, 1],
      ['f', 1, 1],
    ]);
    const [wide] = htmlTableGrids('<table><tr><td colspan="99999" rowspan="99999">x</td></tr></table>');
    expect([wide?.cells[0]?.colspan, wide?.cells[0]?.rowspan]).toEqual([1000, 1]);
  });

  it('leaves a table unexpanded past maxSlots, keeping every cell by its index in its row', () => {
    const html = '<table>' + '<tr><td colspan="1000" rowspan="65534">x</td><td>y</td></tr>'.repeat(50) + '</table>';
    const [table] = htmlTableGrids(html, { maxSlots: 10_000 });
    expect(table?.expanded).toBe(false);
    expect(table?.slots).toEqual([]);
    expect(table?.cells).toHaveLength(100);
    expect(table?.cells[3]).toMatchObject({ row: 1, col: 1, text: 'y' });
  });

  it('returns on hostile tables: 200k cells with huge spans, 100k nested tables', () => {
    const spans = htmlTableGrids('<table>' + '<tr><td colspan=1000 rowspan=0>x'.repeat(20_000));
    expect(spans[0]?.cells).toHaveLength(20_000);
    const nested = htmlTableGrids('<table><tr><td>'.repeat(100_000));
    expect(nested).toHaveLength(100_000);
    expect(nested[99_999]?.depth).toBe(99_999);
  });

  test.prop([consistentTable3, fc.integer()], { numRuns: 60 })('finds every table-3 value at its row and column, whatever the markup noise', (values, seed) => {
    const [table] = htmlTableGrids(table3Html(values, noiseFrom(seed)));
    const slots = slotTexts(table);
    applicationRowPaths('divided').forEach((path, k) => {
      expect(slots[3 + k]?.slice(3), path).toEqual((values.get(path) ?? []).map(String));
    });
  });
});
