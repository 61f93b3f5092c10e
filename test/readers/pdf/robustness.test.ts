import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/index.js';
import { flattenReport } from '../../../src/index.js';
import { parsePdfReport } from '../../../src/pdf.js';
import { readExpected } from './expected-values.js';

// Inputs that are not a readable report PDF: the promise resolves (never
// rejects on data), every value is null, and one error diagnostic says why.
const robustnessDir = fileURLToPath(new URL('../../fixtures/pdf-robustness/', import.meta.url));
const documentsDir = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));
const realPdf = fileURLToPath(new URL('../../../../shared/corpus/pdf/001-huaian-city-2024.pdf', import.meta.url));

function numbersIn(report: Report): string[] {
  return Object.entries(flattenReport(report) as Record<string, unknown>)
    .filter(([path, value]) => typeof value === 'number' && !path.startsWith('meta.'))
    .map(([path]) => path);
}

function expectRefused(report: Report, code: string, format = 'pdf'): void {
  expect(numbersIn(report)).toEqual([]);
  expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toContain(code);
  expect(report.document?.format).toBe(format);
}

/** A seeded byte generator, so a failure can be replayed. */
function randomBytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed >>> 0;
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

describe('parsePdfReport on inputs that are no readable PDF', () => {
  // The codes as src/model/diagnostic.ts defines them: `input-empty` for no
  // bytes, `input-unsupported` for bytes of no PDF, `pdf-damaged` for bytes
  // that start like a PDF and cannot be read as one.
  it('reads empty bytes as an empty input', async () => {
    const report = await parsePdfReport(new Uint8Array(0));
    expect(numbersIn(report)).toEqual([]);
    expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toContain('input-empty');
  });

  it('reads random bytes as no PDF', async () => {
    for (const seed of [1, 2, 3]) expectRefused(await parsePdfReport(randomBytes(seed, 4096)), 'input-unsupported', 'unsupported');
  });

  it('reads random bytes behind a PDF header as a damaged PDF', async () => {
    const bytes = randomBytes(7, 4096);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
    expectRefused(await parsePdfReport(bytes), 'pdf-damaged');
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = new Uint8Array(readFileSync(`${documentsDir}2021-word.pdf`));
    const fromBuffer = await parsePdfReport(bytes.slice().buffer);
    expect(flattenReport(fromBuffer)).toEqual(flattenReport(await parsePdfReport(bytes)));
    expect(numbersIn(fromBuffer).length).toBeGreaterThan(0);
  });

  it('throws a TypeError on what is not bytes (misuse, not data)', async () => {
    await expect(parsePdfReport('%PDF-1.7' as unknown as Uint8Array)).rejects.toThrow(TypeError);
  });

  it('reads a fixture PDF cut in half as a damaged PDF, or gives only values of its first pages', async () => {
    const whole = new Uint8Array(readFileSync(`${documentsDir}2021-word.pdf`));
    const report = await parsePdfReport(whole.slice(0, whole.length >> 1));
    // Cut before its cross-reference table, pdf.js may rebuild what pages it can;
    // then anything read must be right, and what is lost is said.
    if (numbersIn(report).length === 0) expectRefused(report, 'pdf-damaged');
    else {
      const expected = readExpected(`${documentsDir}2021-word.expected.json`);
      const flat = flattenReport(report) as Record<string, unknown>;
      expect(numbersIn(report).filter((path) => flat[path] !== expected[path])).toEqual([]);
      expect(report.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it.skipIf(!existsSync(realPdf))('reads the first 20 kB of a real report PDF as a damaged PDF', async () => {
    const whole = new Uint8Array(readFileSync(realPdf));
    expectRefused(await parsePdfReport(whole.slice(0, 20_000)), 'pdf-damaged');
  });

  it('reads a PDF encrypted with a user password as an encrypted PDF (qpdf --encrypt user owner 256)', async () => {
    expectRefused(await parsePdfReport(new Uint8Array(readFileSync(`${robustnessDir}encrypted.pdf`))), 'pdf-encrypted');
  });

  it('reads a PDF of a page image, with no text layer, as a PDF without text (pdftoppm + img2pdf)', async () => {
    expectRefused(await parsePdfReport(new Uint8Array(readFileSync(`${robustnessDir}scanned.pdf`))), 'pdf-no-text');
  });
});
