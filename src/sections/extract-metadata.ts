import type { ReportMeta, Section } from '../model/report.js';
import { labelKey } from '../text/fold.js';
import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';

/** The metadata found in the text; the template is decided later, from the tables. */
export type FoundMeta = Omit<ReportMeta, 'template'>;

/** Lines of the preamble we look at for a title. */
const TITLE_LOOKAHEAD = 12;
/** How much of a line we read for a title (a crawler's page run into one line). */
const MAX_TITLE_LINE = 8000;
/** Longest title we accept, in characters. */
const MAX_TITLE = 80;
/** How far before 年度报告 a stated title may begin. */
const MAX_STATED_TITLE = 60;

const SENTENCE_END = ['。', '；', ';', '！', '？'];

/**
 * Reads the preamble: the title (printed on one line, split over lines, or
 * only stated in a sentence such as 现公布XX2020年政府信息公开工作年度报告),
 * the organization and year from the title, 发布时间 and 信息来源 lines, and
 * the 统计期限 sentence.
 */
export function extractMetadata(text: string, lines: readonly Line[], sections: readonly Section[]): FoundMeta {
  const firstHeading = sections.find((s) => s.kind !== 'preamble');
  const preambleEnd = firstHeading ? firstHeading.span.start : Math.min(text.length, 4000);
  // The lines up to the preamble's end (later ones start past it, so none of them is in it).
  const all = lineListOf(lines);
  const preambleLines: Line[] = [];
  for (let i = 0; i < all.length; i++) {
    const l = all.get(i) as Line;
    if (l.start > preambleEnd) break;
    if (l.end <= preambleEnd || l.start < preambleEnd) preambleLines.push(l);
  }
  const title = findPrintedTitle(preambleLines) ?? findStatedTitle(text.slice(0, preambleEnd));
  const publishedAt = dateAtStart(findLabelledValue(preambleLines, ['发布时间', '发布日期', '成文日期', '时间']));
  const source = firstToken(findLabelledValue(preambleLines, ['信息来源', '来源']));
  const statisticsPeriod = findStatisticsPeriod(text.slice(0, Math.max(preambleEnd, Math.min(text.length, 6000))));
  const year = title ? yearIn(title) : null;
  const organization = title ? organizationIn(title) : null;
  return {
    title,
    organization: organization ?? source,
    year: year ?? (statisticsPeriod ? yearIn(statisticsPeriod) : null),
    publishedAt,
    source,
    statisticsPeriod,
  };
}

function isTitleLike(t: string): boolean {
  // A sentence end anywhere (…年度报告。本报告由…) makes a fragment, not a title.
  return t.length > 0 && t.length <= MAX_TITLE && !SENTENCE_END.some((p) => t.includes(p)) && !t.includes('，');
}

/** Crawler metadata lines before the article: `标题：…` gives the title; the others are no title. */
const CRAWLER_TITLE = ['标题：', '标题:'];
const CRAWLER_OTHER = ['原始链接', '发布时间', '正文：', '正文:', '来源：', '来源:', '链接：', '链接:'];

/**
 * A line without the markup converters leave in it: HTML tags (`<span
 * style=…>`, also a tag begun on the line above: `style="…">标题</span>`),
 * pandoc spans and attributes (`[标题]{style="…"}`, `{#id …}`), fenced divs
 * (`::: TRS_Editor`) and `**`. One pass, no regex.
 */
