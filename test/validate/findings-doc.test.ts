import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITY } from './helpers.js';

const doc = readFileSync(new URL('../../docs/findings.md', import.meta.url), 'utf8');
const source = readFileSync(new URL('../../src/validate/finding.ts', import.meta.url), 'utf8');

describe('docs/findings.md', () => {
  it('has a table row for every finding code, with its severity and an example message', () => {
    for (const [code, severity] of Object.entries(SEVERITY)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      const cells = (row as string).split(' | ');
      expect(cells[2], code).toBe(severity);
      expect((cells[3] ?? '').length, code).toBeGreaterThan(5);
    }
  });

  it('documents exactly the codes that FindingCodes declares, with the same severity', () => {
    const declared = [...source.matchAll(/\/\*\* (error|warning|info) — [^\n]*\n {2}'([a-z-]+)': true;/g)].map((m) => [m[2], m[1]]);
    expect(Object.fromEntries(declared)).toEqual(SEVERITY);
  });
});
