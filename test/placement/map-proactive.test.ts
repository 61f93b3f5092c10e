import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLineIndex, flattenReport, parseReport, recognizeTsvGrid, splitLines } from '../../src/index.js';
import { placeProactive, readProactive } from '../../src/placement/map-proactive.js';
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

describe('readProactive with a unit in the header', () => {
  it('reads a bare number under 本年收费金额（单位：元） as 元 and converts it to 万元, with cell-unit on its path', () => {
    const { read: r, index } = read('信息内容\t本年收费金额（单位：元）\n行政事业性收费\t186500\n');
    const out = placeProactive(r, template2021.proactive, index);
    expect(out.values.get('proactive.fees.amount')).toBe(18.65);
    expect(out.diagnostics.some((d) => d.code === 'cell-unit' && d.path === 'proactive.fees.amount')).toBe(true);
  });

  it('reads 采购总金额（元） the same way, and a header in 万元 as it stands', () => {
    const yuan = read('信息内容\t采购项目数量\t采购总金额（元）\n政府集中采购\t19\t2864175\n');
    expect(placeProactive(yuan.read, template2019.proactive, yuan.index).values.get('proactive.procurement.amount')).toBe(286.4175);
    const wan = read('信息内容\t采购项目数量\t采购总金额（万元）\n政府集中采购\t19\t286.4175\n');
    expect(placeProactive(wan.read, template2019.proactive, wan.index).values.get('proactive.procurement.amount')).toBe(286.4175);
  });

  it('converts a cell that says 元 under a header that says 元 once, not twice', () => {
    const { read: r, index } = read('信息内容\t本年收费金额（单位：元）\n行政事业性收费\t186500元\n');
    expect(placeProactive(r, template2021.proactive, index).values.get('proactive.fees.amount')).toBe(18.65);
  });

  it('reads a cell whose unit contradicts its header as null with cell-unit-conflict on its path, never a guess', () => {
    const { read: r, index } = read('信息内容\t本年收费金额（单位：元）\n行政事业性收费\t18.65万元\n');
    const out = placeProactive(r, template2021.proactive, index);
    expect(out.values.get('proactive.fees.amount')).toBeNull();
    expect(out.diagnostics.some((d) => d.code === 'cell-unit-conflict' && d.severity === 'error' && d.path === 'proactive.fees.amount')).toBe(true);
  });

  it('takes a unit written in a header cell of its own, and a count column is never converted', () => {
    const { read: r, index } = read('信息内容\t采购项目数量\t采购总金额\t（单位：元）\n政府集中采购\t19\t2864175\n');
    const out = placeProactive(r, template2019.proactive, index);
    expect(out.values.get('proactive.procurement.projects')).toBe(19);
    expect(out.values.get('proactive.procurement.amount')).toBe(286.4175);
  });
});

describe('readProactive on a header wrapped over lines (pdftotext -layout of a narrow table)', () => {
  // As in test/fixtures/layouts/2019-narrow-chromium-pdftotext-layout.txt: cells
  // split at two or more spaces, each header cell wrapped inside its column.
  const layout = (text: string) => {
    const index = createLineIndex(splitLines(text));
    const cells: { text: string; start: number; end: number }[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      let k = 0;
      for (const part of line.split(/ {2,}/)) {
        const at = line.indexOf(part, k);
        if (part.trim() !== '') cells.push({ text: part.trim(), start: offset + at, end: offset + at + part.length });
        k = at + part.length;
      }
      offset += line.length + 1;
    }
    return { read: readProactive(cells, index), index };
  };

  it('reads the columns from the header words joined down each column', () => {
    const { read: r, index } = layout('第二十条第（一）项\n信息内容 本年新制    本年新公 对外公开\n        作数量 开数量 总数量\n规章      0    0     2\n规范性文件  8      7     61\n');
    const out = placeProactive(r, template2019.proactive, index);
    expect(out.values.get('proactive.normativeDocuments.newlyMade')).toBe(8);
    expect(out.values.get('proactive.normativeDocuments.newlyPublished')).toBe(7);
    expect(out.values.get('proactive.normativeDocuments.totalPublished')).toBe(61);
    expect([...r.columnsSeen]).toEqual(['newlyMade', 'newlyPublished', 'totalPublished']);
  });

  it('reads a header whose middle line holds 信息内容, and a wrapped money header with its unit', () => {
    const a = layout('第二十条第（五）项\n信息内容 上一年项\n        目数量  本年增/减 处理决定\n                   数量\n行政许可  42      +3    5813\n');
    const outA = placeProactive(a.read, template2019.proactive, a.index);
    expect([outA.values.get('proactive.licensing.previousYearItems'), outA.values.get('proactive.licensing.change'), outA.values.get('proactive.licensing.decisions')]).toEqual([42, 3, 5813]);
    const b = layout('第二十条第（九）项\n信息内容 采购项目\n       数量 采购总金额（元）\n政府集中采购  19    2864175\n');
    const outB = placeProactive(b.read, template2019.proactive, b.index);
    expect(outB.values.get('proactive.procurement.amount')).toBe(286.4175);
  });

  it('does not take a header whose words spell no column list of either template: the row is null with a diagnostic on its path', () => {
    const { read: r, index } = layout('第二十条第（一）项\n信息内容 本年新制    本年新公 某某数量\n        作数量 开数量 总数量\n规章      0    0     2\n');
    const out = placeProactive(r, template2019.proactive, index);
    for (const column of ['newlyMade', 'newlyPublished', 'totalPublished']) expect(out.values.get(`proactive.regulations.${column}`)).toBeNull();
    expect(out.diagnostics.some((d) => d.path === 'proactive.regulations' && (d.severity === 'error' || d.severity === 'warning'))).toBe(true);
  });

  it('puts column-unexpected on the row it concerns', () => {
    const { read: r, index } = read('信息内容\t本年新制作数量\n规章\t4\n');
    const out = placeProactive(r, template2021.proactive, index);
    expect(out.diagnostics.find((d) => d.code === 'column-unexpected')?.path).toBe('proactive.regulations');
  });
});

