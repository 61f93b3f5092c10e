import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The README's table of diagnostic codes and the DiagnosticCodes interface
// must list the same codes: a documented code that is never declared, or a
// declared one that is not documented, fails here.
describe('the diagnostic codes', () => {
  it('are the same in src/model/diagnostic.ts and in the README table', () => {
    const source = readFileSync(new URL('../../src/model/diagnostic.ts', import.meta.url), 'utf8');
    const declared = [...source.matchAll(/^\s+'([a-z-]+)': true;/gm)].map((m) => m[1]).sort();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Diagnostics'), readme.indexOf('## Types'));
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort();
    expect(declared.length).toBeGreaterThan(10);
    expect(documented).toEqual(declared);
  });
});
