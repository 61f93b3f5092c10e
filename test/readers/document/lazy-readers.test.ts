import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A text-only user of xxgk-report/document must not load pdf.js or mammoth,
// nor the PDF and DOCX readers: walk the static imports of the built entry
// (`npm test` builds before it runs vitest) and look at what they reach.
const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** The files `import … from './x.js'` reaches, transitively, and the bare specifiers they import statically. */
function staticGraph(entry: string): { files: Set<string>; bare: Set<string> } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(dist + file, 'utf8');
    // Static imports and re-exports only: `import(…)` has a parenthesis, not a `from`.
    for (const match of code.matchAll(/^(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/gm)) {
      const specifier = match[1] as string;
      if (specifier.startsWith('./')) pending.push(specifier.slice(2));
      else bare.add(specifier);
    }
    for (const match of code.matchAll(/^import\s*['"]([^'"]+)['"]/gm)) bare.add(match[1] as string);
  }
  return { files, bare };
}

describe('xxgk-report/document, built', () => {
  it.runIf(existsSync(`${dist}document.js`))('loads neither pdf.js nor mammoth, nor the PDF and DOCX readers, until such a file comes', () => {
    const { files, bare } = staticGraph('document.js');
    expect([...bare].filter((s) => s.includes('mammoth') || s.includes('pdfjs'))).toEqual([]);
    expect([...files].filter((f) => f.startsWith('parse-pdf-report') || f.startsWith('parse-docx-report'))).toEqual([]);
    const entry = readFileSync(`${dist}document.js`, 'utf8');
    expect(entry).toMatch(/await import\(['"]\.\/parse-pdf-report-[\w-]+\.js['"]\)/);
    expect(entry).toMatch(/await import\(['"]\.\/parse-docx-report-[\w-]+\.js['"]\)/);
  });

  it.runIf(existsSync(`${dist}docx.js`))('xxgk-report/docx does not import mammoth statically either (it is an optional peer)', () => {
    const { bare } = staticGraph('docx.js');
    expect([...bare].filter((s) => s.includes('mammoth'))).toEqual([]);
  });
});
