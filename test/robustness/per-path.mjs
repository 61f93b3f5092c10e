// Per-path mutations (plain JavaScript, shared by test/robustness/per-path.test.ts
// and scripts/fuzz.mjs --per-path). One edit of the kind converters and
// crawlers make — a line deleted or duplicated, a stray 总计 line, a row label
// removed, a page break with the table header repeated — is applied to a real
// converter output; the mutated report is compared with the original's, and
// every value that changed must be the edit's own (its cell was on the line
// the edit took away or cut) or carry a warning or error on its own path (the
// value's path, its row or its table), or in a diagnostic whose span holds its
// cell. A changed value with nothing on its path is a wrong value a user would
// read without a warning.

import { createRandom, splitKeepingEnds } from './generators.mjs';

/** Lines that repeat a table header after a page break, by the words they hold. */
const HEADER_WORDS = ['申请人情况', '自然人', '信息内容', '行政复议', '本年制发件数', '商业企业'];

const hasDigit = (line) => /\d/.test(line);

/** A section heading of the template (一、总体情况 … 四、政府信息公开行政复议、行政诉讼情况). */
const SECTION_HEADING = /^\s*[一二三四五六七八九十]{1,3}、/;

/** A line index, most often one with numbers (inside a table). */
function pickLine(lines, rnd) {
  const withDigits = [];
  for (let k = 0; k < lines.length; k++) if (hasDigit(lines[k])) withDigits.push(k);
  if (withDigits.length > 0 && rnd.chance(0.85)) return rnd.pick(withDigits);
  return rnd.int(lines.length);
}

/** Offsets of line k in the original text. */
function lineRange(lines, k) {
  let start = 0;
  for (let j = 0; j < k; j++) start += lines[j].length;
  return [start, start + lines[k].length];
}

/**
 * The lines of `lines` around line k that hold the same text as k, with only
 * blank lines between (one cell per line: `0` / `` / `0` / `0`). Equal lines
 * cannot be told apart: the copy a duplicate-line edit added may be read as
 * any of them, so each is the edit's own value in the mutated text.
 */
function equalRunAround(lines, k) {
  const same = (line) => line.trim() === lines[k].trim();
  const blank = (line) => line.trim() === '';
  let from = k;
  for (let j = k - 1; j >= 0 && (blank(lines[j]) || same(lines[j])); j--) if (same(lines[j])) from = j;
  let to = k;
  for (let j = k + 1; j < lines.length && (blank(lines[j]) || same(lines[j])); j++) if (same(lines[j])) to = j;
  return [[lineRange(lines, from)[0], lineRange(lines, to)[1]]];
}

/** Each: (lines, rnd) → { lines, own: [start, end) ranges of the original whose values the edit may take away, ownAfter: ranges of the mutated text whose values are the edit's own }. */
export const PATH_MUTATIONS = [
  {
    name: 'delete-line',
    apply(lines, rnd) {
      const k = pickLine(lines, rnd);
      return { lines: [...lines.slice(0, k), ...lines.slice(k + 1)], own: [lineRange(lines, k)] };
    },
  },
  {
    name: 'duplicate-line',
    apply(lines, rnd) {
      const k = pickLine(lines, rnd);
      const out = [...lines.slice(0, k + 1), lines[k], ...lines.slice(k + 1)];
      return { lines: out, own: [], ownAfter: equalRunAround(out, k + 1) };
    },
  },
  {
    name: 'insert-total',
    apply(lines, rnd) {
      const k = pickLine(lines, rnd);
      return { lines: [...lines.slice(0, k), '总计\n', ...lines.slice(k)], own: [] };
    },
  },
  {
    name: 'remove-label',
    apply(lines, rnd) {
      const k = pickLine(lines, rnd);
      const line = lines[k];
      // The label: the first run of text that is neither digits nor white space nor table rule.
      let s = 0;
      while (s < line.length && ' \t|│┃\u3000'.includes(line[s])) s++;
      let e = s;
      while (e < line.length && !/[\d\s|│┃]/.test(line[e])) e++;
      if (e === s) return { lines, own: [] };
      const cut = line.slice(0, s) + ' '.repeat(e - s) + line.slice(e);
      return { lines: [...lines.slice(0, k), cut, ...lines.slice(k + 1)], own: [lineRange(lines, k)] };
    },
  },
  {
    name: 'page-break-header',
    apply(lines, rnd) {
      const k = pickLine(lines, rnd);
      // A page repeats a table's header rows: not a section heading
      // (四、政府信息公开行政复议…) nor a sentence of the body that names a header word.
      const headers = lines.filter((l) => HEADER_WORDS.some((w) => l.includes(w)) && !SECTION_HEADING.test(l) && !l.includes('。'));
      const header = headers.length > 0 ? rnd.pick(headers) : '申请人情况\n';
      const nl = header.endsWith('\n') ? '' : '\n';
      return { lines: [...lines.slice(0, k), '\f', header + nl, ...lines.slice(k)], own: [] };
    },
  },
];

