import { describe, expect, it } from 'vitest';
import { checkCase } from './checks.mjs';
import { createRandom, loadSeedFiles, makeFuzzCase, MUTATIONS, type FuzzCase } from './generators.mjs';
import { lib, parserOf, root } from './harness.js';

/*
 * The CI share of `npm run fuzz`: the same inputs (a seed report mutated,
 * arbitrary strings, markup soup), the same checks, a bounded number. A
 * failing input is made again, alone, by `node scripts/fuzz.mjs --seed 20260101
 * --only <i>`, which writes it to a file.
 */
const SEED = 20260101;
const CASES = 500;

const seeds = loadSeedFiles(root);
const originals = seeds.map((s) => ({ report: parserOf(s.entry)(s.text), expected: s.expected }));

describe('parseReport and validate on mutated real reports', () => {
  it('start from the sample reports, the real corpus and the converter layouts, each with hand-checked values', () => {
    expect(seeds.length).toBeGreaterThan(40);
    expect(seeds.filter((s) => s.expected === null).map((s) => s.name)).toEqual([]);
  });

  it(`never throw and keep every invariant on ${CASES} fuzz inputs (seed ${SEED})`, () => {
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const fuzzCase = makeFuzzCase(SEED, i, seeds, { hostileEvery: 0 });
      const { problems } = checkCase(fuzzCase, lib, originals);
      if (problems.length > 0) failures.push(`input ${i} (${fuzzCase.label}): ${problems.slice(0, 3).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(MUTATIONS.map((m) => [m.name, m] as const))('never throw, and keep values where they must, when seeds are edited by "%s"', (_, mutation) => {
    const failures: string[] = [];
    seeds.forEach((seed, k) => {
      if (k % 3 !== MUTATIONS.indexOf(mutation) % 3) return; // a third of the seeds each, in turn
      const rnd = createRandom(SEED + k);
      const { text, touched } = mutation.apply(seed.text, rnd);
      const fuzzCase: FuzzCase = { kind: 'mutated', label: `${seed.name}: ${mutation.name}`, entry: seed.entry, text, seedIndex: k, touched, keepsValues: mutation.keepsValues };
      const { problems } = checkCase(fuzzCase, lib, originals);
      if (problems.length > 0) failures.push(`${fuzzCase.label}: ${problems.slice(0, 3).join('; ')}`);
    });
    expect(failures).toEqual([]);
  });

  it('read every value of a report truncated anywhere as the whole report reads it, or not at all', () => {
    const failures: string[] = [];
    const rnd = createRandom(SEED);
    seeds.forEach((seed, k) => {
      for (let n = 0; n < 2; n++) {
        const at = rnd.int(seed.text.length + 1);
        const text = seed.text.slice(0, at);
        // Only the last line is cut: values before it must be the whole report's.
        const fuzzCase: FuzzCase = { kind: 'mutated', label: `${seed.name} cut at ${at}`, entry: seed.entry, text, seedIndex: k, touched: [[at, at]], keepsValues: true };
        const { problems } = checkCase(fuzzCase, lib, originals);
        if (problems.length > 0) failures.push(`${fuzzCase.label}: ${problems.slice(0, 3).join('; ')}`);
      }
    });
    expect(failures).toEqual([]);
  });
});