export function withoutMarkup(line: string): string {
  const t = line.trim();
  if (t.startsWith(':::')) return '';
  let out = '';
  let i = 0;
  // The end of a tag begun on the line above: `style="…">`.
  const close = t.indexOf('>');
  const open = t.indexOf('<');
  if (close >= 0 && (open < 0 || close < open) && t.slice(0, close).includes('="')) i = close + 1;
  while (i < t.length) {
    const ch = t[i] as string;
    if (ch === '<') {
      const end = t.indexOf('>', i);
      if (end < 0) break; // a tag that goes on to the next line
      i = end + 1;
    } else if (ch === '{' && (t[i - 1] === ']' || t[i + 1] === '#' || t[i + 1] === '.' || t.startsWith('style=', i + 1))) {
      const end = t.indexOf('}', i);
      if (end < 0) break;
      i = end + 1;
    } else if (ch === '[' || ch === ']' || (ch === '*' && t[i + 1] === '*')) {
      i += ch === '*' ? 2 : 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out.trim();
}

/** The title-bearing text of a preamble line: markup removed, a crawler's `标题：` prefix too. */
function titleText(line: string): string {
  const t = withoutMarkup(line);
  for (const p of CRAWLER_TITLE) if (t.startsWith(p)) return t.slice(p.length).trim();
  if (CRAWLER_OTHER.some((p) => t.startsWith(p))) return '';
  return t;
}

/**
 * A title with a section heading run onto it (an HTML rendering of Markdown
 * whose blank lines were white space: `…年度报告 一、总体情况`) cut after 报告.
 */
function beforeHeading(title: string): string {
  const at = title.lastIndexOf('报告');
  if (at < 0) return title;
  const rest = title.slice(at + 2).trimStart();
  return /^[一二三四五六][、.．]/.test(rest) ? title.slice(0, at + 2) : title;
}

/** The first short line that names a report; joined with the line above when split. */
function findPrintedTitle(preamble: readonly Line[]): string | null {
  // Lines as they read once markup is gone; only their text is looked at.
  const candidates: string[] = [];
  for (const l of preamble) {
    if (candidates.length >= TITLE_LOOKAHEAD) break;
    // A whole page run into one line: its title is among the first chunks.
    const t = titleText(l.text.length > MAX_TITLE_LINE ? l.text.slice(0, MAX_TITLE_LINE) : l.text);
    if (t !== '') candidates.push(t);
  }
  for (let k = 0; k < candidates.length; k++) {
    const raw = candidates[k] as string;
    if (raw.trim().length > MAX_TITLE) {
      // A whole page run into one line: the title is among its first chunks.
      const chunked = titleAmongChunks(raw);
      if (chunked) return chunked;
      continue;
    }
    const t = beforeHeading(stripMarks(lastTitleChunk(raw)));
    if (!isTitleLike(t)) continue;
    if (!t.includes('报告') || t.startsWith('本报告') || t.startsWith('根据')) continue;
    const above = k > 0 ? stripMarks(candidates[k - 1] as string) : '';
    const aboveJoins = isTitleLike(above) && !above.includes('报告') && above.length <= 40;
    // 淮安市人民政府 / 2024 年政府信息公开工作年度报告: the body is on the line above.
    if (aboveJoins && startsWithYear(t) && yearIn(above) === null) return above + t;
    if (yearIn(t) !== null || k === 0) return t;
    // 2022年永州市人民政府办公室 / 信息公开工作年度报告: the year is on the line above.
    if (aboveJoins && yearIn(above) !== null) return above + t;
    return t;
  }
  return null;
}

/**
 * A crawler puts the page's breadcrumb before the title on one line
 * (首页政务公开…政府信息公开年报 平潭综合实验区2013年信息公开年度报告): keep the last
 * space-separated chunk that names a report with its year.
 */
function lastTitleChunk(line: string): string {
  const chunks = line.trim().split(/[ \u3000]+/);
  for (let k = chunks.length - 1; k > 0; k--) {
    const chunk = chunks[k] as string;
    if (chunk.includes('报告') && yearIn(chunk) !== null) return chunk;
  }
  return line;
}

/** Words that begin the body's first sentence: the title comes before them. */
const BODY_STARTS = ['根据', '本报告', '按照', '依据', '为了', '现将'];

/**
 * The title in a line that holds a whole page (crawler text): among the
 * space-separated chunks before the first sentence — breadcrumbs, page
 * headline, 来源/时间 chrome, the document's own heading — the last that names
 * a report with its year; a heading split as `平潭综合实验区 2014年度…报告` is
 * joined.
 */
function titleAmongChunks(line: string): string | null {
  const chunks = line.trim().split(/[ \u3000]+/);
  let found: string | null = null;
  for (let k = 0; k < chunks.length && k < MAX_TITLE_CHUNKS; k++) {
    const chunk = chunks[k] as string;
    if (BODY_STARTS.some((w) => chunk.startsWith(w)) || chunk.length > MAX_TITLE) break;
    if (!chunk.includes('报告') || yearIn(chunk) === null) continue;
    const before = chunks[k - 1] ?? '';
    const joinable = startsWithYear(chunk) && before.length > 0 && before.length <= 40 && yearIn(before) === null && !/[:：报]/.test(before);
    found = joinable ? before + chunk : chunk;
  }
  return found;
}

/** How many chunks of a run-together line we look at for a title. */
const MAX_TITLE_CHUNKS = 40;

/** True when the title begins with its year (2024年…), i.e. names no body before it. */
function startsWithYear(t: string): boolean {
  const y = yearIn(t);
  return y !== null && labelKey(t).startsWith(String(y));
}

/** Removes Markdown marks and white space that layouts put inside titles. */
function stripMarks(line: string): string {
  let t = line.trim();
  while (t.startsWith('#') || t.startsWith('*')) t = t.slice(1).trim();
  while (t.endsWith('*')) t = t.slice(0, -1).trim();
  return labelKey(t) === '' ? '' : t.replace(/[\s\u3000]+/g, '');
}

/** A title stated in a sentence: 现公布XX2020年政府信息公开工作年度报告。 */
function findStatedTitle(preamble: string): string | null {
  const endWord = '年度报告';
  const at = preamble.indexOf(endWord);
  if (at < 0) return null;
  const from = Math.max(0, at - MAX_STATED_TITLE);
  const window = preamble.slice(from, at);
  let lead = -1;
  for (const word of ['公布', '发布', '现将', '印发']) {
    const k = window.lastIndexOf(word);
    if (k >= 0 && k + word.length > lead) lead = k + word.length;
  }
  let cut = lead;
  for (const p of ['。', '，', '：', ':', '《', '>']) {
    const k = window.lastIndexOf(p);
    if (k >= 0 && k + 1 > cut) cut = k + 1;
  }
  // After 现公布 the sentence may wrap (a PDF's line: 现公布某某县农业农村局 /
  // 2020 年政府信息公开工作年度报告。): the title runs on over the line break.
  // Without a lead word a line start begins the title.
  const lineStart = window.lastIndexOf('\n');
  if (lineStart >= 0 && lineStart + 1 > cut && (lead < 0 || cut > lead)) cut = lineStart + 1;
  if (cut < 0) return null;
  const joined = joinWrappedLines(window.slice(cut) + endWord);
  // Right after 现公布 the sentence names the report whole: a space in it is
  // a PDF's spacing around a number (现公布某某县水利局 2020 / 年…), not a
  // breadcrumb before the title, so no chunk is dropped.
  const title = withoutMarkup(cut === lead ? joined : lastTitleChunk(joined)).replace(/[\s\u3000]+/g, '');
  return yearIn(title) !== null && isTitleLike(title) ? title : null;
}

/** Text with its line breaks (and the white space around them) removed: a wrapped sentence as one line. */
function joinWrappedLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('');
}

/** The first 4-digit year written before 年 (2022年, 2022年度). */
export function yearIn(s: string): number | null {
  const folded = labelKey(s);
  for (let i = 0; i + 4 < folded.length; i++) {
    if (folded[i + 4] !== '年') continue;
    const y = folded.slice(i, i + 4);
    if ((y.startsWith('19') || y.startsWith('20')) && /^\d{4}$/.test(y)) {
      const before = folded[i - 1] ?? '';
      if (before < '0' || before > '9') return Number(y);
    }
  }
  return null;
}

/** The organization in a title: before its year, or between the year and 政府信息公开. */
function organizationIn(title: string): string | null {
  const year = yearIn(title);
  if (year === null) return null;
  const at = title.indexOf(String(year));
  if (at > 0) return title.slice(0, at).trim() || null;
  // `2020 年…` (a PDF's spacing): the space is not part of the organization.
  let rest = title.slice(at + 4).trimStart();
  if (rest.startsWith('年度')) rest = rest.slice(2);
  else if (rest.startsWith('年')) rest = rest.slice(1);
  for (const tail of ['政府信息公开', '政务公开', '信息公开', '年度报告']) {
    const k = rest.indexOf(tail);
    if (k > 0) return rest.slice(0, k).trim() || null;
  }
  return null;
}

/**
 * `发布时间: 2021-02-22`, `发布时间:` with the value on the next line, or a
 * label after others on a line of page chrome (`来源：XX办公室 时间：2025-03-10`).
 */
function findLabelledValue(preamble: readonly Line[], labels: readonly string[]): string | null {
  for (let k = 0; k < preamble.length; k++) {
    const t = (preamble[k] as Line).text.trim();
    for (const label of labels) {
      const at = labelAt(t, label);
      if (at < 0) continue;
      let rest = t.slice(at + label.length).trim();
      if (rest.startsWith(':') || rest.startsWith('：')) rest = rest.slice(1).trim();
      else if (rest !== '') continue;
      if (rest !== '') return cutAtNextLabel(rest);
      for (let j = k + 1; j < preamble.length && j <= k + 2; j++) {
        const next = (preamble[j] as Line).text.trim();
        if (next !== '') return cutAtNextLabel(next);
      }
    }
  }
  return null;
}

/** Where a label starts a line or follows white space, with a colon or the end after it; -1 when nowhere. */
function labelAt(line: string, label: string): number {
  let k = line.indexOf(label);
  while (k >= 0) {
    const before = k === 0 ? ' ' : (line[k - 1] as string);
    const after = line.slice(k + label.length).trimStart();
    if ((before === ' ' || before === '\u3000') && (after === '' || after.startsWith(':') || after.startsWith('：'))) return k;
    k = line.indexOf(label, k + 1);
  }
  return -1;
}

/** `2022-02-08 16:34 微信 微博…` → `2022-02-08 16:34`: page chrome runs on after the date. */
function dateAtStart(value: string | null): string | null {
  if (value === null) return null;
  const m = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/.exec(value);
  return m ? m[0] : value.length <= 20 ? value : null;
}

/** A source is a name: it ends at the first white space (what follows is page chrome). */
function firstToken(value: string | null): string | null {
  if (value === null) return null;
  const token = value.split(/[ \u3000]/)[0] ?? '';
  return token === '' ? null : token;
}

/** Labels that page chrome puts on the same line as 来源 and 时间. */
const CHROME_LABELS = ['发布时间', '发布日期', '信息来源', '来源', '时间', '浏览次数', '点击数', '字号', '作者', '【'];

/** `平潭综合实验区管委会办公室 时间：2025-03-10 15:35` → the value before the next label. */
function cutAtNextLabel(value: string): string {
  let end = value.length;
  for (const label of CHROME_LABELS) {
    for (const colon of ['：', ':']) {
      const k = value.indexOf(label + colon);
      if (k > 0 && k < end) end = k;
    }
  }
  return value.slice(0, end).trim();
}

/** Longest statistics period we read, in characters after 统计期限. */
const MAX_PERIOD = 60;

/**
 * 统计期限为2020年1月1日至12月31日 → 2020年1月1日至12月31日. A line wrapped
 * right after 为 (pdftotext -layout wraps the sentence where the line is
 * full), or inside the period before its last 日, goes on on the next line.
 */
function findStatisticsPeriod(head: string): string | null {
  const at = head.indexOf('统计期限');
  if (at < 0) return null;
  // Spaces around the lead (为, ：, 自 …); a line break after it is the line's end, below.
  let rest = trimSpaces(head.slice(at + 4, at + 4 + MAX_PERIOD));
  for (const lead of ['为', '是', '：', ':', '自', '从']) if (rest.startsWith(lead)) rest = trimSpaces(rest.slice(lead.length));
  if (rest.startsWith('自') || rest.startsWith('从')) rest = trimSpaces(rest.slice(1));
  const first = upToEnd(rest);
  let period = first.text.trim();
  // Cut by the line's end before the period's own (…1月1日至 / 2025年12月31日): the next line goes on with it.
  if (first.atLineEnd && !period.endsWith('日') && !period.endsWith('止')) {
    period = `${period}${upToEnd(nextLineIfDate(rest.slice(first.text.length + 1))).text.trim()}`;
  }
  return period === '' ? null : period;
}

/** The next line, when it goes on with a date (a digit first); else nothing (a heading, the next sentence). */
function nextLineIfDate(next: string): string {
  const line = next.trimStart();
  const c = line.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) ? line : '';
}

/** The text without its leading spaces and tabs (line breaks kept). */
function trimSpaces(text: string): string {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000' || text[i] === '\r')) i++;
  return text.slice(i);
}

/** The text up to the first sentence mark, bracket or line end, and whether the line's end came first. */
function upToEnd(rest: string): { text: string; atLineEnd: boolean } {
  let end = rest.length;
  for (const p of ['。', '，', ',', '；', ';', '\n', '）', ')']) {
    const k = rest.indexOf(p);
    if (k >= 0 && k < end) end = k;
  }
  return { text: rest.slice(0, end), atLineEnd: rest[end] === '\n' };
}
