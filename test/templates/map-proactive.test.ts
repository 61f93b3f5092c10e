import { describe, expect, it } from 'vitest';
import { createLineIndex, recognizeTsvGrid, splitLines } from '../../src/index.js';
import { placeProactive, readProactive } from '../../src/templates/map-proactive.js';
import { template2019 } from '../../src/templates/template-2019.js';
import { template2021 } from '../../src/templates/template-2021.js';
import { regionOf } from '../helpers/region.js';

const read = (tsv: string) => {
  const grid = recognizeTsvGrid(regionOf(tsv));
  const index = createLineIndex(splitLines(tsv));
  return { read: readProactive(grid ? grid.rows.flat() : [], index), index };
};

describe('readProactive and placeProactive', () => {
  it('aligns each row to its block header, a one-column block with trailing blanks included', () => {
    const { read: r, index } = read('第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t3\n第二十条第（五）项\t\t\t\n信息内容\t本年处理决定数量\t\t\n行政许可\t1,166,001\t\t\n');
    const out = placeProactive(r, template2021.proactive, index);
    expect(out.values.get('proactive.regulations.inForce')).toBe(3);
    expect(out.values.get('proactive.licensing.decisions')).toBe(1166001);
    expect([...r.columnsSeen]).toEqual(['issued', 'repealed', 'inForce', 'decisions']);
  });

  it('reads the 2019 columns with signed changes and converts 元 to 万元 with a diagnostic', () => {
    const { read: r, index } = read('信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t99\t+11\t151\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t3\t251000元\n');
    const out = placeProactive(r, template2019.proactive, index);
    expect(out.values.get('proactive.licensing.change')).toBe(11);
    expect(out.values.get('proactive.procurement.amount')).toBe(25.1);
    expect(out.diagnostics.some((d) => d.code === 'cell-unit')).toBe(true);
  });

  it('quotes a value in a column the template does not have, instead of dropping it', () => {
    const { read: r, index } = read('信息内容\t本年新制作数量\n规章\t4\n');
    const out = placeProactive(r, template2021.proactive, index);
    expect(out.values.get('proactive.regulations.issued')).toBeNull();
    expect(out.diagnostics.some((d) => d.code === 'column-unexpected' && d.raw === '4')).toBe(true);
  });
});

describe('readProactive on a header cut short (html2text)', () => {
  it('keeps unreadable header cells as unknown columns, so values are never shifted onto a wrong column', () => {
    const { read: r, index } = read('第二十条第（一）项\t\t\t\n信息内\t本年制\uFFFD\t本年废止\uFFFD\t现行有效\uFFFD\n规章\t2\t1\t43\n');
    const out = placeProactive(r, template2021.proactive, index);
    expect(out.values.get('proactive.regulations.repealed')).toBeNull();
    expect(out.values.get('proactive.regulations.inForce')).toBeNull();
    expect(out.diagnostics.some((d) => d.code === 'row-value-count' || d.code === 'column-unexpected')).toBe(true);
  });
});

describe('readProactive on pdftotext without -layout (one cell per line, order shuffled in one-row blocks)', () => {
  const lineCells = (lines: string[]) => {
    const text = lines.join('\n');
    return { cells: lines.map((t) => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length })), index: createLineIndex(splitLines(text)) };
  };

  it('takes a header printed after the row label of a block with no column yet', () => {
    const { cells, index } = lineCells(['第二十条第（五）项', '信息内容', '行政许可', '本年处理决定数量', '9487', '第二十条第（六）项']);
    const out = placeProactive(readProactive(cells, index), template2021.proactive, index);
    expect(out.values.get('proactive.licensing.decisions')).toBe(9487);
  });

  it('reads values between a header and the block’s first label as that row’s, and says so', () => {
    const { cells, index } = lineCells(['第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '7545', '行政事业性收费']);
    const r = readProactive(cells, index);
    const out = placeProactive(r, template2021.proactive, index);
    expect(out.values.get('proactive.fees.amount')).toBe(7545);
    expect(r.diagnostics.find((d) => d.code === 'row-detached')?.path).toBe('proactive.fees');
  });

  it('reads nothing when the values before a label are not one row’s count', () => {
    const { cells, index } = lineCells(['第二十条第（八）项', '信息内容', '本年收费金额（单位：万元）', '7545', '12', '行政事业性收费']);
    const out = placeProactive(readProactive(cells, index), template2021.proactive, index);
    expect(out.values.get('proactive.fees.amount')).toBeNull();
    expect(out.diagnostics.some((d) => d.code === 'unplaced-number' && d.raw === '7545 | 12')).toBe(true);
  });

  it('does not add a header after a label to a block whose columns are known', () => {
    const { cells, index } = lineCells(['第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '本年处理决定数量', '5']);
    const out = placeProactive(readProactive(cells, index), template2021.proactive, index);
    expect(out.values.get('proactive.licensing.decisions')).not.toBe(5);
  });
});

describe('readProactive on values before a label after a label broken over lines (a counterexample the properties found)', () => {
  it('does not give a row the values under the broken label before it', () => {
    const text = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规', '0', '0', '0', '章', '行', '1', '1', '1000', '政规范性文件'].join('\n');
    const lines = text.split('\n');
    let at = 0;
    const cells = lines.map((t) => {
      const c = { text: t, start: at, end: at + t.length };
      at += t.length + 1;
      return c;
    });
    const index = createLineIndex(splitLines(text));
    const out = placeProactive(readProactive(cells, index), template2021.proactive, index);
    expect(out.values.get('proactive.normativeDocuments.issued')).not.toBe(0);
    expect(out.values.get('proactive.normativeDocuments.inForce')).not.toBe(0);
  });
});
