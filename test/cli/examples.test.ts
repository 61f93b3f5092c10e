import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, readCsv, root } from './run-cli.js';

// The scripts in examples/ run against the built package in dist/.

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'xxgk-examples-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function runExample(args: readonly string[]) {
  return spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

describe('examples/demo.mjs', () => {
  it('parses a report and prints values with their positions and the findings', () => {
    const result = runExample(['examples/demo.mjs']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('applications.total.total = 746   (line 73, column 25: "746")');
    expect(result.stdout).toContain('warning narrative-mismatch');
  });
});

describe('examples/batch-to-csv.mjs', () => {
  it('writes one CSV row per report with a BOM, CRLF records and the hand-checked values', () => {
    const out = join(tmp, 'reports.csv');
    const result = runExample(['examples/batch-to-csv.mjs', 'examples/reports', out]);
    expect(result.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFfile,meta.title,')).toBe(true);
    const [header = [], ...rows] = readCsv(text.slice(1));
    expect(rows).toHaveLength(5);
    const expected = JSON.parse(readFileSync(join(root, 'test/fixtures/seeds/001_a057d0496994cc01.expected.json'), 'utf8')) as Record<string, unknown>;
    const row = rows.find((r) => r[0] === '001_a057d0496994cc01.txt') ?? [];
    for (const [path, value] of Object.entries(expected)) {
      expect(row[header.indexOf(path)], path).toBe(value === null ? '' : String(value));
    }
  });
});
