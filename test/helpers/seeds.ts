import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the hand-checked seed fixtures. */
export const seedDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** A seed report and the values a correct parser must give, checked by hand. */
export interface SeedFixture {
  readonly name: string;
  readonly text: string;
  readonly expected: Record<string, number | string | null>;
}

/** Every seed fixture (`<name>.txt` + `<name>.expected.json`). */
export function loadSeeds(): SeedFixture[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ''),
      text: readFileSync(seedDir + f, 'utf8'),
      expected: JSON.parse(readFileSync(seedDir + f.replace(/\.txt$/, '.expected.json'), 'utf8')) as Record<string, number | string | null>,
    }));
}

/** One seed by its number prefix (`000`…`004`). */
export function seed(prefix: string): SeedFixture {
  const found = loadSeeds().find((s) => s.name.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
}
