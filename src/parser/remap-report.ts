import type { CellSource, Report } from '../model/report.js';
import type { Span } from '../model/span.js';
import { lineIndexOf } from '../text/line-index.js';
import { sourceOffsetIn, type Rendition } from '../text/rendition.js';

/**
 * Maps every span of a report parsed from a rendition back to the input the
 * user gave: offsets through the rendition's map, line:column recomputed on
 * the input. Section texts stay as rendered (with restored line breaks).
 */
export function remapReport(report: Report, rendition: Rendition, input: string): Report {
  const index = lineIndexOf(input);
  const remap = (span: Span): Span => {
    const start = sourceOffsetIn(rendition.map, span.start);
    const end = Math.max(start, sourceOffsetIn(rendition.map, span.end));
    return index.spanOf(start, end);
  };
  const sources: Record<string, CellSource> = {};
  for (const [path, source] of Object.entries(report.sources) as [string, CellSource][]) sources[path] = { ...source, span: remap(source.span), ...(source.pieces ? { pieces: source.pieces.map(remap) } : {}) };
  return {
    ...report,
    sections: report.sections.map((s) => ({ ...s, span: remap(s.span), bodySpan: remap(s.bodySpan) })),
    tables: report.tables.map((t) => ({ ...t, span: remap(t.span) })),
    sources,
    diagnostics: report.diagnostics.map((d) => ({ ...d, span: remap(d.span) })),
  };
}
