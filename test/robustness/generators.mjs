// Inputs for the robustness suite (test/robustness/) and the long-running
// fuzzer (scripts/fuzz.mjs): a seeded PRNG, arbitrary strings, mutation
// operators over real reports, the hostile shapes of the issue, and the
// checks every report must pass whatever its input. Plain JavaScript so that
// the fuzzer runs it under Node without a build step; the types are in
// generators.d.mts. No I/O except readKnownCodes and loadSeedFiles.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// ---------------------------------------------------------------------------
// Random numbers

/**
 * A small seeded PRNG (sfc32), so that every input can be made again from
 * (seed, iteration) alone: that is what makes a fuzz run resumable.
 */
export function createRandom(seed) {
  let a = 0x9e3779b9 ^ (seed >>> 0);
  let b = 0x243f6a88 ^ Math.imul(seed >>> 0, 0x85ebca6b);
  let c = 0xb7e15162;
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let k = 0; k < 12; k++) next();
  return {
    next,
    /** An integer in [0, n). */
    int: (n) => Math.floor(next() * n),
    /** An integer in [lo, hi]. */
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/** The seed of iteration `i` of a run seeded `seed`: inputs do not depend on earlier iterations. */
export function iterationSeed(seed, i) {
  let h = (seed >>> 0) ^ 0x811c9dc5;
  h = Math.imul(h ^ (i >>> 0), 0x01000193);
  h = Math.imul(h ^ (i / 4294967296) >>> 0, 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

// ---------------------------------------------------------------------------
// Arbitrary strings

/** Pieces of the reports' own vocabulary, so that random text reaches the parser's deeper states. */
export const TOKENS = [
  '一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项',
  '第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '行政规范性文件',
  '行政许可', '行政处罚', '行政强制', '行政事业性收费', '本年处理决定数量', '本年收费金额（单位：万元）',
  '申请人情况', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果',
  '（一）予以公开', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（三）不予公开',
  '1.属于国家秘密', '2.其他法律行政法规禁止公开', '（四）无法提供', '1.本机关不掌握相关政府信息',
  '（五）不予处理', '1.信访举报投诉类申请', '2.重复申请', '（六）其他处理', '（七）总计',
  '四、结转下年度继续办理', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结',
  '未经复议直接起诉', '复议后起诉', '2022年', '年度报告', '政府信息公开工作年度报告', 'XX市人民政府',
  '发布时间：2023-01-20', '来源：', '统计期限为2022年1月1日至2022年12月31日', '。', '，', '；', '：',
  '0', '1', '7', '21', '1320', '1,320', '-5', '+11', '3.75', '61175.6871', '２０２２', '〇', '—', '-', '/', '无',
  '12345678901234567890', '9'.repeat(40), '（', '）', '(', ')', '、', '.',
  '\t', '\t\t', '|', ' | ', '|---|---|', '---', ':---:', '  ', '   ', '\u3000', '\u00a0', '\f', '\r', '\r\n', '\n', '\n\n',
  '│', '├──┼──┤', '─', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<p>', '<br>', '<!--', '-->',
  '&nbsp;', '&#x31;', '&constructor;', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString',
  '\u0000', '\ud800', '\udfff', '\ufeff', '\ufffd', '\u200b', '😀', '# ', '**', '> ',
];

/** A string of any UTF-16 units: lone surrogates, NUL and every control character included. */
export function randomUnits(rnd, length) {
  let s = '';
  for (let k = 0; k < length; k++) {
    const r = rnd.next();
    // Bias towards the interesting ranges, but reach every unit.
    const code = r < 0.1 ? rnd.int(0x20) : r < 0.2 ? 0xd800 + rnd.int(0x800) : r < 0.45 ? 0x4e00 + rnd.int(0x5200) : r < 0.7 ? 0x20 + rnd.int(0x5f) : rnd.int(0x10000);
    s += String.fromCharCode(code);
  }
  return s;
}

/** Valid Unicode text of any code points, astral ones included. */
export function randomCodePoints(rnd, length) {
  let s = '';
  for (let k = 0; k < length; k++) {
    let cp = rnd.chance(0.2) ? 0x10000 + rnd.int(0x100000) : rnd.int(0xd800);
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0x20;
    s += String.fromCodePoint(cp);
  }
  return s;
}

/** Report vocabulary, separators and noise in random order: text that looks like a broken report. */
export function randomTokenSoup(rnd, tokens) {
  let s = '';
  for (let k = 0; k < tokens; k++) {
    const r = rnd.next();
    if (r < 0.7) s += rnd.pick(TOKENS);
    else if (r < 0.85) s += String(rnd.int(rnd.pick([10, 1000, 100000])));
    else s += randomUnits(rnd, 1 + rnd.int(3));
  }
  return s;
}

/** One arbitrary input: raw units, code points, or token soup, of a random length up to `maxLength`. */
export function randomInput(rnd, maxLength = 2000) {
  const length = rnd.int(maxLength + 1);
  switch (rnd.int(3)) {
    case 0:
      return randomUnits(rnd, length);
    case 1:
      return randomCodePoints(rnd, length);
    default:
      return randomTokenSoup(rnd, Math.ceil(length / 6));
  }
}

// ---------------------------------------------------------------------------
// Mutations of real reports

/** Lines of a text with their start offsets and terminators, so that joining gives the text back. */
export function splitKeepingEnds(text) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      const end = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      lines.push(text.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length || lines.length === 0) lines.push(text.slice(start));
  return lines;
}

/** Offsets of every run of ASCII digits (with a decimal part) in the text. */
export function numberRuns(text) {
  const runs = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) continue;
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    if (text[j] === '.' && text.charCodeAt(j + 1) >= 0x30 && text.charCodeAt(j + 1) <= 0x39) {
      j++;
      while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    }
    runs.push({ start: i, end: j });
    i = j - 1;
  }
  return runs;
}

