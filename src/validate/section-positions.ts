import type { Section } from '../model/report.js';
import type { Span } from '../model/span.js';

/** Maps offsets inside `section.text` to spans in the input. */
export type SectionPositions = (start: number, end: number) => Span;

/**
 * Positions for a slice of a section's body: an offset in `section.text`
 * plus `section.bodySpan.start` is an offset in the input, and line:column
 * count line breaks (LF, CRLF or lone CR, as `splitLines`) from
 * `bodySpan`'s line and column. Built once per section in one pass; each
 * lookup is a binary search.
 *
 * This holds when the section's text is the input's own slice — plain text,
 * and crawler text whose headings a reader put back on their own lines (its
 * line breaks fall at the ends of section bodies, past the input's slice).
 * A section rendered otherwise (an HTML page: tags gone, entities decoded)
 * has a text that is not the slice its `bodySpan` covers, and no map is
 * kept in the model; then every offset gets the whole body's span rather
 * than a wrong line:column.
 *
 * @example
 * ```ts
 * const at = createSectionPositions(section);
 * at(10, 14); // { start: bodyStart + 10, end: bodyStart + 14, line, column }
 * ```
 */
export function createSectionPositions(section: Section): SectionPositions {
  const text = section.text ?? '';
  const base = section.bodySpan;
  const length = base.end - base.start;
  if (text.length < length || text.slice(length).trim() !== '') return () => ({ ...base });
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue; // CRLF: break after the LF
    if (c === 0x0a || c === 0x0d) lineStarts.push(i + 1);
  }
  return (start, end) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= start) lo = mid;
      else hi = mid - 1;
    }
    const column = lo === 0 ? base.column + start : start - (lineStarts[lo] ?? 0) + 1;
    return { start: base.start + start, end: base.start + end, line: base.line + lo, column };
  };
}
