import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlReader } from '../../../src/readers/html/html-reader.js';
import { createParser, defaultReaders } from '../../../src/index.js';

const html = readFileSync(new URL('../../fixtures/html/008-pingtan-2024-html-stripped.html', import.meta.url), 'utf8');

describe('htmlReader', () => {
  it('accepts HTML and renders it with htmlToText', () => {
    expect(htmlReader.name).toBe('html');
    expect(htmlReader.accepts(html)).toBe(true);
    expect(htmlReader.accepts('一、总体情况\n规章\t1')).toBe(false);
    expect(htmlReader.read('<p>一、总体情况</p>').text).toBe('一、总体情况');
  });

  it('lets the parser read an HTML page with every span pointing into the HTML', () => {
    const parse = createParser({ readers: [htmlReader, ...defaultReaders] });
    const report = parse(html);
    expect(report.applications.newReceived.total).toBe(218);
    const source = report.sources['applications.total.total'];
    expect(source && html.slice(source.span.start, source.span.end)).toBe('218');
    for (const [path, s] of Object.entries(report.sources)) expect(html.slice(s.span.start, s.span.end), path).toBe(s.raw);
  });
});
