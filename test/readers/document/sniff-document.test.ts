import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument, sniffDocument } from '../../../src/document.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const le16 = (n: number): number[] => [n & 0xff, n >> 8];
const le32 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];

/** A ZIP of stored (uncompressed) entries, with its central directory unless `truncated`. */
function zip(entries: readonly [string, string][], truncated = false): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const [name, content] of entries) {
    const offset = local.length;
    const n = ascii(name);
    const data = ascii(content);
    local.push(...le32(0x04034b50), ...le16(20), ...le16(0), ...le16(0), ...le32(0), ...le32(0), ...le32(data.length), ...le32(data.length), ...le16(n.length), ...le16(0), ...n, ...data);
    central.push(...le32(0x02014b50), ...le16(20), ...le16(20), ...le16(0), ...le16(0), ...le32(0), ...le32(0), ...le32(data.length), ...le32(data.length),
      ...le16(n.length), ...le16(0), ...le16(0), ...le16(0), ...le16(0), ...le32(0), ...le32(offset), ...n);
  }
  const end = [...le32(0x06054b50), ...le16(0), ...le16(0), ...le16(entries.length), ...le16(entries.length), ...le32(central.length), ...le32(local.length), ...le16(0)];
  return new Uint8Array(truncated ? local : [...local, ...central, ...end]);
}

describe('sniffDocument', () => {
  it('takes a ZIP holding word/document.xml for a DOCX', () => {
    expect(sniffDocument(zip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']]))).toEqual({ format: 'docx', kind: 'DOCX' });
  });

  it('takes a DOCX made by LibreOffice for a DOCX', () => {
    expect(sniffDocument(readFileSync(`${fixtures}docx/2019.docx`))).toEqual({ format: 'docx', kind: 'DOCX' });
  });

  it('finds word/document.xml in a truncated ZIP by its local headers', () => {
    expect(sniffDocument(zip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>']], true)).format).toBe('docx');
  });

  it('names other ZIPs by what they hold', () => {
    expect(sniffDocument(zip([['xl/workbook.xml', '<workbook/>']])).kind).toBe('XLSX spreadsheet');
    expect(sniffDocument(zip([['ppt/presentation.xml', '<p/>']])).kind).toBe('PPTX presentation');
    expect(sniffDocument(zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<c/>']])).kind).toBe('OpenDocument text (.odt)');
    expect(sniffDocument(zip([['mimetype', 'application/epub+zip']])).kind).toBe('EPUB book');
    expect(sniffDocument(zip([['OFD.xml', '<ofd:OFD/>']])).kind).toBe('OFD document');
    expect(sniffDocument(zip([['报告.txt', '一、总体情况']]))).toEqual({ format: 'unsupported', kind: 'ZIP archive' });
  });

  it('refuses an XLSX in parseDocument with input-unsupported naming it', async () => {
    const report = await parseDocument(zip([['xl/workbook.xml', '<workbook/>']]), { name: 'table.xlsx' });
    expect(report.diagnostics.map((d) => d.code)).toEqual(['input-unsupported']);
    expect(report.diagnostics[0]?.messageEn).toContain('XLSX spreadsheet');
  });

  it('names images and archives by their signatures', () => {
    const kinds: readonly [number[], string][] = [
      [[0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0], 'TIFF image'],
      [[...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 ')], 'WebP image'],
      [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4], '7z archive'],
      [[...ascii('Rar!'), 0x1a, 0x07, 0x01, 0x00], 'RAR archive'],
      [ascii('{\\rtf1\\ansi 一、总体情况}'), 'RTF document'],
      [[...ascii('BM'), ...le32(16), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 'BMP image'],
    ];
    for (const [bytes, kind] of kinds) expect(sniffDocument(new Uint8Array(bytes))).toEqual({ format: 'unsupported', kind });
  });

  it('does not take text that starts with BM for a bitmap', () => {
    expect(sniffDocument(new TextEncoder().encode('BM 某某市 2023 年报告……'))).toEqual({ format: 'text', kind: 'text' });
  });

  it('takes HTML for HTML and text for text', () => {
    expect(sniffDocument(new TextEncoder().encode('<!DOCTYPE html><title>报告</title>'))).toEqual({ format: 'html', kind: 'HTML' });
    expect(sniffDocument(new TextEncoder().encode('三、收到和处理政府信息公开申请情况\n（一）予以公开\t12'))).toEqual({ format: 'text', kind: 'text' });
  });

  it('reads only a bounded sample of a long text', () => {
    const long = new TextEncoder().encode(`${'一、总体情况。'.repeat(20000)}`);
    expect(long.length).toBeGreaterThan(65536);
    expect(sniffDocument(long)).toEqual({ format: 'text', kind: 'text' });
  });

  it('throws a TypeError for an argument that is no Uint8Array', () => {
    expect(() => sniffDocument('x' as unknown as Uint8Array)).toThrow(TypeError);
  });
});
