// Types of generators.mjs (plain JavaScript, so that scripts/fuzz.mjs runs it under Node).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRandom(seed: number): Random;
export function iterationSeed(seed: number, i: number): number;

export const TOKENS: readonly string[];
export function randomUnits(rnd: Random, length: number): string;
export function randomCodePoints(rnd: Random, length: number): string;
export function randomTokenSoup(rnd: Random, tokens: number): string;
export function randomInput(rnd: Random, maxLength?: number): string;

/** `[start, end)` offsets into a mutated text. */
export type Range = readonly [number, number];

export function splitKeepingEnds(text: string): string[];
export function numberRuns(text: string): { start: number; end: number }[];
export const NUMBER_REPLACEMENTS: readonly string[];

export interface Mutation {
  readonly name: string;
  /** True for edits inside one line: values on other lines must keep their values. */
  readonly keepsValues: boolean;
  apply(text: string, rnd: Random): { text: string; touched: Range[] };
}
export const MUTATIONS: readonly Mutation[];
export function mutate(text: string, rnd: Random, max?: number): { text: string; touched: Range[]; keepsValues: boolean; names: string[] };

export const repeatTo: (s: string, n: number) => string;

export interface HostileShape {
  readonly name: string;
  /** Which entry point the shape targets: `xxgk-report` (text) or `xxgk-report/html`. */
  readonly entry: 'text' | 'html';
  /** A known parser bug this shape shows at some size (listed in docs/performance.md); the fuzzer leaves these out unless asked. */
  readonly bug?: string;
  make(n: number): string;
}
export const HOSTILE_SHAPES: readonly HostileShape[];

export interface SeedFile {
  readonly name: string;
  readonly text: string;
  readonly entry: 'text' | 'html';
  /** Hand-checked values by flat path, or null when the seed has none. */
  readonly expected: Record<string, number | string | null> | null;
}
export function loadSeedFiles(root: string, options?: { corpus?: string }): SeedFile[];

export interface FuzzCase {
  readonly kind: 'mutated' | 'arbitrary' | 'markup' | 'hostile';
  readonly label: string;
  readonly entry: 'text' | 'html';
  readonly text: string;
  /** Index of the seed a mutated case comes from, else -1. */
  readonly seedIndex: number;
  readonly touched: Range[];
  readonly keepsValues: boolean;
}
export function makeFuzzCase(
  seed: number,
  i: number,
  seeds: readonly SeedFile[],
  options?: { maxLength?: number; hostileEvery?: number; hostileSize?: number; knownBugs?: boolean },
): FuzzCase;
