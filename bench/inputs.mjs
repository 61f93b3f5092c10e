// The inputs and the three contenders of the benchmark, shared by bench.mjs
// and its memory probe (memory.mjs, run in a child process).

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseReport } from '../dist/index.js';
import { parseReport as parseHtmlReport } from '../dist/html.js';
import { HOSTILE_SHAPES } from '../test/robustness/generators.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** 1 MB = 10⁶ bytes of UTF-8, the size of the text as a file. */
export const MB = 1_000_000;
export const bytesOf = (text) => Buffer.byteLength(text, 'utf8');

/** The sample reports (examples/reports/*.txt), in name order. */
export function sampleReports() {
  const dir = join(root, 'examples/reports');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Markdown reports with GFM pipe tables: the real PDF-to-Markdown reports of
 * the corpus and pandoc's GFM output of the layout fixtures.
 */
export function markdownReports() {
  const out = [];
  const add = (dir, filter) => {
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const f of names.sort()) if (filter(f)) out.push({ name: f.replace(/\.md$/, ''), text: readFileSync(join(dir, f), 'utf8') });
  };
  // The real corpus beside the repository (../shared), as on the developers' machines and in CI.
  add(join(root, '..', 'shared', 'corpus', 'real'), (f) => f.endsWith('.md'));
  add(join(root, 'test/fixtures/layouts'), (f) => f.endsWith('-pandoc-gfm.md'));
  return out;
}

/** The sample reports one after another, repeated until the text has at least `bytes` bytes of UTF-8. */
export function concatenation(bytes) {
  const samples = sampleReports().map((s) => s.text);
  const parts = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const t = samples[k % samples.length];
    parts.push(t);
    size += bytesOf(t) + 1;
  }
  return parts.join('\n');
}

/** A million short lines (`a` then a line end): the most lines per byte a text can have but empty ones. */
export const shortLines = (count = 1_000_000) => 'a\n'.repeat(count);

/** Nothing but pipes, `bytes` of them: one line that every pipe-table reader looks at. */
export const pipesOnly = (bytes) => '|'.repeat(bytes);

/** Table-2 rows with two numbers each (`规章 1 2`), `bytes` of them: text as dense in numbers as a table, every number a cell. */
export const tableRows = (bytes) => '规章 1 2\n'.repeat(Math.ceil(bytes / bytesOf('规章 1 2\n')));

/**
 * The inputs the memory probe (memory.mjs) can be given, by kind:
 * `concatenation` (the sample reports repeated, `bytes` of them),
 * `short-lines` (a million `a` lines, `bytes` ignored), `pipes`
 * (`bytes` pipes) and `table-rows` (`规章 1 2` lines, `bytes` of them).
 */
export const INPUT_KINDS = {
  concatenation: (bytes) => concatenation(bytes),
  'short-lines': () => shortLines(),
  pipes: (bytes) => pipesOnly(bytes),
  'table-rows': (bytes) => tableRows(bytes),
};

/**
 * The hostile shapes of the robustness suite (test/robustness/generators.mjs),
 * each made at about `chars` UTF-16 units, with the parser of its entry point.
 */
export function hostileShapes(chars) {
  return HOSTILE_SHAPES.map((shape) => ({
    name: shape.name,
    entry: shape.entry,
    text: shape.make(chars),
    parse: shape.entry === 'html' ? parseHtmlReport : parseReport,
  }));
}

const remark = unified().use(remarkParse).use(remarkGfm);

/**
 * The contenders. `parseReport` is the library; `remark+gfm` is what a user
 * would otherwise reach for (remark-parse + remark-gfm parsing the same
 * text into an mdast tree); `floor` is one scan of the text that splits it
 * into lines and finds the digit runs — less than any parser can do.
 */
export const contenders = {
  parseReport: (text) => parseReport(text),
  'remark+gfm': (text) => remark.parse(text),
  floor: (text) => floorScan(text),
};

/** Splits into lines and finds every run of digits (ASCII and full-width): the floor. */
export function floorScan(text) {
  const lines = [];
  const runs = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      lines.push(text.slice(start, i));
      start = i + 1;
    } else if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!((d >= 0x30 && d <= 0x39) || (d >= 0xff10 && d <= 0xff19))) break;
        j++;
      }
      runs.push(text.slice(i, j));
      i = j - 1;
    }
  }
  lines.push(text.slice(start));
  return { lines, runs };
}
