import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The API site (`npm run docs`, typedoc) is built by `npm test`, with every
// warning an error, so it cannot break unnoticed; these checks keep its
// configuration complete: every entry point of the package, and the guide,
// CLI and findings pages as documents of the site.
const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  scripts: Record<string, string>;
  exports: Record<string, string | { default: string }>;
};
const typedoc = JSON.parse(readFileSync(`${root}typedoc.json`, 'utf8')) as {
  entryPoints: string[];
  projectDocuments: string[];
  readme: string;
  treatWarningsAsErrors: boolean;
};

describe('the API site', () => {
  it('is built by npm test, and fails on any warning', () => {
    expect(pkg.scripts['test']).toContain('npm run docs');
    expect(pkg.scripts['docs']).toBe('typedoc');
    expect(typedoc.treatWarningsAsErrors).toBe(true);
  });

  it('documents every JavaScript entry point of the package', () => {
    const entries = Object.values(pkg.exports)
      .flatMap((e) => (typeof e === 'string' ? [] : [e.default]))
      .map((file) => file.replace(/^\.\/dist\/(.*)\.js$/, 'src/$1.ts'));
    expect(entries.sort()).toEqual(['src/document.ts', 'src/docx.ts', 'src/html.ts', 'src/index.ts', 'src/pdf.ts']);
    expect([...typedoc.entryPoints].sort()).toEqual(entries);
  });

  it('opens on the README and has the guide, the CLI and the findings pages as documents', () => {
    expect(typedoc.readme).toBe('README.md');
    expect(typedoc.projectDocuments).toEqual(expect.arrayContaining(['docs/guide.md', 'docs/cli.md', 'docs/findings.md']));
    for (const doc of typedoc.projectDocuments) expect(existsSync(`${root}${doc}`), doc).toBe(true);
  });
});
