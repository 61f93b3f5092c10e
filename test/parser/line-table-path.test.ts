import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createParser, defaultRecognizers, parseReport, splitSections, type GridRecognizer, type SectionSplitter } from '../../src/index.js';
import { randomInput, createRandom, iterationSeed } from '../robustness/generators.mjs';

// parseReport hands its own stages the lines as a LineTable (offsets); a
// parser with a stage of the user's gives every stage an array of Line. The
// two must read every input alike.

const root = fileURLToPath(new URL('../../', import.meta.url));
function textFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) textFiles(full, out);
    else if (/\.(txt|md|html?|tsv)$/i.test(name) && !/\.(expected|answers?)\.|\.json$/i.test(name)) out.push(full);
  }
  return out;
}

// The same stages, but not ours as far as the parser can tell: it gives them arrays.
const asUsers = defaultRecognizers.map((r): GridRecognizer => (region) => r(region));
const usersSplitter: SectionSplitter = (input) => splitSections(input);
const parseWithArrays = createParser({ recognizers: asUsers, splitSections: usersSplitter });

describe('the parser reads alike from a LineTable and from an array of lines', () => {
  const files = [...textFiles(join(root, 'test/fixtures')), ...textFiles(join(root, '../shared/seeds')), ...textFiles(join(root, '../shared/corpus/real')), ...textFiles(join(root, 'examples/reports'))];

  it('on every fixture, seed, corpus file and sample report', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseReport(text), file).toEqual(parseWithArrays(text));
    }
  });

  it('on random inputs', () => {
    for (let i = 0; i < 300; i++) {
      const text = randomInput(createRandom(iterationSeed(4242, i)));
      expect(parseReport(text)).toEqual(parseWithArrays(text));
    }
  });
});
