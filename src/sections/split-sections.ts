import type { Section, SectionKind } from '../model/report.js';
import { foldCharCode, isFoldedSpace, labelKey } from '../text/fold.js';
import type { LineIndex } from '../text/line-index.js';
import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';
import { isChineseNumeral } from '../text/chinese-numeral.js';
import { applicationGroups, applicationRows } from '../templates/applications-table.js';
import { matchLabelKey, splitEnumerator } from '../templates/label.js';
import { bareSectionHeadings, sectionHeadings } from './section-headings.js';

/**
 * What a section splitter is given: the input, its lines and a line index.
 *
 * @example
 * ```ts
 * import { createLineIndex, splitLines, splitSections, type SplitInput } from 'xxgk-report';
 * const text = '一、总体情况\n本年度……';
 * const lines = splitLines(text);
 * const input: SplitInput = { text, lines, index: createLineIndex(lines) };
 * splitSections(input)[0]?.text; // '本年度……'
 * ```
 */
export interface SplitInput {
  /** The whole input. */
  readonly text: string;
  /** Its lines (from `splitLines`). */
  readonly lines: readonly Line[];
  /** Line index over the same lines. */
  readonly index: LineIndex;
}

/**
 * A section splitter: from the input to sections in document order.
 *
 * @example
 * ```ts
 * import { createParser, splitSections, type SectionSplitter } from 'xxgk-report';
 * // Take a heading the template does not know, but that speaks of 申请, for section 三:
 * const split: SectionSplitter = (input) =>
 *   splitSections(input).map((s) => (s.kind === 'extra' && s.heading.includes('申请') ? { ...s, kind: 'applications' } : s));
 * // text: examples/reports/000_892e5d3b650a9da1.txt, its heading 三 reworded:
 * const reworded = text.replace('三、收到和处理政府信息公开申请情况', '三、政府信息公开申请办理情况');
 * createParser({ splitSections: split })(reworded).sections[3]?.kind; // 'applications'
 * createParser()(reworded).sections[3]?.kind;                          // 'extra'
 * ```
 */
export type SectionSplitter = (input: SplitInput) => Section[];

/** Longest heading we accept, in label-key characters. */
const MAX_HEADING = 40;
/** Longest heading the template does not know that we still take as a section. */
const MAX_EXTRA_HEADING = 24;

/**
 * A heading found on a line: what it is and its number.
 *
 * @example
 * ```ts
 * import { matchSectionHeading, type HeadingMatch } from 'xxgk-report';
 * const match: HeadingMatch | null = matchSectionHeading('**四、政府信息公开行政复议、行政诉讼情况**');
 * match; // { kind: 'reviewLitigation', number: '四' }
 * ```
 */
export interface HeadingMatch {
  /** The section kind. */
  readonly kind: SectionKind;
  /** The number as printed, e.g. `三`; null for a heading without one. */
  readonly number: string | null;
}

/**
 * Whether a line's key (its units but white space, less the `#`/`*` marks)
 * is longer than a heading can be: told in one pass that stops there, so a
 * paragraph is not folded into a copy just to be measured.
 */
function tooLongForHeading(lineText: string): boolean {
  let units = 0;
  for (let i = 0; i < lineText.length; i++) {
    const code = lineText.charCodeAt(i);
    if (isFoldedSpace(code)) continue;
    const folded = foldCharCode(code);
    if (folded === 0x23 || folded === 0x2a) continue; // # *
    if (++units > MAX_HEADING) return true;
  }
  return false;
}

/**
 * Decides whether a line is a section heading: a top-level number (一、…十、)
 * and words that name a standard section, or one of the standard headings
 * written without its number. Table rows are never headings: lines with tabs
 * or pipes are not considered, and 一、本年新收… names no section.
 *
 * @example
 * ```ts
 * import { matchSectionHeading } from 'xxgk-report';
 * matchSectionHeading('三、收到和处理政府信息公开申请情况'); // { kind: 'applications', number: '三' }
 * matchSectionHeading('## 五、存在的主要问题及改进情况');    // { kind: 'problems', number: '五' }
 * matchSectionHeading('其他需要报告的事项');                  // { kind: 'otherMatters', number: null }
 * matchSectionHeading('七、附件');                            // { kind: 'extra', number: '七' }
 * matchSectionHeading('一、本年新收政府信息公开申请数量');    // null   a row of table 3
 * ```
 */
export function matchSectionHeading(lineText: string): HeadingMatch | null {
  return mayStartHeading(lineText) ? readSectionHeading(lineText) : null;
}

/** The first units of the headings written without their number (总, 主, 收 …). */
const BARE_STARTS: ReadonlySet<number> = /* @__PURE__ */ new Set([...bareSectionHeadings.keys()].map((key) => key.charCodeAt(0)));

