import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenReport, parseReport } from '../../src/index.js';

// Rows read by their count of cells alone, in tables that show they lost
// cells: the values stay, and a warning names each such row on its own path.
const dir = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));
const read = (f: string) => readFileSync(dir + f, 'utf8');

describe('rows read by their count alone', () => {
  it('a crawler that stores equal lines once: table-3 rows it read carry row-unchecked where no column relation checks them', () => {
    const report = parseReport(read('2021-cms-crawler-uniq.txt'));
    const expected = JSON.parse(read('2021-cms.expected.json')) as Record<string, unknown>;
    const flat = flattenReport(report) as Record<string, unknown>;
    const warned = report.diagnostics.filter((d) => d.code === 'row-unchecked');
    expect(warned.length).toBeGreaterThan(0);
    for (const d of warned) {
      expect(d.severity).toBe('warning');
      // The values are kept, and they are the generator's.
      const kept = Object.keys(flat).filter((p) => p.startsWith(`${d.path}.`) && flat[p] !== null);
      expect(kept.length).toBeGreaterThan(0);
      for (const p of kept) expect(flat[p]).toBe(expected[p]);
    }
  });

  it('numbers split over lines in table 2: its rows of digit lines carry row-runs-unchecked', () => {
    const report = parseReport(read('2021-mixed-crawler-split.txt'));
    expect(report.diagnostics.some((d) => d.code === 'row-runs-split' && d.path?.startsWith('proactive.'))).toBe(true);
    const warned = report.diagnostics.filter((d) => d.code === 'row-runs-unchecked');
    expect(warned.length).toBeGreaterThan(0);
    for (const d of warned) expect(d.path?.startsWith('proactive.')).toBe(true);
  });

  it('complete crawler text (no lost lines, no split numbers) gets neither warning', () => {
    const report = parseReport(read('2021-mixed-crawler-lf.txt'));
    expect(report.diagnostics.filter((d) => d.code === 'row-unchecked' || d.code === 'row-runs-unchecked')).toEqual([]);
  });

  it('a stray 总计 line inside a row of split digit lines: the row that no longer adds up is refused on its path', () => {
    const text = read('2021-mixed-crawler-split.txt');
    const at = text.indexOf('\n1\n409\n');
    expect(at).toBeGreaterThan(0);
    const report = parseReport(`${text.slice(0, at)}\n总计${text.slice(at)}`);
    expect(flattenReport(report)['applications.granted.naturalPerson']).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'row-out-of-place' && d.path === 'applications.granted')).toBe(true);
  });

  it('blank cells written out one per line (LibreOffice): a row with a line too many is refused, not read by dropping its blank', () => {
    const text = read('2021-cms-soffice-txt.txt');
    const label = text.indexOf('1.属于国家秘密');
    const zero = text.indexOf('\n0\n', label);
    const report = parseReport(`${text.slice(0, zero)}\n0${text.slice(zero)}`);
    const flat = flattenReport(report);
    expect(flat['applications.denied.stateSecret.naturalPerson']).toBeNull();
    expect(flat['applications.denied.stateSecret.commercial']).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'row-value-count' && d.path === 'applications.denied.stateSecret')).toBe(true);
  });

  it('a balance row of digit lines that lost a line and gained one keeps its sum; the balance names it alone, and it is refused', () => {
    // 本年新收 read 1 / 64 / 10 / 0 / 2 / 1 / 1 / 77 (164 and 177 split, a blank
    // left no line); with the 2 gone the row has seven lines that add up.
    const text = read('2021-blank-crawler-split.txt');
    const at = text.indexOf('\n1\n64\n10\n0\n2\n');
    expect(at).toBeGreaterThan(0);
    const report = parseReport(text.slice(0, at) + '\n1\n64\n10\n0\n' + text.slice(at + '\n1\n64\n10\n0\n2\n'.length));
    const flat = flattenReport(report) as Record<string, unknown>;
    expect(flat['applications.newReceived.naturalPerson']).toBeNull();
    const d = report.diagnostics.find((x) => x.code === 'row-out-of-place' && x.path === 'applications.newReceived');
    expect(d?.messageEn).toContain('its values add up to its 总计');
    // The other three balance rows are the generator's.
    const expected = JSON.parse(read('2021-blank.expected.json')) as Record<string, unknown>;
    for (const row of ['carriedOver', 'total', 'carriedForward']) expect(flat[`applications.${row}.naturalPerson`]).toBe(expected[`applications.${row}.naturalPerson`]);
  });

  it('a balance broken in two columns that two rows could each explain: every row of digit lines in doubt carries row-contradicted', () => {
    // 二、上年结转 21 / 2 / 0 / 1 / 0 / 24: the crawler stored 0 / 0 once. With
    // the last 0 doubled the row has seven lines again, its sum holds, and
    // the balance fails in 社会公益组织 and 法律服务机构.
    const text = read('2021-yuan-crawler-uniq.txt');
    const at = text.indexOf('二、上年结转政府信息公开申请数量\n21\n2\n0\n1\n0\n');
    expect(at).toBeGreaterThan(0);
    const cut = at + '二、上年结转政府信息公开申请数量\n21\n2\n0\n1\n0\n'.length;
    const report = parseReport(`${text.slice(0, cut)}0\n${text.slice(cut)}`);
    const warned = report.diagnostics.filter((d) => d.code === 'row-contradicted').map((d) => d.path);
    expect(warned).toContain('applications.carriedOver');
    for (const d of report.diagnostics.filter((x) => x.code === 'row-contradicted')) expect(d.severity).toBe('warning');
    expect(flattenReport(report)['applications.carriedOver.publicWelfare']).toBe(1); // kept, and warned
  });

  it('table 4 of digit lines whose group sums fail: row-contradicted on reviewLitigation, values kept', () => {
    // One blank of table 4 left no line (14 numbers); a line doubled makes 15.
    const text = read('2021-cms-crawler-lf.txt');
    const at = text.indexOf('\n23\n7\n3\n1\n');
    expect(at).toBeGreaterThan(0);
    expect(flattenReport(parseReport(text))['reviewLitigation.review.total']).toBeNull();
    const report = parseReport(`${text.slice(0, at)}\n23\n7${text.slice(at + 3)}`);
    const d = report.diagnostics.find((x) => x.code === 'row-contradicted' && x.path === 'reviewLitigation');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('行政复议');
  });

  it('a row with one blank line, then a stray 总计 that takes its numbers: the row is not blank in the source, its nulls are warned of', () => {
    // LibreOffice's text export: a label, one blank cell line, then the row's numbers.
    const text = read('2021-blank-soffice-txt.txt');
    const at = text.indexOf('1.属于国家秘密\n\u00a0\n');
    expect(at).toBeGreaterThan(0);
    const report = parseReport(text.replace('1.属于国家秘密\n\u00a0\n', '1.属于国家秘密\n\u00a0\n总计\n'));
    expect(flattenReport(report)['applications.denied.stateSecret.commercial']).toBeNull();
    const warned = report.diagnostics.filter((d) => d.severity !== 'info' && d.path === 'applications.denied.stateSecret');
    expect(warned.map((d) => d.code)).toContain('row-missing');
  });

  it('table 4 of digit lines with a placeholder: a group whose other parts already pass its total is contradicted, one they could reach is not', () => {
    // 14 numbers (a line the crawler stored once is missing); 复议后起诉 has a '-'.
    const text = read('2021-dash-crawler-uniq.txt');
    const tail = '\n3\n1\n0\n2\n6\n1\n-\n0\n1\n';
    expect(text.indexOf(tail)).toBeGreaterThan(0);
    // A doubled 6 makes 15: 复议后起诉 reads 6 + 1 + ? + 0 against a total of 1.
    const doubled = parseReport(text.replace(tail, '\n3\n1\n0\n2\n6\n6\n1\n-\n0\n1\n'));
    const d = doubled.diagnostics.find((x) => x.code === 'row-contradicted' && x.path === 'reviewLitigation');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('复议后起诉');
    expect(flattenReport(doubled)['reviewLitigation.suitAfterReview.corrected']).toBe(1); // kept, and warned
    // A 0 in its place: 0 + 1 + ? + 0 can be 1 (the '-' is none): nothing to say.
    const zero = parseReport(text.replace(tail, '\n3\n1\n0\n2\n6\n0\n1\n-\n0\n1\n'));
    expect(zero.diagnostics.filter((x) => x.code === 'row-contradicted')).toEqual([]);
  });

  it('table 4 in rows of a grid whose sum fails is the report’s own error: no parse warning (validate reports review-sum)', () => {
    const text = readFileSync(fileURLToPath(new URL('../../examples/reports/000_892e5d3b650a9da1.txt', import.meta.url)), 'utf8');
    const report = parseReport(text.replace('10\t12\t3\t4\t29', '10\t12\t3\t4\t30'));
    expect(flattenReport(report)['reviewLitigation.review.total']).toBe(30);
    expect(report.diagnostics.filter((d) => d.path === 'reviewLitigation')).toEqual([]);
  });

  it('table 2 in pdftotext’s one number per line, another row short of lines: rows read by count carry row-unchecked', () => {
    // 规章 / 0 (two blanks left no line); 行政规范性文件 7 / 0 / 3 / 52 (a stray 0).
    const text = read('2021-blank-pdftotext.txt');
    const at = text.indexOf('行政规范性文件 7\n\n0\n3\n');
    expect(at).toBeGreaterThan(0);
    const report = parseReport(text.replace('行政规范性文件 7\n\n0\n3\n', '行政规范性文件 7\n\n0\n'));
    expect(report.diagnostics.some((d) => d.code === 'row-unchecked' && d.path === 'proactive.normativeDocuments' && d.severity === 'warning')).toBe(true);
  });

  it('a page’s repeated header between a table-2 label and its number: the number is unplaced on that row’s path too', () => {
    const text = read('2021-dash-crawler-crlf.txt');
    const at = text.indexOf('行政处罚\r\n968\r\n');
    expect(at).toBeGreaterThan(0);
    const report = parseReport(text.replace('行政处罚\r\n968\r\n', '行政处罚\r\n\f信息内容\r\n968\r\n'));
    expect(flattenReport(report)['proactive.punishment.decisions']).toBeNull();
    expect(report.diagnostics.some((d) => d.code === 'unplaced-number' && d.path === 'proactive.punishment' && d.raw === '968')).toBe(true);
  });

  it('a table-2 header that names a column twice (a page’s header run into the block’s own) places nothing under it', () => {
    const text = read('2019-narrow-pdftotext-raw.txt');
    const row = '行政事业性收费 5 -1\n';
    expect(text.includes(row)).toBe(true);
    const report = parseReport(text.replace(row, `\f信息内容 上一年项目数量 本年增/减 处理决定数量\n${row}`));
    const flat = flattenReport(report);
    expect(flat['proactive.fees.previousYearItems']).toBeNull();
    expect(report.diagnostics.some((d) => d.severity !== 'info' && d.path === 'proactive.fees')).toBe(true);
  });
});