describe('readProactive on tight header cells pdftotext -layout sets one space apart', () => {
  const text = ['二、主动公开政府信息情况', '第二十条第（一）项', '信息内容          本年制发件数 本年废止件数 现行有效件数', '规章            2      1        43', '', '行政规范性文件 46           9        388'].join('\n');

  it('reads each known column label of the cell as a column of its own', () => {
    const report = parseReport(text);
    expect(report.proactive.regulations).toEqual({ issued: 2, repealed: 1, inForce: 43 });
    expect(report.proactive.normativeDocuments).toEqual({ issued: 46, repealed: 9, inForce: 388 });
  });

  it('keeps a cell with a part that is no column label as one unknown column', () => {
    const report = parseReport(text.replace('本年废止件数', '本年某某件数'));
    expect(flattenReport(report)['proactive.regulations.issued']).toBeNull();
    expect(report.diagnostics.some((d) => d.path === 'proactive.regulations')).toBe(true);
  });
});

describe('a money header cell with other header text run on after its unit', () => {
  it('still converts the amount from the unit it states (w3m box cell merged with the next page\'s header line)', () => {
    const text = readFileSync(new URL('../fixtures/layouts/2021-yuan-w3m.txt', import.meta.url), 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('本年收费金额（单位：元）'));
    // A page break and table 3's header line, drawn as a row of the same box, between the header and the values.
    const merged = [...lines.slice(0, at + 1), '\f│                                       │                     申请人情况                      │', ...lines.slice(at + 1)].join('\n');
    expect(flattenReport(parseReport(text))['proactive.fees.amount']).toBe(18.65);
    expect(flattenReport(parseReport(merged))['proactive.fees.amount']).toBe(18.65);
  });
});

describe('readProactive on a header wrapped over three lines (pdftotext -layout of a page LibreOffice printed)', () => {
  // Lines as pdftotext -layout wrote them for a real 2019 report page (the
  // Shanghai government office's, corpus 007, printed to PDF by LibreOffice):
  // 本年新 above 信息内容, 对外公开总数量 beside it, 制作数量 and 公开数量 below.
  // Read line by line, the header's cells come as 信息内容, 对外公开总数量, 制作数量, 公开数量.
  const block = (top: string) =>
    [
      '二、主动公开政府信息情况',
      '                         第二十条第（一）项',
      '',
      ...(top === '' ? [] : [top]),
      '                 信息内容                   对外公开总数量',
      '                          制作数量     公开数量',
      '',
      '            规章              13       13          524',
      '',
      '            规范性文件           60       60          368',
      '',
      '                         第二十条第（五）项',
      '',
      '                 信息内容    上一年项目数量 本年增/减 处理决定数量',
      '',
      '            行政许可            0        0           0',
      '',
    ].join('\n');

  it('spells the columns down the lines, the words above 信息内容 included', () => {
    const report = parseReport(block('                           本年新      本年新'));
    expect(report.meta.template).toBe('2019');
    expect(report.proactive).toMatchObject({
      regulations: { newlyMade: 13, newlyPublished: 13, totalPublished: 524 },
      normativeDocuments: { newlyMade: 60, newlyPublished: 60, totalPublished: 368 },
    });
  });

  it('spells a header whose every column is named but on two lines, not taking the order the cells were read in', () => {
    // 对外公开总数量 fits its column on the upper line, the other two on the lower: read cell by cell,
    // all three are named, in the order 对外公开总数量, 本年新制作数量, 本年新公开数量 — not the table's.
    const text = [
      '二、主动公开政府信息情况',
      '                         第二十条第（一）项',
      '                 信息内容                   对外公开总数量',
      '                       本年新制作数量  本年新公开数量',
      '            规章              13       13          524',
      '            规范性文件           60       60          368',
    ].join('\n');
    expect(parseReport(text).proactive).toMatchObject({
      regulations: { newlyMade: 13, newlyPublished: 13, totalPublished: 524 },
      normativeDocuments: { newlyMade: 60, newlyPublished: 60, totalPublished: 368 },
    });
  });

  it('places no value by a column it cannot spell: its place among the cells read line by line is not its place in the table', () => {
    // Without the top line the header spells nothing: 对外公开总数量 was read
    // second, but stands third. Before, 对外公开总数量 took 13 (it is 524).
    const report = parseReport(block(''));
    const flat: Readonly<Record<string, unknown>> = flattenReport(report);
    for (const row of ['regulations', 'normativeDocuments']) {
      for (const column of ['newlyMade', 'newlyPublished', 'totalPublished']) expect(flat[`proactive.${row}.${column}`], `${row}.${column}`).toBeNull();
      const said = report.diagnostics.filter((d) => d.path === `proactive.${row}` && d.severity === 'warning' && /^\d+$/.test(d.raw ?? '')).map((d) => d.raw);
      expect(said, row).toEqual(row === 'regulations' ? ['13', '13', '524'] : ['60', '60', '368']);
    }
    expect(report.proactive).toMatchObject({ licensing: { previousYearItems: 0, change: 0, decisions: 0 } });
    // …and why, once, at the header.
    const why = report.diagnostics.filter((d) => d.code === 'column-unexpected' && d.raw?.includes('对外公开总数量'));
    expect(why.map((d) => [d.path, d.span.line])).toEqual([['proactive.regulations', 4]]);
  });
});