/**
 * Whether a line's key, past its `#`/`*` marks, starts where a heading can:
 * with a numeral (一、…十、) or the first unit of a heading written without
 * its number. Told at the line's first units that are not white space:
 * most lines (prose, table rows) start otherwise, and the splitter asks
 * this of every line, which would otherwise be folded into a copy first.
 */
function mayStartHeading(lineText: string): boolean {
  for (let i = 0; i < lineText.length; i++) {
    const code = lineText.charCodeAt(i);
    if (isFoldedSpace(code)) continue;
    const folded = foldCharCode(code);
    if (folded === 0x23 || folded === 0x2a) continue; // # *
    return isChineseNumeral(folded) || BARE_STARTS.has(folded);
  }
  return false;
}

/**
 * {@link matchSectionHeading} without its first-unit shortcut (exported for
 * the test that checks the shortcut gives the same answers).
 *
 * @internal
 */
export function readSectionHeading(lineText: string): HeadingMatch | null {
  if (lineText.includes('\t') || lineText.includes('|')) return null;
  if (tooLongForHeading(lineText)) return null;
  let key = labelKey(lineText);
  // Markdown headings and bold: ## 三、… / **三、…**
  let s = 0;
  while (s < key.length && (key[s] === '#' || key[s] === '*')) s++;
  let e = key.length;
  while (e > s && key[e - 1] === '*') e--;
  key = key.slice(s, e);
  if (key.length === 0 || key.length > MAX_HEADING) return null;
  const last = key[key.length - 1];
  if (last === '。' || last === '；' || last === ';' || last === '，') return null;
  const { enumerator, core } = splitEnumerator(key);
  if (!enumerator.endsWith('、') || enumerator.length < 2) {
    const bare = bareSectionHeadings.get(core);
    return bare && enumerator === '' ? { kind: bare, number: null } : null;
  }
  const number = enumerator.slice(0, -1);
  if (number.charCodeAt(0) < 0x4e00) return null; // 1、 is a list item, not a section
  const entry = matchLabelKey(core, sectionHeadings);
  if (entry) return { kind: entry.key, number };
  let digits = false;
  for (const ch of core) if (ch >= '0' && ch <= '9') digits = true;
  // 三、本年度办理结果 and 四、结转下年度继续办理 are table rows, not sections.
  const isTableLabel = Boolean(matchLabelKey(core, applicationRows) || matchLabelKey(core, applicationGroups));
  if (!digits && !isTableLabel && core.length > 0 && core.length <= MAX_EXTRA_HEADING) return { kind: 'extra', number };
  return null;
}

/**
 * Splits a report into its sections by their headings, in document order;
 * text before the first heading is the `preamble`. Tolerant of title
 * variants, renumbered, added and repeated sections: a heading is known by
 * its words. Table rows that begin with 一、…四、 are not headings.
 *
 * @example
 * ```ts
 * import { createLineIndex, splitLines, splitSections } from 'xxgk-report';
 * const text = '某某局2022年政府信息公开工作年度报告\n一、总体情况\n本年度……\n二、存在的主要问题及改进情况\n无。';
 * const lines = splitLines(text);
 * const sections = splitSections({ text, lines, index: createLineIndex(lines) });
 * sections.map((s) => [s.kind, s.number]); // [['preamble', null], ['overview', '一'], ['problems', '二']]
 * sections[2]?.text;                       // '无。'
 * ```
 */
export function splitSections(input: SplitInput): Section[] {
  const { text, index } = input;
  const lines = lineListOf(input.lines);
  const headings: { line: Line; match: HeadingMatch }[] = [];
  // Indexed: a for-of allocates per line until the loop is optimized (runs once per parse).
  for (let i = 0; i < lines.length; i++) {
    const line = lines.get(i) as Line;
    const match = matchSectionHeading(line.text);
    if (match) headings.push({ line, match });
  }
  const sections: Section[] = [];
  const endOfText = text.length;
  const firstStart = headings[0]?.line.start ?? endOfText;
  if (headings.length === 0 || firstStart > 0) {
    sections.push(makeSection('preamble', null, '', 0, 0, firstStart));
  }
  headings.forEach((h, k) => {
    const next = headings[k + 1];
    const end = next ? next.line.start : endOfText;
    const bodyStart = Math.min(end, nextLineStart(h.line));
    sections.push(makeSection(h.match.kind, h.match.number, h.line.text.trim(), h.line.start, bodyStart, end));
  });
  return sections;

  function nextLineStart(line: Line): number {
    return lines.get(line.index + 1)?.start ?? endOfText;
  }

  function makeSection(kind: SectionKind, number: string | null, heading: string, start: number, bodyStart: number, end: number): Section {
    return {
      kind,
      number,
      heading,
      text: text.slice(bodyStart, end),
      span: index.spanOf(start, end),
      bodySpan: index.spanOf(bodyStart, end),
    };
  }
}