/** Mutation `i` of a run over `text`, made from (seed, i) alone. */
export function perPathMutation(text, seed, i) {
  const rnd = createRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
  const mutation = PATH_MUTATIONS[rnd.int(PATH_MUTATIONS.length)];
  const lines = splitKeepingEnds(text);
  const out = mutation.apply(lines, rnd);
  return { name: mutation.name, text: out.lines.join(''), own: out.own, ownAfter: out.ownAfter ?? [] };
}

// A value's source span meets an edited range: a value whose text ran over
// the edited line (a number a grid cell wraps over lines: 2 / 648 / .75) is
// the edit's own as much as one that began on it.
const meets = (span, ranges) => ranges.some(([s, e]) => (span.start >= s && span.start < e) || (span.start < s && span.end > s));

/**
 * The hand-checked values of an input, or undefined: a converter fixture's
 * set's generator values (test/fixtures/layouts/<set>.expected.json, <set>
 * the longest prefix of the file name that has one), a corpus file's answer
 * (test/corpus/answers/<name>.json). `read(path)` returns a file's text or
 * undefined; kept free of node:fs so the test and the fuzz script share it.
 */
export function expectedValues(inputPath, read) {
  const slash = inputPath.lastIndexOf('/');
  const dir = inputPath.slice(0, slash + 1);
  const base = inputPath.slice(slash + 1).replace(/\.(txt|md)$/, '');
  const answer = read(new URL('../corpus/answers/' + base + '.json', import.meta.url));
  if (answer !== undefined) return JSON.parse(answer);
  const parts = base.split('-');
  for (let n = parts.length - 1; n >= 1; n--) {
    const set = read(dir + parts.slice(0, n).join('-') + '.expected.json');
    if (set !== undefined) return JSON.parse(set);
  }
  return undefined;
}

/**
 * The changed values of `after` (a parse of the mutated text) against
 * `before` (of the original) that carry nothing on their path: a list of
 * `{ path, before, after }`, empty when the guarantee holds. With `expected`
 * (the input's hand-checked values, expectedValues), a value that was null
 * and now reads the hand-checked number is not a wrong value: the edit made
 * a refused value readable, correctly. Nothing else is excused.
 */
export function unnamedChanges(lib, before, after, own, expected, ownAfter = []) {
  const a = lib.flatten(before);
  const b = lib.flatten(after);
  const bad = [];
  const loud = after.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error');
  for (const path of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (path.startsWith('meta.')) continue;
    const x = a[path] ?? null;
    const y = b[path] ?? null;
    if (x === y) continue;
    if (x === null && typeof y === 'number' && expected !== undefined && expected[path] === y) continue;
    const was = before.sources[path];
    if (was && meets(was.span, own)) continue; // the edit's own value
    const now = after.sources[path];
    if (now && meets(now.span, ownAfter)) continue; // read from a line the edit added (or one equal to it)
    const named = loud.some(
      (d) =>
        (d.path !== undefined && (d.path === path || path.startsWith(`${d.path}.`))) ||
        (now !== undefined && d.span.start <= now.span.start && now.span.end <= d.span.end && d.span.end > d.span.start),
    );
    if (!named) bad.push({ path, before: x, after: y });
  }
  return bad;
}
