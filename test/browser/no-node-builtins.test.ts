import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The core and HTML entry points run unchanged in browsers and workers: the
// build they load (following relative imports from dist/index.js and
// dist/html.js) may import only the three runtime dependencies, and touch
// no Node global. The browser test loads the same files in chromium.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const RUNTIME_DEPENDENCIES = ['remark-gfm', 'remark-parse', 'unified'];

/** Import specifiers of an ES module's static and dynamic imports and re-exports. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  for (const pattern of [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g]) {
    for (const match of code.matchAll(pattern)) found.push(match[1]!);
  }
  return found;
}

/** Every file reachable from the entries by relative imports, and the bare specifiers they import. */
function importGraph(entries: string[]): { files: string[]; bare: Set<string> } {
  const files: string[] = [];
  const bare = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    for (const spec of specifiers(readFileSync(dist + file, 'utf8'))) {
      if (spec.startsWith('./')) queue.push(spec.slice(2));
      else bare.add(spec);
    }
  }
  return { files, bare };
}

describe('the built entry points (dist/index.js, dist/html.js)', () => {
  beforeAll(() => {
    if (!existsSync(dist + 'index.js')) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  });

  it('import nothing but their three runtime dependencies: no Node built-in', () => {
    const { files, bare } = importGraph(['index.js', 'html.js']);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect([...bare].sort()).toEqual(RUNTIME_DEPENDENCIES);
  });

  it('use no Node global (process, Buffer, require, __dirname)', () => {
    for (const file of importGraph(['index.js', 'html.js']).files) {
      const code = readFileSync(dist + file, 'utf8');
      expect(code, file).not.toMatch(/\bprocess\.|\bBuffer\b|\brequire\(|__dirname|__filename/);
    }
  });
});
