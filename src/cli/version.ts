import { readFileSync } from 'node:fs';

/**
 * The package version, from the nearest `package.json` named `xxgk-report`
 * above this module (`dist/cli.js` → `../package.json`); `unknown` when
 * there is none.
 */
export function packageVersion(): string {
  let relative = '../';
  for (let depth = 0; depth < 6; depth++, relative += '../') {
    try {
      const pkg: unknown = JSON.parse(readFileSync(new URL(`${relative}package.json`, import.meta.url), 'utf8'));
      if (typeof pkg === 'object' && pkg !== null && (pkg as { name?: unknown }).name === 'xxgk-report') {
        const version = (pkg as { version?: unknown }).version;
        if (typeof version === 'string') return version;
      }
    } catch {
      // No package.json here: look one level up.
    }
  }
  return 'unknown';
}
