import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLineIndex, defaultRecognizers, findGrids, splitLines, validate, type Cell } from '../../src/index.js';
import { mapApplications } from '../../src/placement/map-applications.js';
import { HOSTILE_SHAPES, type HostileShape } from './generators.mjs';
import { fastest, parserOf, root } from './harness.js';

/*
 * Superlinear growth caught without wall-clock limits: each hostile shape is
 * parsed (and validated) at n and at 8n characters, the fastest of three runs
 * each, in the same process. Linear work gives a ratio near 8, quadratic
 * work near 64; we fail past 24. And no shape may cost more per character
 * than COST_FACTOR times a sample report — a linear pass with a huge constant
 * is a denial of service too. For the grid stage we also count work exactly:
 * how often its scanners read a line, at n and 8n.
 */

/** Time at 8n over time at n past which we call the growth superlinear. */
const MAX_GROWTH = 24;
/** Cost per character, over a sample report's, past which a shape is too slow. */
const COST_FACTOR = 50;
/** Line reads at 8n over line reads at n past which the grid stage is superlinear (counts are exact). */
const MAX_READS_GROWTH = 12;
/** Times under this (ms) are too small to compare; the ratio uses it as a floor. */
const FLOOR_MS = 1;

/**
 * The size n (characters) each shape is timed at — chosen so that the run at
 * 8n takes about 40 ms here — with, where needed: `runs` (fewer timed runs
 * for a slow shape), `readsN` (the size line reads are counted at; by default
 * n, and at least 2 000 so that the scanners' 40-line lookaheads do not
 * dominate), and the name of a known bug that makes the shape's growth, cost
 * or line reads fail (`growthBug`, `costBug`, `readsBug`: those tests become
 * `it.fails`, with the bug listed in docs/performance.md) or its timing too
 * slow to run (`timeSkip`). No shape has a known bug now: the ones this
 * suite found are fixed, and their shapes guard the fixes.
 */
const PLAN: Record<string, { n: number; runs?: number; growthBug?: string; costBug?: string; readsBug?: string; readsN?: number; timeSkip?: string }> = {
  tabs: { n: 36_000 },
  pipes: { n: 36_000 },
  'lines of tabs': { n: 9_600 },
  'lines of pipes': { n: 15_000 },
  'short lines': { n: 400 },
  'short lines of digits': { n: 3_600 },
  'empty lines': { n: 18_000 },
  'CR and CRLF line ends': { n: 9_600 },
  'one line of Chinese': { n: 18_000 },
  'one line of labels and digits run together': { n: 3_000 },
  'one line of a report run together': { n: 6_000 },
  'nested <table><tr><td>': { n: 120_000 },
  'nested <table><tr><td> as text': { n: 24_000 },
  '<td> cells': { n: 7_200 },
  'HTML rows of table 3': { n: 3_600 },
  'repeated row labels with values': { n: 3_000 },
  'repeated row labels with conflicting values': { n: 3_000 },
  'repeated row labels alone': { n: 700 },
  'repeated section headings': { n: 18_000 },
  'repeated section headings run together': { n: 6_000 },
  'a digit run': { n: 18_000 },
  // Past ~500k characters in one cell, garbage collection of the one-character-at-a-time
  // strings of labelKey dominates (a step, not a curve): measured below it.
  'a digit run in a table-3 row': { n: 15_000 },
  'a digit run in a glued row': { n: 6_000 },
  // The search for a split of glued digits was capped per row but not per table:
  // each row of two 15-digit runs cost ~15 ms, 1 000× a sample report per
  // character. Now a table's rows share GLUED_TABLE_BUDGET (b8b5e14), a fixed
  // ~0.3 s, measured here where it is spread over 40 000 characters.
  'glued rows with digit runs that split in many ways': { n: 5_000, runs: 1 },
  '__proto__ and constructor labels': { n: 3_000 },
  '__proto__ in HTML': { n: 30_000 },
  // Was quadratic: mapApplications kept blank cells pending while short text
  // cells passed for the tail of the row label, and rescanned them all for
  // each (fixed in b8b5e14; the count of cell reads below guards it).
  'a row label then blank cells and short text': { n: 3_000 },
  // remark-parse + remark-gfm read these (linear, but ~30× our cost per character).
  'GFM header and delimiter rows, alternating': { n: 200 },
  'one GFM table': { n: 300 },
  // Was quadratic in lines: past GFM_TABLE_SIZE_CAP, recognizeGfmTable scanned
  // the pipe region to its end again from every later header line with a
  // delimiter row under it (fixed in b8b5e14). The region stays past the cap,
  // so at sizes CI can afford the time hardly shows it; the line reads do.
  'GFM header and delimiter rows before a pipe region past the size cap': { n: 3_200, readsN: 3_200 },
  'pipe rows without a delimiter': { n: 3_600 },
  'pandoc rulers with rows that never close': { n: 3_000 },
  'a pandoc ruler over a long run of rows': { n: 3_000 },
  'box-drawing lines': { n: 5_400 },
  'box-drawing rows and rules': { n: 5_400 },
  'one cell per line': { n: 2_400 },
  'unmarked cells one per line': { n: 3_000 },
  'space-aligned rows': { n: 4_200 },
  'a label and many numbers one space apart': { n: 3_000 },
  'table-2 cells that are no label': { n: 4_200 },
  'sentences with quantities': { n: 2_100 },
  'page-chrome labels in the preamble': { n: 12_000 },
  // Was quadratic: tableRegions (src/readers/html/embedded-tables-reader.ts) looked for
  // the next </table from every <table it passed (fixed in b8b5e14).
  'HTML tables inside Markdown, opened and never closed': { n: 16_000 },
  'random UTF-16 units': { n: 9_000 },
};

