import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportPaths } from '../../src/index.js';
import { matchLabel } from '../../src/templates/label.js';
import { applicantColumns, applicantHeaderLabels, applicationGroups, applicationRows } from '../../src/templates/applications-table.js';
import { proactiveColumns, proactiveRows } from '../../src/templates/proactive-table.js';
import { outcomeColumns, reviewGroups, reviewHeaderLabels } from '../../src/templates/review-litigation-table.js';
import { template2019 } from '../../src/templates/template-2019.js';
import { template2021 } from '../../src/templates/template-2021.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(`${root}docs/guide.md`, 'utf8');

/** The `| \`path\` | … | label |` rows of the tables under each `###` heading of a section. */
function pathTables(section: string): Map<string, Map<string, string>> {
  const start = guide.indexOf(`\n## ${section}\n`);
  const end = guide.indexOf('\n## ', start + 1);
  const tables = new Map<string, Map<string, string>>();
  let heading = '';
  for (const line of guide.slice(start, end < 0 ? undefined : end).split('\n')) {
    if (line.startsWith('### ')) heading = line.slice(4);
    const cells = line.split(' | ');
    const path = /^\| `([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (!path) continue;
    const label = (cells[cells.length - 1] ?? '').replace(/ \|$/, '').replace(/ \([^)]*\)$/, '');
    if (!tables.has(heading)) tables.set(heading, new Map());
    tables.get(heading)!.set(path, label);
  }
  return tables;
}

const tables = pathTables('The two templates');
const table = (heading: string): Map<string, string> => {
  const found = [...tables].find(([h]) => h.startsWith(heading))?.[1];
  expect(found, heading).toBeDefined();
  return found!;
};
const labelOf = (entries: readonly { key: string; label: string }[], key: string): string => entries.find((e) => e.key === key)?.label ?? `?${key}`;

describe('docs/guide.md: the two templates', () => {
  it.each([
    ['表二 主动公开政府信息情况 — 2021', template2021],
    ['表二 主动公开政府信息情况 — 2019', template2019],
  ] as const)('%s lists every table-2 path of the template with its row and column labels', (heading, template) => {
    const rows = table(heading);
    const expected = Object.entries(template.proactive).flatMap(([row, columns]) => (columns as readonly string[]).map((c) => `proactive.${row}.${c}`));
    expect([...rows.keys()]).toEqual(expected);
    for (const [path, label] of rows) {
      const [, row, column] = path.split('.');
      const [rowLabel, columnLabel] = label.split(' · ');
      expect(matchLabel(rowLabel ?? '', proactiveRows)?.key, label).toBe(row);
      expect(matchLabel(columnLabel ?? '', proactiveColumns)?.key, label).toBe(column);
    }
  });

  it('lists the rows of table 3 in template order with the template’s labels', () => {
    const rows = table('表三');
    const applicationsRows = [...rows].filter(([path]) => !path.startsWith('applications.*.'));
    const divided = [...new Set(reportPaths('2021', 'divided').filter((p) => p.startsWith('applications.')).map((p) => p.slice(0, p.lastIndexOf('.'))))];
    expect(applicationsRows.map(([path]) => path).filter((p) => p !== 'applications.otherHandling.total')).toEqual(divided);
    for (const [path, label] of applicationsRows) {
      const rowPath = path.slice('applications.'.length);
      const parts = label.split(' · ');
      if (rowPath === 'otherHandling.total') {
        expect(label).toBe(labelOf(applicationGroups, 'otherHandling'));
        continue;
      }
      const row = applicationRows.find((r) => r.path === rowPath);
      expect(parts[parts.length - 1], path).toBe(row?.label);
      if (row?.group) expect(parts[0], path).toBe(labelOf(applicationGroups, row.group));
      else expect(parts, path).toHaveLength(1);
    }
  });

  it('lists the columns of table 3 with the template’s labels', () => {
    const columns = [...table('表三')].filter(([path]) => path.startsWith('applications.*.'));
    const organizations = labelOf(applicantHeaderLabels, 'organizations');
    expect(columns.map(([path]) => path.slice('applications.*.'.length))).toEqual(applicantColumns.map((c) => c.key));
    for (const [path, label] of columns) {
      const key = path.slice('applications.*.'.length);
      const expected = key === 'naturalPerson' || key === 'total' ? labelOf(applicantColumns, key) : `${organizations} · ${labelOf(applicantColumns, key)}`;
      expect(label, path).toBe(expected);
    }
  });

  it('lists the groups and outcomes of table 4 with the template’s labels', () => {
    const rows = table('表四');
    const litigation = labelOf(reviewHeaderLabels, 'litigation');
    expect(Object.fromEntries([...rows].filter(([p]) => !p.startsWith('reviewLitigation.*.')))).toEqual(
      Object.fromEntries(reviewGroups.map((g) => [`reviewLitigation.${g.key}.*`, g.key === 'review' ? g.label : `${litigation} · ${g.label}`])),
    );
    expect(Object.fromEntries([...rows].filter(([p]) => p.startsWith('reviewLitigation.*.')))).toEqual(
      Object.fromEntries(outcomeColumns.map((c) => [`reviewLitigation.*.${c.key}`, c.label])),
    );
  });
});

describe('docs/guide.md: the TypeScript examples', () => {
  it('typecheck against the built declarations (strict, noUncheckedIndexedAccess)', () => {
    if (!existsSync(`${root}dist/index.d.ts`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    // Inside the package, so that `import … from 'xxgk-report'` resolves to this package's exports.
    const dir = `${root}node_modules/.cache/guide-snippets/`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = blocks.map((code, i) => {
      const file = `${dir}example-${i}.mts`;
      writeFileSync(file, `declare const text: string;\n${code}\nexport {};\n`);
      return file;
    });
    const tsc = `${root}node_modules/typescript/bin/tsc`;
    const args = ['--ignoreConfig', '--noEmit', '--strict', '--noUncheckedIndexedAccess', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', ...files];
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    rmSync(dir, { recursive: true, force: true });
    expect(output).toBe('');
  });
});