/** What a number may be replaced by: huge, negative, decimal, past the 15-digit limit, odd forms. */
export const NUMBER_REPLACEMENTS = [
  '98765432109876543210', '999999999999999', '1000000000000000', '-1', '-5', '-0', '0.5', '3.75', '1.', '.5',
  '1e309', '1e3', 'NaN', 'Infinity', '0x10', '１２', '1,2', '1,234,567', '007', '+3', '--2', '4.2.1', '9'.repeat(400),
];

/** Replaces `text[start, end)` and says which part of the result is new. */
function splice(text, start, end, insert) {
  return { text: text.slice(0, start) + insert + text.slice(end), touched: [[start, start + insert.length]] };
}

/** Offset of line `k` in `lines` (as from splitKeepingEnds). */
function offsetOfLine(lines, k) {
  let at = 0;
  for (let j = 0; j < k; j++) at += lines[j].length;
  return at;
}

/**
 * Mutation operators. Each takes a text and a PRNG and returns the mutated
 * text and `touched`: the ranges `[start, end)` of the result that the
 * mutation wrote or moved (an empty range marks where something was
 * deleted). `keepsValues` says whether a value on an untouched line must
 * keep its value: true for edits inside one line, false for edits that move
 * lines around (a label moved away from its values changes what they mean).
 */