const run = (shape: HostileShape, input: string) => () => validate(parserOf(shape.entry)(input));

/** Times the grid stage reads a line's text (the steps of its scanners) on the lines of `text`. */
function lineReads(text: string): number {
  let reads = 0;
  const lines = splitLines(text).map((line) => {
    const t = line.text;
    return {
      index: line.index,
      start: line.start,
      end: line.end,
      get text() {
        reads++;
        return t;
      },
    };
  });
  findGrids(text, lines, 0, lines.length, defaultRecognizers);
  return reads;
}

/** Milliseconds per character of parseReport + validate on the sample reports. */
let sampleMsPerChar = 0;
const measured = new Map<string, { small: number; large: number; length: number }>();

function measure(shape: HostileShape): { small: number; large: number; length: number } {
  const known = measured.get(shape.name);
  if (known) return known;
  const { n } = PLAN[shape.name] as { n: number };
  const small = shape.make(n);
  const large = shape.make(8 * n);
  fastest(run(shape, small), 1); // warm up
  const runs = PLAN[shape.name]?.runs ?? 3;
  const result = { small: fastest(run(shape, small), runs), large: fastest(run(shape, large), runs), length: large.length };
  measured.set(shape.name, result);
  return result;
}

beforeAll(() => {
  const dir = join(root, 'examples/reports');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const chars = texts.reduce((a, t) => a + t.length, 0);
  const all = () => texts.forEach((t) => validate(parserOf('text')(t)));
  fastest(all, 5);
  sampleMsPerChar = fastest(all, 5) / chars;
});

describe('parseReport and validate on hostile shapes', () => {
  it('have a size to be measured at for every shape', () => {
    expect(HOSTILE_SHAPES.map((s) => s.name).filter((name) => !PLAN[name])).toEqual([]);
  });

  describe.each(HOSTILE_SHAPES.map((s) => [s.name, s] as const))('%s', (_, shape) => {
    const plan = PLAN[shape.name] ?? { n: 1000 };
    const growth = plan.timeSkip ? it.skip : plan.growthBug ? it.fails : it;
    growth(`grow linearly: 8× the input takes under ${MAX_GROWTH}× the time${plan.growthBug ? ` (bug ${plan.growthBug})` : ''}`, () => {
      const { small, large } = measure(shape);
      const ratio = large / Math.max(small, FLOOR_MS);
      if (process.env.GROWTH_DEBUG) console.log(`${shape.name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms, ×${ratio.toFixed(1)}, ${(large / (measured.get(shape.name)?.length ?? 1) / sampleMsPerChar).toFixed(1)}× a sample's cost per character`);
      expect(ratio, `n=${plan.n}: ${small.toFixed(1)} ms, 8n: ${large.toFixed(1)} ms`).toBeLessThan(MAX_GROWTH);
    });

    if (shape.entry === 'text') {
      const reads = plan.readsBug ? it.fails : it;
      reads(`read each line a bounded number of times: 8× the input, under ${MAX_READS_GROWTH}× the line reads${plan.readsBug ? ` (bug ${plan.readsBug})` : ''}`, () => {
        const n = plan.readsN ?? Math.max(plan.n, 2_000);
        const small = lineReads(shape.make(n));
        const large = lineReads(shape.make(8 * n));
        expect(large / Math.max(small, 1), `${small} reads at n=${n}, ${large} at 8n`).toBeLessThan(MAX_READS_GROWTH);
      });
    }

    // A superlinear shape's cost per character depends on the size measured: only its growth is asserted.
    const cost = plan.growthBug || plan.timeSkip ? it.skip : plan.costBug ? it.fails : it;
    cost(`cost at most ${COST_FACTOR}× a sample report per character${plan.costBug ? ` (bug ${plan.costBug})` : ''}`, () => {
      const { large, length } = measure(shape);
      const factor = large / length / sampleMsPerChar;
      expect(factor, `${large.toFixed(1)} ms for ${length} characters`).toBeLessThan(COST_FACTOR);
    });
  });
});

/** Reads of cell text by the table-3 mapper on a row label followed by `k` blank cells and `k` short text cells. */
function cellReadsOfLabelTail(k: number): number {
  let reads = 0;
  const cell = (text: string, at: number): Cell => ({
    get text() {
      reads++;
      return text;
    },
    start: at,
    end: at + text.length,
  });
  const cells: Cell[] = [cell('（一）予以公开', 0)];
  for (let i = 0; i < k; i++) cells.push(cell('', 8 + 2 * i), cell('甲', 9 + 2 * i));
  mapApplications(cells, createLineIndex(splitLines('x'.repeat(8 + 2 * k))));
  return reads;
}

describe('mapApplications, counting its reads of cell text', () => {
  // A row label, then blank cells and short text cells in turn
  // (`（一）予以公开⇥⇥甲⇥⇥甲…`). Each short text passes for the tail of the label;
  // isLabelTail once rescanned every pending cell for it — all blank, so they
  // stayed pending: quadratic, 40k pairs (120 KB in one line) took ~6 s.
  it('reads each cell a bounded number of times after a row label (8× the cells, under 12× the reads)', () => {
    const small = cellReadsOfLabelTail(500);
    const large = cellReadsOfLabelTail(4000);
    expect(large / small, `${small} reads for 500 pairs, ${large} for 4000`).toBeLessThan(MAX_READS_GROWTH);
  });
});
