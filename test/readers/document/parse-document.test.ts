import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/document.js';
import { GB18030_REPORT_LINE } from './gb18030-sample.js';
import { parseReport as parseHtmlReport } from '../../../src/html.js';
import type { Report } from '../../../src/index.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const pdfDir = fileURLToPath(new URL('../../../../shared/corpus/pdf/', import.meta.url));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const codes = (report: { diagnostics: readonly { code: string }[] }): string[] => report.diagnostics.map((d) => d.code);

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const at = (bom ? 2 : 0) + 2 * i;
    out[at] = littleEndian ? code & 0xff : code >> 8;
    out[at + 1] = littleEndian ? code >> 8 : code & 0xff;
  }
  return out;
}

const layoutText = readFileSync(`${fixtures}layouts/2021-mixed-pandoc-plain.txt`, 'utf8');
const layoutExpected = JSON.parse(readFileSync(`${fixtures}layouts/2021-mixed.expected.json`, 'utf8')) as Record<string, unknown>;
const html008 = readFileSync(`${fixtures}html/008-pingtan-2024-html-stripped.html`);

describe('parseDocument', () => {
  it.skipIf(!existsSync(pdfDir))('sends a real PDF to the PDF reader', async () => {
    const report = await parseDocument(readFileSync(`${pdfDir}001-huaian-city-2024.pdf`), { name: '001-huaian-city-2024.pdf' });
    expect(report.document?.format).toBe('pdf');
    expect(report.document?.kind).toBe('PDF');
  });

  it('takes %PDF- after leading junk within the first 1024 bytes for a PDF', async () => {
    const bytes = new Uint8Array([...new Uint8Array(300).fill(0x20), ...utf8('%PDF-1.4\n%%EOF\n')]);
    expect((await parseDocument(bytes)).document?.format).toBe('pdf');
  });

  it('reads a DOCX to its expected values', async () => {
    const report = await parseDocument(readFileSync(`${fixtures}docx/2021-mixed.docx`), { name: 'x.txt' });
    expect(report.document?.format).toBe('docx');
    expect(report.applications.newReceived.total).toBe(layoutExpected['applications.newReceived.total']);
  });

  for (const name of ['report.shtml', 'report.txt', undefined]) {
    it(`reads an HTML page as HTML whatever its name (${String(name)})`, async () => {
      const report = await parseDocument(html008, name === undefined ? {} : { name });
      expect(report.document?.format).toBe('html');
      expect(report.document?.encoding).toBe('utf-8');
      expect(report.applications.newReceived.total).toBe(218);
    });
  }

  const encodings: readonly [string, Uint8Array, string][] = [
    ['UTF-8', utf8(layoutText), 'utf-8'],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(layoutText)]), 'utf-8-bom'],
    ['UTF-16LE with a BOM', utf16(layoutText, true, true), 'utf-16le'],
    ['UTF-16BE with a BOM', utf16(layoutText, false, true), 'utf-16be'],
    ['UTF-16LE without a BOM', utf16(layoutText, true, false), 'utf-16le'],
    ['UTF-16BE without a BOM', utf16(layoutText, false, false), 'utf-16be'],
  ];
  for (const [label, bytes, encoding] of encodings) {
    it(`reads text in ${label} to the expected values`, async () => {
      const report = await parseDocument(bytes);
      expect(report.document?.format).toBe('text');
      expect(report.document?.encoding).toBe(encoding);
      expect(report.document?.text).toBe(layoutText);
      expect(report.applications.total.total).toBe(layoutExpected['applications.total.total']);
    });
  }

  it('reads GB18030 text', async () => {
    const report = await parseDocument(GB18030_REPORT_LINE.bytes);
    expect(report.document).toMatchObject({ format: 'text', encoding: 'gb18030', text: GB18030_REPORT_LINE.text });
  });

  const refused: readonly [string, Uint8Array, string, string][] = [
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'input-unsupported', 'PNG image'],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]), 'input-unsupported', 'JPEG image'],
    ['a GIF', utf8('GIF89a\x01\x00\x01\x00'), 'input-unsupported', 'GIF image'],
    ['a gzip file', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'input-unsupported', 'gzip archive'],
    ['an OLE2 file (.doc, .wps)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'input-legacy-word', 'legacy Word (.doc/.wps)'],
  ];
  for (const [label, bytes, code, kind] of refused) {
    it(`refuses ${label} with ${code}, naming it`, async () => {
      const report = await parseDocument(bytes, { name: 'report.txt' });
      expect(codes(report)).toEqual([code]);
      expect(report.document).toMatchObject({ format: 'unsupported', kind });
      expect(report.diagnostics[0]?.messageEn).toContain('"report.txt"');
      expect(report.applications.total.total).toBeNull();
    });
  }

  it('says to save a legacy Word file as .docx or PDF', async () => {
    const report = await parseDocument(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(report.diagnostics[0]?.messageEn).toContain('.docx or PDF');
    expect(report.diagnostics[0]?.message).toContain('.docx 或 PDF');
  });

  it('says input-empty for no bytes, and for white space only', async () => {
    expect(codes(await parseDocument(new Uint8Array(0)))).toEqual(['input-empty']);
    expect(codes(await parseDocument(utf8(' \n\t\n')))).toEqual(['input-empty']);
  });

  it('never rejects, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const report = await parseDocument(bytes);
        expect(report.document).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('calls random bytes binary data, not text', async () => {
    const bytes = new Uint8Array(4096);
    let seed = 12345;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    const report = await parseDocument(bytes);
    expect(report.document).toMatchObject({ format: 'unsupported', kind: 'binary data' });
    expect(codes(report)).toEqual(['input-unsupported']);
  });

  it('throws a TypeError for an argument that is no Uint8Array', async () => {
    await expect(parseDocument('text' as unknown as Uint8Array)).rejects.toThrow(TypeError);
  });
});

describe('parseDocument on the converter fixtures, as bytes', () => {
  // What a user of the CLI or the browser page holds: the tools' files, bytes
  // and all. test/layouts/converter-fixtures.test.ts checks the same files,
  // decoded as UTF-8, against the generator's values; here their bytes must
  // read the same. html2text cuts table cells byte by byte, so its files are
  // UTF-8 with bytes that are not, once taken for GB18030 and read as nothing.
  const dir = `${fixtures}layouts/`;
  const files = readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f) && f !== 'README.md').sort();
  const withoutInvalidBytes = (report: Report) => ({ ...report, diagnostics: report.diagnostics.filter((d) => d.code !== 'input-invalid-bytes') });

  it('reads every converter fixture as its UTF-8 text reads, and says where bytes were not UTF-8', async () => {
    let damaged = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(dir + file));
      const text = new TextDecoder('utf-8').decode(bytes);
      const report = await parseDocument(bytes, { name: file });
      const { document, ...rest } = report;
      expect(document?.encoding, file).toMatch(/^utf-8/);
      expect(withoutInvalidBytes(rest as Report), file).toEqual(parseHtmlReport(text));
      const said = report.diagnostics.filter((d) => d.code === 'input-invalid-bytes');
      const replaced = text.split('\uFFFD').length - 1;
      expect(said.length, file).toBe(replaced > 0 ? 1 : 0);
      if (replaced > 0) {
        damaged++;
        expect(said[0]?.severity).toBe('warning');
        expect(said[0]?.span.start, file).toBe(text.indexOf('\uFFFD'));
        expect(said[0]?.messageEn, file).toContain(`with ${replaced} byte sequence`);
      }
    }
    // The html2text files: 13 sets in its two modes.
    expect(damaged).toBe(26);
  });
});