export const MUTATIONS = [
  {
    name: 'delete a line',
    keepsValues: false,
    apply(text, rnd) {
      const lines = splitKeepingEnds(text);
      const k = rnd.int(lines.length);
      const at = offsetOfLine(lines, k);
      return splice(text, at, at + lines[k].length, '');
    },
  },
  {
    name: 'duplicate a line',
    keepsValues: false,
    apply(text, rnd) {
      const lines = splitKeepingEnds(text);
      const k = rnd.int(lines.length);
      const at = offsetOfLine(lines, k);
      const line = lines[k].endsWith('\n') || lines[k].endsWith('\r') ? lines[k] : `${lines[k]}\n`;
      return splice(text, at, at, line);
    },
  },
  {
    name: 'swap two lines',
    keepsValues: false,
    apply(text, rnd) {
      const lines = splitKeepingEnds(text).map((l) => (/[\r\n]$/.test(l) ? l : `${l}\n`));
      const i = rnd.int(lines.length);
      const j = rnd.int(lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      const out = lines.join('');
      const lo = Math.min(i, j);
      const hi = Math.max(i, j);
      const a = offsetOfLine(lines, lo);
      const b = offsetOfLine(lines, hi);
      return { text: out, touched: [[a, a + lines[lo].length], [b, b + lines[hi].length]] };
    },
  },
  {
    name: 'shuffle a block of lines',
    keepsValues: false,
    apply(text, rnd) {
      const lines = splitKeepingEnds(text).map((l) => (/[\r\n]$/.test(l) ? l : `${l}\n`));
      const from = rnd.int(lines.length);
      const to = Math.min(lines.length, from + 2 + rnd.int(12));
      const block = lines.slice(from, to);
      for (let k = block.length - 1; k > 0; k--) {
        const r = rnd.int(k + 1);
        [block[k], block[r]] = [block[r], block[k]];
      }
      lines.splice(from, block.length, ...block);
      const a = offsetOfLine(lines, from);
      const b = offsetOfLine(lines, to);
      return { text: lines.join(''), touched: [[a, b]] };
    },
  },
  {
    name: 'truncate',
    keepsValues: false,
    apply(text, rnd) {
      const at = rnd.int(text.length + 1);
      return { text: text.slice(0, at), touched: [[at, at]] };
    },
  },
  {
    name: 'replace a number',
    keepsValues: true,
    apply(text, rnd) {
      const runs = numberRuns(text);
      if (runs.length === 0) return { text, touched: [] };
      const run = rnd.pick(runs);
      const by = rnd.chance(0.3) ? String(rnd.int(100000)) : rnd.pick(NUMBER_REPLACEMENTS);
      return splice(text, run.start, run.end, by);
    },
  },
  {
    name: 'blank a number',
    keepsValues: true,
    apply(text, rnd) {
      const runs = numberRuns(text);
      if (runs.length === 0) return { text, touched: [] };
      const run = rnd.pick(runs);
      return splice(text, run.start, run.end, rnd.pick(['', ' ', '-', '—', '无', '/']));
    },
  },
  {
    name: 'insert noise',
    keepsValues: false,
    apply(text, rnd) {
      const at = rnd.int(text.length + 1);
      return splice(text, at, at, rnd.chance(0.5) ? randomTokenSoup(rnd, 1 + rnd.int(4)) : randomUnits(rnd, 1 + rnd.int(8)));
    },
  },
  {
    name: 'delete characters',
    keepsValues: false,
    apply(text, rnd) {
      const at = rnd.int(text.length + 1);
      return splice(text, at, Math.min(text.length, at + 1 + rnd.int(20)), '');
    },
  },
  {
    name: 'join two lines',
    keepsValues: false,
    apply(text, rnd) {
      const breaks = [];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') breaks.push(i);
      if (breaks.length === 0) return { text, touched: [] };
      const at = rnd.pick(breaks);
      const end = text[at - 1] === '\r' ? at - 1 : at;
      return splice(text, end, at + 1, rnd.pick(['', ' ', '\t']));
    },
  },
  {
    name: 'duplicate a block',
    keepsValues: false,
    apply(text, rnd) {
      const lines = splitKeepingEnds(text).map((l) => (/[\r\n]$/.test(l) ? l : `${l}\n`));
      const from = rnd.int(lines.length);
      const to = Math.min(lines.length, from + 1 + rnd.int(40));
      const block = lines.slice(from, to).join('');
      const at = offsetOfLine(lines, to);
      return { text: lines.join('').slice(0, at) + block + lines.join('').slice(at), touched: [[at, at + block.length]] };
    },
  },
];

/** Applies 1 to `max` random mutations in turn, merging what they touched. */
export function mutate(text, rnd, max = 3) {
  let out = text;
  let touched = [];
  let keepsValues = true;
  const names = [];
  const steps = 1 + rnd.int(max);
  for (let k = 0; k < steps; k++) {
    const m = rnd.pick(MUTATIONS);
    const before = out;
    const r = m.apply(out, rnd);
    // Earlier touched ranges move with the edit: shift those after the first change.
    touched = shiftRanges(touched, before, r.text).concat(r.touched);
    out = r.text;
    keepsValues &&= m.keepsValues;
    names.push(m.name);
  }
  return { text: out, touched, keepsValues, names };
}

/** Moves ranges of `before` into `after`, assuming one contiguous edit (common prefix and suffix). */
function shiftRanges(ranges, before, after) {
  if (ranges.length === 0) return ranges;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  const delta = after.length - before.length;
  const oldEditEnd = before.length - s;
  return ranges.map(([a, b]) => {
    const map = (x) => (x <= p ? x : x >= oldEditEnd ? x + delta : p);
    return [map(a), Math.max(map(a), map(b))];
  });
}

// ---------------------------------------------------------------------------
// Hostile shapes

/** `s` repeated to about `n` UTF-16 units (at least once). */
export const repeatTo = (s, n) => s.repeat(Math.max(1, Math.floor(n / s.length)));

const H3 = '三、收到和处理政府信息公开申请情况\n';
const H2 = '二、主动公开政府信息情况\n';

/**
 * Hostile shapes, each a function of a size `n` (UTF-16 units, about), and
 * the entry point it targets: `text` (xxgk-report) or `html`
 * (xxgk-report/html). A shape may carry `bug`, the name of a known parser bug
 * it shows (none now: the ones this suite found are fixed; see
 * docs/performance.md); the fuzzer leaves such shapes out unless asked.
 */
export const HOSTILE_SHAPES = [
  { name: 'tabs', entry: 'text', make: (n) => '\t'.repeat(n) },
  { name: 'pipes', entry: 'text', make: (n) => '|'.repeat(n) },
  { name: 'lines of tabs', entry: 'text', make: (n) => repeatTo('\t\t\n', n) },
  { name: 'lines of pipes', entry: 'text', make: (n) => repeatTo('|\n', n) },
  { name: 'short lines', entry: 'text', make: (n) => repeatTo('a\n', n) },
  { name: 'short lines of digits', entry: 'text', make: (n) => repeatTo('1\n', n) },
  { name: 'empty lines', entry: 'text', make: (n) => '\n'.repeat(n) },
  { name: 'CR and CRLF line ends', entry: 'text', make: (n) => repeatTo('1\r\r\n\n\t', n) },
  { name: 'one line of Chinese', entry: 'text', make: (n) => repeatTo('政府信息公开', n) },
  { name: 'one line of labels and digits run together', entry: 'text', make: (n) => repeatTo('规章1', n) },
  { name: 'one line of a report run together', entry: 'text', make: (n) => repeatTo('一、总体情况本年度共收到申请12件。二、主动公开政府信息情况规章123行政规范性文件456', n) },
  { name: 'nested <table><tr><td>', entry: 'html', make: (n) => repeatTo('<table><tr><td>', n) },
  { name: 'nested <table><tr><td> as text', entry: 'text', make: (n) => repeatTo('<table><tr><td>', n) },
  { name: '<td> cells', entry: 'html', make: (n) => `<table>${repeatTo('<td>1', n)}` },
  { name: 'HTML rows of table 3', entry: 'html', make: (n) => `<table>${repeatTo('<tr><td>（一）予以公开<td>1<td>2<td>3<td>4<td>5<td>6<td>21', n)}` },
  { name: 'repeated row labels with values', entry: 'text', make: (n) => H3 + repeatTo('（一）予以公开\t1\t2\t3\t4\t5\t6\t21\n', n) },
  { name: 'repeated row labels with conflicting values', entry: 'text', make: (n) => H3 + repeatTo('（一）予以公开\t1\t2\t3\t4\t5\t6\t21\n（一）予以公开\t1\t2\t3\t4\t5\t7\t22\n', n) },
  { name: 'repeated row labels alone', entry: 'text', make: (n) => H3 + repeatTo('（一）予以公开\n', n) },
  { name: 'repeated section headings', entry: 'text', make: (n) => repeatTo('一、总体情况\n', n) },
  { name: 'repeated section headings run together', entry: 'text', make: (n) => repeatTo('一、总体情况', n) },
  { name: 'a digit run', entry: 'text', make: (n) => '1'.repeat(n) },
  { name: 'a digit run in a table-3 row', entry: 'text', make: (n) => `${H3}（一）予以公开\t${'9'.repeat(n)}\t2\t3\t4\t5\t6\t21\n` },
  { name: 'a digit run in a glued row', entry: 'text', make: (n) => `${H3}申请人情况自然人商业企业科研机构（一）予以公开${'1'.repeat(n)}（二）部分公开1234567（三）不予公开1234567` },
  { name: 'glued rows with digit runs that split in many ways', entry: 'text', make: (n) => H3 + repeatTo('（一）予以公开123456789123456 987654321987654', n) },
  { name: '__proto__ and constructor labels', entry: 'text', make: (n) => H3 + repeatTo('__proto__\tconstructor\t1\thasOwnProperty\t2\n（一）__proto__\t1\t2\t3\t4\t5\t6\t21\n', n) },
  { name: '__proto__ in HTML', entry: 'html', make: (n) => `<table>${repeatTo('<tr><td __proto__="1" constructor=2 colspan=constructor>&constructor;&__proto__;<td>1', n)}` },
  { name: 'a row label then blank cells and short text', entry: 'text', make: (n) => `${H3}（一）予以公开${repeatTo('\t\t甲', n)}\n` },
  { name: 'GFM header and delimiter rows, alternating', entry: 'text', make: (n) => repeatTo('a|b\n-|-\n', n) },
  { name: 'one GFM table', entry: 'text', make: (n) => `|a|b|\n|-|-|\n${repeatTo('|1|2|\n', n)}` },
  // Past GFM_TABLE_SIZE_CAP (200 000): the pipe region must be read once, not again from every header line.
  { name: 'GFM header and delimiter rows before a pipe region past the size cap', entry: 'text', make: (n) => repeatTo('a|b\n-|-\n', n) + `${'x'.repeat(999)}|\n`.repeat(201) },
  { name: 'pandoc rulers with rows that never close', entry: 'text', make: (n) => H3 + repeatTo('  ---- ----\n  予以 1\n', n) },
  { name: 'a pandoc ruler over a long run of rows', entry: 'text', make: (n) => `${H3}  -------------- ---- ----\n${repeatTo('  （一）予以公开 1    1\n', n)}` },
  { name: 'pipe rows without a delimiter', entry: 'text', make: (n) => repeatTo('|（一）予以公开|1|2|\n', n) },
  { name: 'box-drawing lines', entry: 'text', make: (n) => repeatTo('│1│\n', n) },
  { name: 'box-drawing rows and rules', entry: 'text', make: (n) => repeatTo('│（一）予以公开│1│\n├──┼──┤\n', n) },
  { name: 'one cell per line', entry: 'text', make: (n) => H3 + repeatTo('\t予以公开\n\t1\n\n', n) },
  { name: 'unmarked cells one per line', entry: 'text', make: (n) => H3 + repeatTo('（一）予以公开\n1\n2\n', n) },
  { name: 'space-aligned rows', entry: 'text', make: (n) => repeatTo('（一）予以公开   1   2   3\n', n) },
  { name: 'a label and many numbers one space apart', entry: 'text', make: (n) => `甲 ${repeatTo('1 ', n)}` },
  { name: 'table-2 cells that are no label', entry: 'text', make: (n) => H2 + repeatTo('甲甲甲甲甲甲甲甲甲甲甲甲1\t\n', n) },
  { name: 'sentences with quantities', entry: 'text', make: (n) => `一、总体情况\n${repeatTo('本年度共收到政府信息公开申请1件，办结2件。', n)}` },
  { name: 'page-chrome labels in the preamble', entry: 'text', make: (n) => `${repeatTo('时间', n)}\n一、总体情况\n` },
  { name: 'HTML tables inside Markdown, opened and never closed', entry: 'html', make: (n) => `${'x'.repeat(2100)}\n${repeatTo('<table>', n)}</table>` },
  { name: 'random UTF-16 units', entry: 'text', make: (n) => randomUnits(createRandom(n), n) },
];

// ---------------------------------------------------------------------------
// Seeds

/**
 * The hand-checked values of a seed, where there are some: `test/fixtures/seeds/<name>.expected.json`
 * for the sample reports, `test/corpus/answers/<name>.json` for the real corpus, and
 * `test/fixtures/layouts/<set>.expected.json` for a converter's output of a layout set.
 */
function expectedFor(root, dir, name) {
  const base = name.replace(/\.(txt|md|html)$/, '');
  const candidates = [join(root, 'test/fixtures/seeds', `${base}.expected.json`), join(root, 'test/corpus/answers', `${base}.json`)];
  // Layout fixtures: <set>-<tool>.txt answers to <set>.expected.json.
  for (let cut = base.length; cut > 0; cut = base.lastIndexOf('-', cut - 1)) candidates.push(join(dir, `${base.slice(0, cut)}.expected.json`));
  for (const file of candidates) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  }
  return null;
}

