import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What `npm pack` (and so `npm publish`) ships: the build, the JSON Schemas,
// the README, the guide, the CLI and findings pages, the LICENSE and the
// CHANGELOG, and nothing else (no src/, test/, fixtures).

const root = fileURLToPath(new URL('../../', import.meta.url));

interface PackResult {
  files: { path: string }[];
}

describe('npm pack', () => {
  it('ships only dist/, the schemas, README.md, the three docs pages, LICENSE, CHANGELOG.md and package.json', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as PackResult[])[0]!.files.map((f) => f.path).sort();
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'docs/cli.md',
      'docs/findings.md',
      'docs/guide.md',
      'package.json',
      'schema/finding.schema.json',
      'schema/report.schema.json',
    ]);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('dist/html.js');
    expect(files).toContain('dist/html.d.ts');
  });

  it('exports the schemas as xxgk-report/schema/report.json and xxgk-report/schema/finding.json', () => {
    const require = createRequire(`${root}package.json`);
    expect(require.resolve('xxgk-report/schema/report.json')).toBe(`${root}schema/report.schema.json`);
    expect(require.resolve('xxgk-report/schema/finding.json')).toBe(`${root}schema/finding.schema.json`);
    expect((require('xxgk-report/schema/report.json') as { title: string }).title).toBe('xxgk-report Report');
  });
});

describe('package.json', () => {
  it('names the repository, homepage and issue tracker, so that npm resolves the README links', () => {
    const pkg = createRequire(`${root}package.json`)('./package.json') as { repository?: { url?: string }; homepage?: string; bugs?: { url?: string } };
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\//);
    expect(pkg.bugs?.url).toMatch(/\/issues$/);
  });
});
