import type { ReportPath } from '../../../src/index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { flattenReport } from '../../../src/index.js';
import { parseDocxReport } from '../../../src/docx.js';
import { parseReport as parseHtmlReport } from '../../../src/html.js';

// DOCX made by LibreOffice from the layout pages (scripts/make-docx-fixtures.mjs);
// the oracle is the layout set's hand-checked expected.json.
const docxDir = fileURLToPath(new URL('../../fixtures/docx/', import.meta.url));
const layoutDir = fileURLToPath(new URL('../../fixtures/layouts/', import.meta.url));
const FIXTURES: readonly { name: string; set: string; html: string }[] = [
  { name: '2021-mixed', set: '2021-mixed', html: `${layoutDir}2021-mixed.html` },
  { name: '2021-blank', set: '2021-blank', html: `${layoutDir}2021-blank.html` },
  { name: '2021-dash', set: '2021-dash', html: `${layoutDir}2021-dash.html` },
  { name: '2019', set: '2019', html: `${layoutDir}2019.html` },
  { name: '2021-blank-word-pasted', set: '2021-blank', html: `${docxDir}2021-blank-word-pasted.html` },
  { name: '2019-word-pasted', set: '2019', html: `${docxDir}2019-word-pasted.html` },
];

describe('parseDocxReport', () => {
  for (const { name, set, html } of FIXTURES) {
    it(`reads every value of ${name}.docx, a blank cell as null with a diagnostic on its path, a '-' as null`, async () => {
      const expected = JSON.parse(readFileSync(`${layoutDir}${set}.expected.json`, 'utf8')) as Record<string, number | string | null>;
      const report = await parseDocxReport(readFileSync(`${docxDir}${name}.docx`));
      const flat = flattenReport(report);
      expect(report.document?.format).toBe('docx');
      for (const [path, want] of Object.entries(expected)) {
        if (path.startsWith('meta.')) continue;
        expect(flat[path as ReportPath] ?? null, path).toBe(want);
        if (want === null) {
          // A blank cell says cell-blank on its path; a '-' is the report's own
          // "none", read as null with its cell kept in sources.
          const named = report.diagnostics.some((d) => d.path !== undefined && (d.path === path || path.startsWith(`${d.path}.`)));
          const dash = report.sources[path as ReportPath]?.raw.trim() === '-';
          expect(named || dash, `${path}: null without a diagnostic`).toBe(true);
        }
      }
    });

    it(`gives no value of ${name}.docx that differs from the HTML reading of the same page`, async () => {
      const fromDocx = flattenReport(await parseDocxReport(readFileSync(`${docxDir}${name}.docx`)));
      const fromHtml = flattenReport(parseHtmlReport(readFileSync(html, 'utf8')));
      for (const [path, value] of Object.entries(fromDocx)) {
        if (value !== null && typeof value === 'number') expect(value, path).toBe(fromHtml[path as ReportPath]);
      }
    });
  }

  it('points spans into the HTML mammoth made, kept in report.document.text', async () => {
    const report = await parseDocxReport(readFileSync(`${docxDir}2021-mixed.docx`));
    const span = report.sources['applications.unableToProvide.notHeld.naturalPerson']?.span;
    expect(span).toBeDefined();
    expect(report.document?.text.slice(span?.start, span?.end)).toBe('959');
  });

  it('accepts an ArrayBuffer and a Uint8Array that views part of a larger buffer', async () => {
    const bytes = readFileSync(`${docxDir}2019.docx`);
    const padded = new Uint8Array(bytes.length + 16);
    padded.set(bytes, 8);
    const view = padded.subarray(8, 8 + bytes.length);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    const a = await parseDocxReport(view);
    const b = await parseDocxReport(buffer);
    expect(a.applications.total.total).toBe(1141);
    expect(b.applications.total.total).toBe(1141);
  });

  it('uses the mammoth it is given, namespace or module object', async () => {
    let calls = 0;
    const spy = { convertToHtml: (input: { arrayBuffer: ArrayBuffer; buffer: ArrayBuffer }) => { calls++; return mammoth.convertToHtml({ buffer: Buffer.from(input.buffer) }); } };
    const report = await parseDocxReport(readFileSync(`${docxDir}2019.docx`), { mammoth: spy });
    expect(calls).toBe(1);
    expect(report.applications.total.total).toBe(1141);
    expect((await parseDocxReport(readFileSync(`${docxDir}2019.docx`), { mammoth })).applications.total.total).toBe(1141);
  });

  it('says reader-missing, with the install command, when the mammoth given is not mammoth', async () => {
    const report = await parseDocxReport(readFileSync(`${docxDir}2019.docx`), { mammoth: {} });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['reader-missing']);
    expect(report.diagnostics[0]?.messageEn).toContain('npm install mammoth');
  });

  it('says docx-damaged for bytes that are no DOCX, and never rejects', async () => {
    const inputs = [new Uint8Array(0), new TextEncoder().encode('一、总体情况'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      readFileSync(`${docxDir}2019.docx`).subarray(0, 4000)];
    for (const input of inputs) {
      const report = await parseDocxReport(input);
      expect(report.diagnostics.map((d) => d.code)).toEqual(['docx-damaged']);
      expect(report.applications.total.total).toBeNull();
    }
  });

  it('throws a TypeError for an argument that is no bytes', async () => {
    await expect(parseDocxReport('x' as unknown as Uint8Array)).rejects.toThrow(TypeError);
  });
});
