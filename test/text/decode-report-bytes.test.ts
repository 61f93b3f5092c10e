import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeReportBytes } from '../../src/text/decode-report-bytes.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + s.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    bytes[2 + 2 * i] = littleEndian ? code & 0xff : code >> 8;
    bytes[3 + 2 * i] = littleEndian ? code >> 8 : code & 0xff;
  }
  return bytes;
}

// 二〇二一年度报告 in GBK: 二 B6FE, 〇 A996, 二 B6FE, 一 D2BB, 年 C4EA, 度 B6C8, 报 B1A8, 告 B8E6.
const gbk = new Uint8Array([0xb6, 0xfe, 0xa9, 0x96, 0xb6, 0xfe, 0xd2, 0xbb, 0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6]);

describe('decodeReportBytes', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeReportBytes(utf8('一、总体情况'))).toEqual({ text: '一、总体情况', encoding: 'utf-8' });
  });

  it('reads a UTF-8 BOM and drops it from the text', () => {
    expect(decodeReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('表三')]))).toEqual({ text: '表三', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16LE and UTF-16BE by their BOM', () => {
    expect(decodeReportBytes(utf16('总计 12', true))).toEqual({ text: '总计 12', encoding: 'utf-16le' });
    expect(decodeReportBytes(utf16('总计 12', false))).toEqual({ text: '总计 12', encoding: 'utf-16be' });
  });

  it('reads bytes that are not UTF-8 as GB18030 (GBK included)', () => {
    expect(decodeReportBytes(gbk)).toEqual({ text: '二〇二一年度报告', encoding: 'gb18030' });
  });

  it('uses a named encoding as given', () => {
    expect(decodeReportBytes(gbk, { encoding: 'gbk' })).toEqual({ text: '二〇二一年度报告', encoding: 'gbk' });
    const forced = decodeReportBytes(gbk, { encoding: 'utf-8' });
    expect(forced.encoding).toBe('utf-8');
    expect(forced.text).toContain('\uFFFD');
  });

  it('reads ASCII and empty input as UTF-8', () => {
    expect(decodeReportBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeReportBytes(utf8('1\t2\t3'))).toEqual({ text: '1\t2\t3', encoding: 'utf-8' });
  });
});

describe('decodeReportBytes without a byte-order mark', () => {
  const bare = (s: string, littleEndian: boolean): Uint8Array => utf16(s, littleEndian).subarray(2);
  const report = '三、收到和处理政府信息公开申请情况\n（一）予以公开\t959\t63\t2\t4\t45\t12\t1085\n（七）总计\t1320\t47\t3\t5\t26\t8\t1409\n';

  it('reads UTF-16LE of a report with ASCII digits and line breaks', () => {
    expect(decodeReportBytes(bare(report, true))).toEqual({ text: report, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE of a report with ASCII digits and line breaks', () => {
    expect(decodeReportBytes(bare(report, false))).toEqual({ text: report, encoding: 'utf-16be' });
  });

  it('does not guess UTF-16 from a short input with few NULs', () => {
    expect(decodeReportBytes(bare('总计 1', true)).encoding).not.toBe('utf-16le');
  });

  it('does not take UTF-16 when NULs fall on both sides of the pairs', () => {
    const mixed = new Uint8Array(64).map((_, i) => (i % 3 === 0 ? 0 : 0x41));
    expect(decodeReportBytes(mixed).encoding).toBe('utf-8');
  });

  it('does not take UTF-16 when the pairs hold a lone surrogate', () => {
    const bytes = new Uint8Array([...bare('总计 12 结转 3 新收 9 上年 7', true), 0x00, 0xd8, 0x41, 0x00]);
    expect(decodeReportBytes(bytes).encoding).not.toBe('utf-16le');
  });
});

describe('decodeReportBytes on UTF-8 with bytes that are not', () => {
  const fixture = (path: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url))));
  const replacements = (text: string) => text.split('\uFFFD').length - 1;

  it('reads UTF-8 cut short mid-character as UTF-8, the cut character as U+FFFD, and counts it', () => {
    const cut = utf8('本年新收政府信息公开申请数量总计一千三百二十件').slice(0, -1);
    expect(decodeReportBytes(cut)).toEqual({ text: '本年新收政府信息公开申请数量总计一千三百二十\uFFFD', encoding: 'utf-8', invalid: 1 });
  });

  it('reads html2text output (table cells cut byte by byte) as UTF-8, in both its modes, each cut counted', () => {
    for (const file of ['layouts/2021-mixed-html2text.txt', 'layouts/2021-mixed-html2text-utf8.txt', 'layouts/2019-cms-html2text-utf8.txt']) {
      const bytes = fixture(file);
      const decoded = decodeReportBytes(bytes);
      expect(decoded.encoding, file).toBe('utf-8');
      expect(decoded.text, file).toBe(new TextDecoder('utf-8').decode(bytes));
      expect(decoded.invalid, file).toBe(replacements(decoded.text));
      expect(decoded.invalid, file).toBeGreaterThan(0);
    }
  });

  it('still reads GB18030 and GBK files as such: read as UTF-8 they give far more bad sequences than characters', () => {
    for (const file of ['cli/encodings/001-gb18030.txt', 'cli/encodings/003-gbk.txt', 'cli/encodings/011-gb18030.htm']) {
      const decoded = decodeReportBytes(fixture(file));
      expect(decoded.encoding, file).toBe('gb18030');
      expect(decoded.invalid, file).toBeUndefined();
      expect(decoded.text, file).toContain('政府信息公开');
    }
    expect(decodeReportBytes(gbk).encoding).toBe('gb18030');
  });

  it('does not count a U+FFFD the file itself holds (EF BF BD)', () => {
    const text = `${'总计'.repeat(10)}\uFFFD`;
    expect(decodeReportBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' });
    const damaged = new Uint8Array([...utf8(text), 0xe4, 0xbb]);
    expect(decodeReportBytes(damaged)).toEqual({ text: `${text}\uFFFD`, encoding: 'utf-8', invalid: 1 });
  });

  it('counts the bad sequences of a UTF-8 reading asked for, with or without a byte-order mark', () => {
    expect(decodeReportBytes(gbk, { encoding: 'utf-8' }).invalid).toBe(replacements(new TextDecoder('utf-8').decode(gbk)));
    expect(decodeReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('表三'), 0xe4]))).toEqual({ text: '表三\uFFFD', encoding: 'utf-8-bom', invalid: 1 });
    expect(decodeReportBytes(utf8('表三'), { encoding: 'utf-8' })).toEqual({ text: '表三', encoding: 'utf-8' });
  });
});
