// Types of per-path.mjs (plain JavaScript, so that scripts/fuzz.mjs runs it under Node).
import type { Report } from '../../src/index.js';

export interface PathMutation {
  readonly name: string;
  apply(lines: readonly string[], rnd: import('./generators.mjs').Random): { lines: string[]; own: (readonly [number, number])[]; ownAfter?: (readonly [number, number])[] };
}
export const PATH_MUTATIONS: readonly PathMutation[];
export function perPathMutation(text: string, seed: number, i: number): { name: string; text: string; own: (readonly [number, number])[]; ownAfter: (readonly [number, number])[] };
export function expectedValues(inputPath: string, read: (path: string | URL) => string | undefined): Record<string, unknown> | undefined;
export function unnamedChanges(
  lib: { flatten: (r: Report) => Record<string, unknown> },
  before: Report,
  after: Report,
  own: readonly (readonly [number, number])[],
  expected?: Readonly<Record<string, unknown>>,
  ownAfter?: readonly (readonly [number, number])[],
): { path: string; before: unknown; after: unknown }[];
