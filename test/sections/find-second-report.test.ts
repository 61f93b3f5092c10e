import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { parseReport as parseHtml } from '../../src/html.js';

const seedsDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const seed = (name: string) => readFileSync(join(seedsDir, name), 'utf8');
const several = (text: string, parse = parseReport) => parse(text).diagnostics.filter((d) => d.code === 'input-several-reports');

/** Every report file under a folder (text, Markdown, HTML). */
function reportFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return reportFiles(path);
    return /\.(txt|md|html?)$/.test(name) && !name.startsWith('README') ? [path] : [];
  });
}

describe('input-several-reports', () => {
  const a = seed('000_892e5d3b650a9da1.txt');
  const b = seed('001_a057d0496994cc01.txt');

  it('points at the title line of the second of two reports joined in one text', () => {
    const joined = `${a}\n${b}`;
    const found = several(joined);
    expect(found).toHaveLength(1);
    // The second report's title is its first non-blank line.
    const bLines = b.split('\n');
    const titleAt = bLines.findIndex((l) => l.trim() !== '');
    expect(found[0]?.span.line).toBe(a.split('\n').length + titleAt + 1);
    expect(found[0]?.span.start).toBe(a.length + 1 + b.indexOf(bLines[titleAt] ?? '?'));
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.raw).toBe(bLines[titleAt]?.trim());
  });

  it('finds the second of two HTML pages joined, with the span in the page', () => {
    const page = (body: string) => `<html><body>${body.split('\n').map((l) => `<p>${l}</p>`).join('\n')}</body></html>\n`;
    const first = page(a);
    const found = several(first + page(b), parseHtml);
    expect(found).toHaveLength(1);
    expect(found[0]?.span.start).toBeGreaterThanOrEqual(first.length);
  });

  it('says nothing for one report, even where the title is repeated as a page header or quoted in the text', () => {
    const title = a.split('\n').find((l) => l.includes('政府信息公开工作年度报告'))?.trim() ?? '';
    expect(title).not.toBe('');
    const withHeaders = a.replace('三、收到和处理政府信息公开申请情况', `${title}\n三、收到和处理政府信息公开申请情况`) + `\n${title}\n`;
    expect(several(withHeaders)).toEqual([]);
    expect(several(`${a}\n现将《${title}》全文发布，特此说明。\n`)).toEqual([]);
  });

  it('says nothing on any seed, example, corpus report or test fixture', () => {
    const dirs = ['../fixtures/', '../../examples/reports/', '../../../shared/seeds/', '../../../shared/corpus/real/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
    const files = dirs.flatMap(reportFiles);
    expect(files.length).toBeGreaterThan(50);
    const flagged = files.filter((f) => several(readFileSync(f, 'utf8'), f.endsWith('.html') || f.endsWith('.htm') ? parseHtml : parseReport).length > 0);
    expect(flagged).toEqual([]);
  });
});

describe('input-empty', () => {
  it.each([[''], ['   '], ['\n\n\t \r\n'], ['\u3000\n']])('is one error, at 1:1, for %j', (text) => {
    const found = parseReport(text).diagnostics.filter((d) => d.code === 'input-empty');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.span).toMatchObject({ line: 1, column: 1 });
  });

  it('is not given for a text with anything in it', () => {
    expect(parseReport('一').diagnostics.map((d) => d.code)).not.toContain('input-empty');
  });

  it('is given for an HTML page with no text', () => {
    expect(parseHtml('<html><body> <p></p> </body></html>').diagnostics.map((d) => d.code)).toContain('input-empty');
  });
});
