import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parseReport } from '../../src/index.js';
import { getPath } from '../../src/templates/flatten-report.js';
import { applicationRowPaths } from '../../src/templates/applications-table.js';
import { columnKeys, consistentTable3, rowLabels, type Table3 } from '../helpers/table3.js';

const ROWS = applicationRowPaths('divided');

/** Renders table 3 as Word-copied tab-separated rows, each with its own blank leading/trailing cells. */
function renderTsv(table: Table3, leading: number[], trailing: number[], blank: { row: number; col: number } | null): string {
  const header = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t总计',
    '\t\t自然人\t法人或其他组织\t\t\t\t\t',
    '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t',
  ];
  const body = ROWS.map((path, r) => {
    const { group, label } = rowLabels(path);
    const values = (table.get(path) as number[]).map((v, c) => (blank && blank.row === r && blank.col === c ? '' : String(v)));
    const labels = group ? [group, label] : [label];
    return [...labels, ...new Array<string>(leading[r] ?? 0).fill(''), ...values, ...new Array<string>(trailing[r] ?? 0).fill('')].join('\t');
  });
  return ['XX市人民政府2022年政府信息公开工作年度报告', '', '三、收到和处理政府信息公开申请情况', '', ...header, ...body, '', '五、存在的主要问题及改进情况', '无。'].join('\n');
}

const edges = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: ROWS.length, maxLength: ROWS.length });

describe('table 3 rendered as tab-separated rows', () => {
  test.prop([consistentTable3, edges, edges], { numRuns: 150 })('parses back to the same values whatever the blank cells around each row', (table, leading, trailing) => {
    const report = parseReport(renderTsv(table, leading, trailing, null));
    for (const path of ROWS) {
      const got = columnKeys.map((c) => getPath(report, `applications.${path}.${c}`));
      expect(got, path).toEqual(table.get(path));
    }
    expect(report.diagnostics.filter((d) => d.severity !== 'info' && d.path?.startsWith('applications'))).toEqual([]);
  });

  test.prop([consistentTable3, edges, edges, fc.nat({ max: ROWS.length - 1 }), fc.integer({ min: 0, max: 6 })], { numRuns: 150 })(
    'gives a blank cell back as null with a diagnostic — never a different number',
    (table, leading, trailing, row, col) => {
      const report = parseReport(renderTsv(table, leading, trailing, { row, col }));
      for (const [r, path] of ROWS.entries()) {
        for (const [c, key] of columnKeys.entries()) {
          const got = getPath(report, `applications.${path}.${key}`);
          const want = (table.get(path) as number[])[c];
          // Either the true value, or null named by a diagnostic.
          if (got !== want) {
            expect(got, `${path}.${key}`).toBeNull();
            expect(report.diagnostics.some((d) => d.path === `applications.${path}.${key}` || d.path === `applications.${path}`)).toBe(true);
          }
          if (r === row && c === col) expect(got).toBeNull();
        }
      }
    },
  );
});
