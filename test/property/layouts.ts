import { parseReport as parseText, type Report } from '../../src/index.js';
import { parseReport as parseHtml } from '../../src/html.js';
import type { Rendering } from './document.js';
import type { ModelReport } from './model.js';
import type { Noise } from './noise.js';
import { renderPdftotext, renderSpaceAligned } from './render-aligned.js';
import { renderHtml } from './render-html.js';
import { renderPdftotextRaw } from './render-raw.js';
import { renderCellPerLine, renderGfm, renderPipe, renderSofficeText, renderTsv } from './render-rows.js';

/** A layout the parser reads: how to render a report into it, and which parser reads it. */
export interface Layout {
  readonly name: string;
  /** What it imitates. */
  readonly imitates: string;
  readonly render: (report: ModelReport, noise: Noise) => Rendering;
  readonly parse: (text: string) => Report;
}

/** Every layout the properties run over. */
export const layouts: readonly Layout[] = [
  { name: 'tsv', imitates: 'Word table copied as tab-separated rows (seeds 000–002)', render: renderTsv, parse: parseText },
  { name: 'pipe', imitates: 'pipe rows whose cells break over lines (seed 003)', render: renderPipe, parse: parseText },
  { name: 'gfm', imitates: 'pandoc -t gfm pipe tables', render: renderGfm, parse: parseText },
  { name: 'cell-per-line', imitates: "Word's text export: a tab and one cell per line (seed 004)", render: renderCellPerLine, parse: parseText },
  { name: 'soffice-txt', imitates: "LibreOffice's txt:Text export: one cell per line, no tabs", render: renderSofficeText, parse: parseText },
  { name: 'space-aligned', imitates: 'space-aligned columns with wrapped labels', render: renderSpaceAligned, parse: parseText },
  { name: 'pdftotext', imitates: 'pdftotext -layout with form feeds and page footers inside tables', render: renderPdftotext, parse: parseText },
  { name: 'pdftotext-raw', imitates: 'pdftotext without -layout: labels apart from numbers, rowspan blocks column by column', render: renderPdftotextRaw, parse: parseText },
  { name: 'html', imitates: 'HTML with the official rowspan/colspan (Word filtered HTML or a CMS table)', render: renderHtml, parse: parseHtml },
];

/** A layout by name. */
export function layout(name: string): Layout {
  const found = layouts.find((l) => l.name === name);
  if (!found) throw new Error(`no layout ${name}`);
  return found;
}
