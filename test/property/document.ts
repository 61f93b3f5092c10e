import { sectionHeadings } from './catalogue.js';
import { templateOf, type ModelReport } from './model.js';
import type { Noise } from './noise.js';
import { logicalTables, type LogicalTable, type ValueSlot } from './tables.js';

/**
 * Writes a rendering and remembers where every value cell went, so a
 * property can check each number against the parsed report's spans.
 */

/** A value cell as placed in the rendered text. */
export interface PlacedValue {
  readonly path: string;
  /** The model value. */
  readonly value: number;
  /** The number written, or null (blank, placeholder). */
  readonly shown: number | null;
  /** How it was written. */
  readonly style: ValueSlot['style'];
  /** Offsets of the number's characters in the rendered text (start = end for a cell with no number). */
  readonly start: number;
  readonly end: number;
}

/** A rendered report: the text a converter would have made, and where the values went. */
export interface Rendering {
  /** Layout name (for recall statistics and messages). */
  readonly layout: string;
  readonly text: string;
  readonly placed: readonly PlacedValue[];
  /** Ids of the labels (catalogue keys) the noise broke over lines. */
  readonly brokenLabels: readonly string[];
}

/** An append-only writer of text with value cells. */
export interface Writer {
  /** Current length of the text. */
  readonly length: number;
  /** Appends text; `\n` becomes the noise's line end. */
  text(s: string): void;
  /** Appends a value cell's text and records where its number is. */
  value(slot: ValueSlot): void;
  /** The text written so far ends with … */
  endsWith(s: string): boolean;
  /** Finishes the rendering. */
  done(layout: string, brokenLabels: readonly string[]): Rendering;
}

/** A writer with the noise's line ends. */
export function createWriter(noise: Noise): Writer {
  const eol = noise.crlf ? '\r\n' : '\n';
  let out = '';
  const placed: PlacedValue[] = [];
  return {
    get length() {
      return out.length;
    },
    text(s) {
      out += eol === '\n' ? s : s.split('\n').join(eol);
    },
    value(slot) {
      const start = out.length;
      out += slot.text;
      const [from, to] = slot.digits ?? [0, 0];
      placed.push({ path: slot.path, value: slot.value, shown: slot.shown, style: slot.style, start: start + from, end: start + to });
    },
    endsWith(s) {
      return out.endsWith(eol === '\n' ? s : s.split('\n').join(eol));
    },
    done(layout, brokenLabels) {
      return { layout, text: out, placed, brokenLabels };
    },
  };
}

/** How a layout writes the parts of a report. */
export interface DocumentStyle {
  /** Text before anything (a BOM, an HTML head). */
  readonly start?: (w: Writer) => void;
  /** The title: one line, or two pieces when the noise splits it. */
  readonly title: (w: Writer, pieces: readonly string[]) => void;
  readonly heading: (w: Writer, text: string) => void;
  readonly paragraph: (w: Writer, text: string) => void;
  readonly table: (w: Writer, table: LogicalTable) => void;
  /** Text after everything. */
  readonly end?: (w: Writer) => void;
  /** Narrative numbers with spaces around them, as pdftotext prints them (`申请 3694 件`). */
  readonly spacedNumbers?: boolean;
}

/** Sum of a table-3 row's 总计, or of table 4 cells, for the narrative. */
function total(report: ModelReport, row: string): number {
  return report.applications.get(row)?.[6] ?? 0;
}

/**
 * A whole report in one layout: a title line, the preamble, the six section
 * headings with a little narrative, and tables 2, 3 and 4 where real reports
 * have them. The narrative's numbers agree with the tables.
 */
export function renderDocument(report: ModelReport, noise: Noise, style: DocumentStyle, layout: string): Rendering {
  const w = createWriter(noise);
  const tables = logicalTables(report, noise);
  const n = (v: number): string => (style.spacedNumbers ? ` ${v} ` : String(v));
  const headings = sectionHeadings(templateOf(report.kind));
  const title = `${report.organization}${report.year}年政府信息公开工作年度报告`;
  style.start?.(w);
  style.title(w, noise.titleSplit ? [`${report.year}年${report.organization}`, '政府信息公开工作年度报告'] : [title]);
  style.paragraph(w, `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。报告所列数据的统计期限自${n(report.year)}年1月1日起至${n(report.year)}年12月31日止。`);
  style.heading(w, headings[0] as string);
  style.paragraph(w, `${n(report.year)}年，${report.organization}认真贯彻落实《条例》，坚持以公开为常态、不公开为例外，全面推进政务公开工作。`);
  style.heading(w, headings[1] as string);
  style.table(w, tables.proactive);
  style.paragraph(w, '注：本表数据由各业务科室统计汇总。');
  style.heading(w, headings[2] as string);
  style.paragraph(w, `本年度新收政府信息公开申请${n(total(report, 'newReceived'))}件，上年结转${n(total(report, 'carriedOver'))}件，办结${n(total(report, 'total'))}件，结转下年度继续办理${n(total(report, 'carriedForward'))}件。`);
  style.table(w, tables.applications);
  style.heading(w, headings[3] as string);
  const rl = report.reviewLitigation;
  const suits = (rl.get('directSuit')?.[4] ?? 0) + (rl.get('suitAfterReview')?.[4] ?? 0);
  style.paragraph(w, `全年因政府信息公开工作被申请行政复议${n(rl.get('review')?.[4] ?? 0)}件，被提起行政诉讼${n(suits)}件。`);
  style.table(w, tables.reviewLitigation);
  style.heading(w, headings[4] as string);
  style.paragraph(w, '一是公开内容的针对性和实用性有待提升；二是政策解读形式还不够丰富。下一步，将进一步加强业务培训，提升政务公开工作质量。');
  style.heading(w, headings[5] as string);
  style.paragraph(w, '本年度未收取信息处理费。无其他需要报告的事项。');
  style.end?.(w);
  return w.done(layout, tables.brokenLabels);
}
