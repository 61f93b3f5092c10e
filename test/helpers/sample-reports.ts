import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/index.js';
import { parseReport } from '../../src/html.js';
import { parseDocument } from '../../src/document.js';
import { parsePdfReport } from '../../src/pdf.js';
import { createRandom, iterationSeed, mutate, randomInput, randomTokenSoup } from '../robustness/generators.mjs';
import { loadSeeds } from './seeds.js';

/** A report of the sample, and where it came from. */
export interface SampleReport {
  readonly name: string;
  readonly report: Report;
}

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The real corpus beside the repository (../shared/corpus/real), when it is there. */
export const corpusDir = fileURLToPath(new URL('../../../shared/corpus/real/', import.meta.url));

function filesIn(dir: string, pattern: RegExp): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort() : [];
}

/**
 * Reports of every kind the parser makes, for checks of their shape (the
 * JSON Schema, the paths): the seeds, the converter-made layouts, the HTML
 * fixtures, the real corpus, seeds with cells made blank, placeholders,
 * unreadable, glued or in 元, and hostile inputs (empty, binary, random
 * text, mutated seeds).
 */
export function sampleReports(): SampleReport[] {
  const out: SampleReport[] = [];
  const seeds = loadSeeds();
  for (const s of seeds) out.push({ name: `seed ${s.name}`, report: parseReport(s.text) });
  for (const f of filesIn(`${fixtures}layouts/`, /\.(txt|md|html)$/)) out.push({ name: `layout ${f}`, report: parseReport(readFileSync(`${fixtures}layouts/${f}`, 'utf8')) });
  for (const f of filesIn(`${fixtures}html/`, /\.html$/)) out.push({ name: `html ${f}`, report: parseReport(readFileSync(`${fixtures}html/${f}`, 'utf8')) });
  for (const f of filesIn(corpusDir, /^\d{3}-/)) out.push({ name: `corpus ${f}`, report: parseReport(readFileSync(corpusDir + f, 'utf8')) });
  const first = seeds[0]?.text ?? '';
  const edits: [string, (t: string) => string][] = [
    ['a blank cell', (t) => t.replace('\t3195\t', '\t\t')],
    ['placeholders', (t) => t.replace('\t3195\t', '\t-\t').replace('\t1320', '\t/').replace('\t209\t', '\t无\t')],
    ['an unreadable cell', (t) => t.replace('1320', '1,32O')],
    ['glued digits', (t) => t.replace(/\t(\d+)\t(\d+)\t/, '\t$1$2\t')],
    ['money in 元', (t) => t.replace('61175.6871', '611756871元')],
    ['two reports', (t) => `${t}\n${t}`],
  ];
  for (const [name, edit] of edits) out.push({ name: `seed 000 with ${name}`, report: parseReport(edit(first)) });
  out.push({ name: 'empty', report: parseReport('') });
  out.push({ name: 'binary', report: parseReport('\u0000\u0001PK\u0003\u0004\u0000\u0000') });
  for (let i = 0; i < 8; i++) {
    const rnd = createRandom(iterationSeed(13, i));
    out.push({ name: `random ${i}`, report: parseReport(i % 2 === 0 ? randomInput(rnd, 4000) : randomTokenSoup(rnd, 400)) });
    out.push({ name: `mutated seed ${i}`, report: parseReport(mutate(seeds[i % seeds.length]?.text ?? '', rnd, 6).text) });
  }
  return out;
}

/** Reports of the document readers (with `document`): text and HTML bytes, and inputs they refuse. */
export async function documentReports(): Promise<SampleReport[]> {
  const encoder = new TextEncoder();
  const seed = loadSeeds()[0]?.text ?? '';
  return [
    { name: 'parseDocument on a text file', report: await parseDocument(encoder.encode(seed), { name: 'report.txt' }) },
    { name: 'parseDocument on a PNG', report: await parseDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), { name: 'scan.png' }) },
    { name: 'parsePdfReport on damaged bytes', report: await parsePdfReport(encoder.encode('%PDF-1.7\n garbage')) },
  ];
}
