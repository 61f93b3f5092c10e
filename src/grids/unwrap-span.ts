import { cellOf, type Cell } from './grid.js';

/**
 * pandoc's Markdown writer keeps a Word run's style as a bracketed span,
 * `[2987]{style="font-size:10.5pt;font-family:宋体"}`: the cell is the text
 * inside the brackets (its offsets too), not the attributes. A blank span
 * (`[ ]{…}`, a no-break space) is a blank cell. Anything else is left as it is.
 */
export function unwrapSpan(text: string, cell: Cell): Cell {
  const t = cell.text;
  if (t.length < 4 || t[0] !== '[' || t[t.length - 1] !== '}') return cell;
  const close = t.lastIndexOf(']{');
  if (close < 1 || t.indexOf('}', close + 2) !== t.length - 1) return cell;
  return cellOf(text, cell.start + 1, cell.start + close);
}
