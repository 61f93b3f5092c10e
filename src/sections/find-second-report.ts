import type { Section } from '../model/report.js';
import type { Line } from '../text/split-lines.js';
import { lineListOf } from '../text/line-table.js';

/** The words every report title ends in (…政府信息公开工作年度报告). */
const TITLE_WORDS = '政府信息公开工作年度报告';
/** Longest line taken for a printed title: a sentence that quotes the title is longer, or has a comma. */
const MAX_TITLE_LINE = 80;
const SENTENCE_MARKS = ['。', '；', ';', '，', '！', '？'];

/** Whether a line is a title standing on its own (not a sentence that quotes one). */
function isTitleLine(text: string): boolean {
  if (text.length > MAX_TITLE_LINE * 2 || !text.includes(TITLE_WORDS)) return false;
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_TITLE_LINE || t.includes('\t') || t.includes('|')) return false;
  return !SENTENCE_MARKS.some((p) => t.includes(p));
}

/**
 * Finds where a second report begins in a text that holds several (two
 * pages saved into one file, a crawler that joined two years): the title line
 * of the second of two reports that each have their own title, then their own
 * 一、总体情况 and then their own 三、收到和处理政府信息公开申请情况. A title
 * repeated as a page header, or quoted in the text, does not count: only a
 * title followed by a second set of sections does. One pass over the lines
 * and the sections, both in document order.
 *
 * ```text
 *   某市2021年政府信息公开工作年度报告     title        → candidate
 *   一、总体情况                           overview     → waits for 三、
 *   三、收到和处理政府信息公开申请情况      applications → one report
 * > 某市2022年政府信息公开工作年度报告     title        → candidate
 *   一、总体情况 … 三、…                                → two: returned
 * ```
 *
 * @returns the title line of the second report, or `undefined` for one report (or none).
 */
export function findSecondReport(lines: readonly Line[], sections: readonly Section[]): Line | undefined {
  type State = 'beforeTitle' | 'beforeOverview' | 'beforeApplications';
  let state = 'beforeTitle' as State;
  let candidate: Line | undefined;
  let reports = 0;
  let s = 0;
  const step = (section: Section): Line | undefined => {
    if (section.kind === 'overview' && state === 'beforeOverview') state = 'beforeApplications';
    else if (section.kind === 'applications' && state === 'beforeApplications') {
      reports++;
      state = 'beforeTitle';
      if (reports === 2) return candidate;
    }
    return undefined;
  };
  const list = lineListOf(lines);
  for (let i = 0; i < list.length; i++) {
    const line = list.get(i) as Line;
    // Sections whose heading comes before this line, in order.
    while (s < sections.length && (sections[s] as Section).span.start < line.start) {
      const found = step(sections[s] as Section);
      s++;
      if (found) return found;
    }
    if (state !== 'beforeApplications' && isTitleLine(line.text)) {
      // The title nearest before 一、总体情况 is the report's (page headers before it are passed over).
      candidate = line;
      state = 'beforeOverview';
    }
  }
  for (; s < sections.length; s++) {
    const found = step(sections[s] as Section);
    if (found) return found;
  }
  return undefined;
}