/** The reports the mutations start from: sample reports, the real corpus, the converter layouts — with their hand-checked values. */
export function loadSeedFiles(root, { corpus = join(root, '..', 'shared', 'corpus', 'real') } = {}) {
  const files = [];
  const add = (dir, filter) => {
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (!filter(name)) continue;
      files.push({
        name: join(dir, name),
        text: readFileSync(join(dir, name), 'utf8'),
        entry: name.endsWith('.html') ? 'html' : 'text',
        expected: expectedFor(root, dir, name),
      });
    }
  };
  add(join(root, 'examples/reports'), (n) => n.endsWith('.txt'));
  add(corpus, (n) => /\.(txt|md|html)$/.test(n));
  add(join(root, 'test/fixtures/layouts'), (n) => /\.(txt|md|html)$/.test(n) && n !== 'README.md');
  return files;
}

// ---------------------------------------------------------------------------
// Fuzz cases

/**
 * Input number `i` of a fuzz run seeded `seed`, made from `(seed, i)` alone:
 * a mutated seed report (most often), an arbitrary string, markup soup for
 * the HTML entry, or (every `hostileEvery`-th input) a hostile shape of a
 * random size up to `hostileSize` — leaving out the shapes of known bugs
 * unless `knownBugs` is set.
 */
export function makeFuzzCase(seed, i, seeds, { maxLength = 4000, hostileEvery = 500, hostileSize = 200_000, knownBugs = false } = {}) {
  const rnd = createRandom(iterationSeed(seed, i));
  if (hostileEvery > 0 && i % hostileEvery === hostileEvery - 1) {
    const shape = rnd.pick(knownBugs ? HOSTILE_SHAPES : HOSTILE_SHAPES.filter((s) => !s.bug));
    const size = 1 + rnd.int(hostileSize);
    return { kind: 'hostile', label: `${shape.name} (${size})`, entry: shape.entry, text: shape.make(size), seedIndex: -1, touched: [], keepsValues: false };
  }
  const r = rnd.next();
  if (r < 0.6 && seeds.length > 0) {
    const seedIndex = rnd.int(seeds.length);
    const m = mutate(seeds[seedIndex].text, rnd, 3);
    return { kind: 'mutated', label: `${seeds[seedIndex].name}: ${m.names.join(', ')}`, entry: seeds[seedIndex].entry, text: m.text, seedIndex, touched: m.touched, keepsValues: m.keepsValues };
  }
  if (r < 0.9) {
    return { kind: 'arbitrary', label: 'arbitrary string', entry: rnd.chance(0.2) ? 'html' : 'text', text: randomInput(rnd, maxLength), seedIndex: -1, touched: [], keepsValues: false };
  }
  let soup = '';
  while (soup.length < maxLength / 4) soup += rnd.pick(['<table>', '<tr>', '<td>', '<th colspan=2>', '<td rowspan=3>', '</td>', '</tr>', '</table>', '<p>', '<br>', '&nbsp;', '&#12;']) + randomTokenSoup(rnd, rnd.int(3));
  return { kind: 'markup', label: 'markup soup', entry: 'html', text: rnd.chance(0.5) ? `<html><body>${soup}` : `${'说明'.repeat(rnd.int(1200))}\n${soup}`, seedIndex: -1, touched: [], keepsValues: false };
}
