import { defaultRecognizers, findGrids, parseCellValue, splitLines, type Report } from '../../src/index.js';

/**
 * The numeric cells inside the report's table sections that are neither a
 * model value (covered by a source span) nor named by a diagnostic — the
 * numbers a parser would have dropped silently. Should always be empty.
 */
export function unaccountedNumbers(text: string, report: Report): string[] {
  const lines = splitLines(text);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const covered = [...Object.values(report.sources).map((s) => s.span), ...report.diagnostics.map((d) => d.span)];
  const missing: string[] = [];
  for (const section of report.sections) {
    if (section.kind !== 'proactive' && section.kind !== 'applications' && section.kind !== 'reviewLitigation') continue;
    const from = lineOf(section.bodySpan.start);
    const to = section.span.end >= text.length ? lines.length : lineOf(section.span.end);
    for (const grid of findGrids(text, lines, from, to, defaultRecognizers)) {
      for (const cell of grid.rows.flat()) {
        if (parseCellValue(cell.text).kind !== 'number') continue;
        const ok = covered.some((s) => s.start <= cell.start && cell.end <= s.end);
        if (!ok) missing.push(`${cell.text}@${cell.start}`);
      }
    }
  }
  return missing;
}
