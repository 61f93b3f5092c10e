import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What `npm pack` (and so `npm publish`) ships: the build, the README, the
// LICENSE and the CHANGELOG, and nothing else (no src/, test/, fixtures).

const root = fileURLToPath(new URL('../../', import.meta.url));

interface PackResult {
  files: { path: string }[];
}

describe('npm pack', () => {
  it('ships only dist/, README.md, LICENSE, CHANGELOG.md and package.json', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as PackResult[])[0]!.files.map((f) => f.path).sort();
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/html.js');
    expect(files).toContain('dist/html.d.ts');
  });
});
