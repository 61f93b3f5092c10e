import { describe, expect, it } from 'vitest';
import { embeddedTablesReader, parseReport, renderEmbeddedTables } from '../../../src/html.js';
import { sourceOffsetIn } from '../../../src/index.js';

const md = [
  '二、主动公开政府信息情况',
  '',
  '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '|---|---|---|---|',
  '| 规章 | 1 | 0 | 3 |',
  '',
  '四、政府信息公开行政复议、行政诉讼情况',
  '',
  '<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
  '<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>',
  '<tr><td>1</td><td>2</td><td>&nbsp;</td><td>0</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td><td>0</td><td>0</td><td>1</td><td>5</td></tr></table>',
  '',
  '五、存在的主要问题及改进情况',
].join('\n');

describe('embeddedTablesReader', () => {
  it('takes Markdown with a raw <table> inside, not an HTML page', () => {
    expect(embeddedTablesReader.accepts(md)).toBe(true);
    expect(embeddedTablesReader.accepts('<html><body><table></table></body></html>')).toBe(false);
    expect(embeddedTablesReader.accepts('| a |\n|---|')).toBe(false);
  });

  it('renders only the table, row by row, and copies the rest as it is', () => {
    const { text, map } = renderEmbeddedTables(md);
    expect(text).toContain('| 规章 | 1 | 0 | 3 |');
    expect(text).toContain('\n1\t2\t\t0\t3\t0\t0\t0\t0\t0\t4\t0\t0\t1\t5\n');
    const at = text.indexOf('4\t0\t0\t1\t5');
    expect(md.slice(sourceOffsetIn(map, at), sourceOffsetIn(map, at) + 1)).toBe('4');
  });

  it('lets parseReport read both tables, the blank cell as null, with spans into the input', () => {
    const report = parseReport(md);
    expect(report.proactive.regulations).toEqual({ issued: 1, repealed: 0, inForce: 3 });
    expect(report.reviewLitigation.review).toEqual({ upheld: 1, corrected: 2, other: null, pending: 0, total: 3 });
    const source = report.sources['reviewLitigation.suitAfterReview.total'];
    expect(md.slice(source?.span.start, source?.span.end)).toBe('5');
  });
});
