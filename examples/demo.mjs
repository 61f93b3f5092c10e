// Parses every report in a folder and prints its metadata and three tables.
// Usage: node examples/demo.mjs examples/reports   (run `npm run build` first)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { flattenReport, parseReport } from '../dist/index.js';

const dir = process.argv[2] ?? 'examples/reports';
const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).sort();
if (files.length === 0) {
  console.error(`demo: no reports in ${dir}`);
  process.exit(1);
}

const COLS = ['naturalPerson', 'commercial', 'research', 'publicWelfare', 'legalService', 'other', 'total'];
const COL_ZH = ['自然人', '商业企业', '科研机构', '社会公益', '法律服务', '其他', '总计'];
const show = (v) => (v === null || v === undefined ? '—' : String(v));
const pad = (s, n) => {
  // East Asian characters take two columns in a terminal.
  const width = [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, n - width));
};

for (const file of files) {
  const report = parseReport(readFileSync(join(dir, file), 'utf8'));
  const flat = flattenReport(report);
  const { meta } = report;
  console.log(`\n━━ ${file}`);
  console.log(`标题 ${show(meta.title)}\n机关 ${show(meta.organization)}   年度 ${show(meta.year)}   模板 ${meta.template}` +
    (meta.publishedAt ? `   发布 ${meta.publishedAt}` : '') + (meta.source ? `   来源 ${meta.source}` : ''));

  console.log('\n表二 主动公开政府信息情况');
  const rows2 = new Map();
  for (const [path, v] of Object.entries(flat)) {
    if (!path.startsWith('proactive.')) continue;
    const [, row, col] = path.split('.');
    rows2.set(row, [...(rows2.get(row) ?? []), `${col}=${show(v)}`]);
  }
  for (const [row, cells] of rows2) console.log(`  ${pad(row, 20)} ${cells.join('  ')}`);

  console.log('\n表三 收到和处理政府信息公开申请情况');
  console.log(`  ${pad('', 40)}${COL_ZH.map((c) => pad(c, 9)).join('')}`);
  const rows3 = [...new Set(Object.keys(flat).filter((p) => p.startsWith('applications.')).map((p) => p.split('.').slice(1, -1).join('.')))];
  for (const row of rows3) {
    console.log(`  ${pad(row, 40)}${COLS.map((c) => pad(show(flat[`applications.${row}.${c}`]), 9)).join('')}`);
  }

  console.log('\n表四 政府信息公开行政复议、行政诉讼情况');
  for (const [group, zh] of [['review', '行政复议'], ['directSuit', '未经复议直接起诉'], ['suitAfterReview', '复议后起诉']]) {
    const vals = ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => show(flat[`reviewLitigation.${group}.${k}`]));
    console.log(`  ${pad(zh, 18)} 维持 ${vals[0]}  纠正 ${vals[1]}  其他 ${vals[2]}  未审结 ${vals[3]}  总计 ${vals[4]}`);
  }

  const notable = report.diagnostics.filter((d) => d.severity !== 'info');
  console.log(`\n诊断 ${report.diagnostics.length} 条（错误 ${notable.filter((d) => d.severity === 'error').length}，警告 ${notable.filter((d) => d.severity === 'warning').length}）`);
  for (const d of notable) console.log(`  ${file}:${d.span.line}:${d.span.column} ${d.severity} ${d.code} ${d.message}`);
}
