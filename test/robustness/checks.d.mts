// Types of checks.mjs (plain JavaScript, so that scripts/fuzz.mjs runs it under Node).
import type { CellValue, Finding, FlatValue, Report } from '../../src/index.js';
import type { FuzzCase, Range } from './generators.mjs';

export interface KnownCodes {
  readonly diagnostics: ReadonlySet<string>;
  readonly findings: ReadonlySet<string>;
}
export function readCodes(file: string, interfaceName: string): Set<string>;
export function readKnownCodes(root: string): KnownCodes;

/** The library functions the checks use: from src/ in tests, from dist/ in the fuzzer. */
export interface CheckLib {
  readonly codes: KnownCodes;
  readonly flatten: (report: Report) => Record<string, FlatValue>;
  readonly readCell: (text: string) => CellValue;
  readonly htmlText?: (html: string) => { text: string };
}

export interface FuzzLib extends CheckLib {
  readonly parseText: (text: string) => Report;
  readonly parseHtml: (text: string) => Report;
  readonly validate: (report: Report) => Finding[];
}

export function checkReport(input: string, report: Report, findings: readonly Finding[], lib: CheckLib, entry?: 'text' | 'html'): string[];
export function touchedLines(text: string, ranges: readonly Range[]): Set<number>;
export function compareValues(
  original: Report,
  mutated: Report,
  mutatedText: string,
  touched: readonly Range[],
  flatten: CheckLib['flatten'],
  expected?: Record<string, number | string | null> | null,
): string[];
export function checkCase(
  fuzzCase: FuzzCase,
  lib: FuzzLib,
  originals: readonly { report: Report; expected: Record<string, number | string | null> | null }[],
): { problems: string[]; ms: number };
