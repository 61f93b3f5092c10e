import type { Disturbance } from './disturbance.js';

/** How many disturbances a message names; the field lists them all (one per code and path). */
const NAMED_IN_MESSAGE = 3;

function listZh(items: readonly Disturbance[]): string {
  const named = items.slice(0, NAMED_IN_MESSAGE).map((d) => `${d.code}（第${d.line}行）`);
  return named.join('、') + (items.length > NAMED_IN_MESSAGE ? `等${items.length}处` : '');
}

function listEn(items: readonly Disturbance[]): string {
  const named = items.slice(0, NAMED_IN_MESSAGE).map((d) => `${d.code} at ${d.line}:${d.column}`);
  return named.join(', ') + (items.length > NAMED_IN_MESSAGE ? ` and ${items.length - NAMED_IN_MESSAGE} more` : '');
}

/**
 * The clause a finding's message gets, in Chinese and English: which blank
 * cells the reading made blank, whether the others are blank in the source
 * (for a finding with blank cells), and which values were read with a
 * caveat.
 */
export function disturbanceClause(disturbances: readonly Disturbance[], blankInSource: boolean): { zh: string; en: string } {
  const causes = disturbances.filter((d) => d.blank);
  const doubts = disturbances.filter((d) => !d.blank);
  const zh: string[] = [];
  const en: string[] = [];
  if (causes.length > 0) {
    zh.push(`空值系读取所致：${listZh(causes)}`);
    en.push(`null because of the reading: ${listEn(causes)}`);
  }
  if (blankInSource) {
    zh.push(causes.length > 0 ? '其余空格原文即为空白' : '空格原文即为空白');
    en.push(causes.length > 0 ? 'the other blanks are blank in the source' : 'the blanks are blank in the source');
  }
  if (doubts.length > 0) {
    zh.push(`读取存疑：${listZh(doubts)}`);
    en.push(`the parser flagged: ${listEn(doubts)}`);
  }
  return { zh: `（${zh.join('；')}）`, en: ` (${en.join('; ')})` };
}
