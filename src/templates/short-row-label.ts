/**
 * Shortens a template row label: keeps its enumerator (`一、`, `（二）`,
 * `1.`) and the words up to the first `、` or `（` after it:
 * `（二）部分公开（区分处理的，…）` → `（二）部分公开`.
 */
export function shortRowLabel(label: string): string {
  let bodyStart = 0;
  for (let i = 0; i < Math.min(label.length, 5); i++) {
    const ch = label[i];
    if (ch === '、' || ch === '.' || ch === '）') {
      bodyStart = i + 1;
      break;
    }
  }
  for (let i = bodyStart; i < label.length; i++) {
    const ch = label[i];
    if (ch === '、' || ch === '（') return label.slice(0, i);
  }
  return label;
}
