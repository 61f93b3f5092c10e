import { renderDocument, type Rendering, type Writer } from './document.js';
import type { ModelReport } from './model.js';
import type { Noise } from './noise.js';
import type { LogicalTable, TableCell, ValueSlot } from './tables.js';

/**
 * HTML as government sites publish it: the official tables with rowspan and
 * colspan, in the two styles of the layout fixtures — Word's filtered HTML
 * (flavour bit 0: `class=MsoNormal`, `width=`, a `<p>` in every cell, font
 * `<span>`s and `<o:p>`) or a plain CMS table. A broken label becomes two
 * `<p>` (flavour bit 1) or a `<br>`; a blank cell is `&nbsp;` (bit 2) or empty;
 * numbers sit in Word's `<span lang=EN-US>` (bit 3).
 */

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A value cell's HTML and where its number is in it. */
function valueHtml(slot: ValueSlot, noise: Noise): ValueSlot {
  if (slot.style === 'blank') return { ...slot, text: noise.flavor & 4 ? '&nbsp;' : '' };
  if (slot.style === 'padded' && slot.digits) {
    const inner = slot.text.slice(slot.digits[0], slot.digits[1]);
    return { ...slot, text: `&nbsp;${inner}&nbsp;`, digits: [6, 6 + inner.length] };
  }
  return slot;
}

function cellHtml(w: Writer, cell: TableCell, noise: Noise): void {
  const word = noise.flavor & 1;
  const spans = `${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}`;
  w.text(word ? `<td width=${48 * cell.colspan}${spans} style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>` : `<td${spans}>`);
  if (cell.kind === 'value') {
    const slot = valueHtml(cell.value as ValueSlot, noise);
    const span = noise.flavor & 8; // Word wraps numbers in <span lang=EN-US>
    w.text(`${word ? '<p class=MsoNormal align=center>' : ''}${span ? '<span lang=EN-US style=\'font-size:10.5pt\'>' : ''}`);
    w.value(slot);
    w.text(`${span ? '</span>' : ''}${word ? '</p>' : ''}`);
  } else {
    const pieces = cell.parts.map(escapeHtml);
    const font = (t: string): string => (word && cell.kind === 'label' ? `<span style='font-family:仿宋_GB2312'>${t}<o:p></o:p></span>` : t);
    if (noise.flavor & 2 || word) w.text(pieces.map((p) => `<p class=MsoNormal>${font(p)}</p>`).join(''));
    else w.text(pieces.join('<br>'));
  }
  w.text('</td>');
}

function tableHtml(noise: Noise) {
  return (w: Writer, table: LogicalTable): void => {
    w.text(noise.flavor & 1 ? `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n` : '<table border="1">\n<tbody>\n');
    for (const row of table.rows) {
      w.text('<tr>');
      for (const cell of row) cellHtml(w, cell, noise);
      w.text('</tr>\n');
    }
    w.text(noise.flavor & 1 ? '</table>\n' : '</tbody>\n</table>\n');
  };
}

/** A report page in HTML with the official table structure. */
export function renderHtml(report: ModelReport, noise: Noise): Rendering {
  const word = noise.flavor & 1;
  const p = (text: string, bold = false): string =>
    word
      ? `<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">${bold ? '<b>' : ''}<span style="font-size:12pt;font-family:${bold ? '黑体' : '仿宋_GB2312'}">${escapeHtml(text)}</span>${bold ? '</b>' : ''}</p>\n`
      : `<p>${bold ? '<strong>' : ''}${escapeHtml(text)}${bold ? '</strong>' : ''}</p>\n`;
  return renderDocument(
    report,
    noise,
    {
      start: (w) => w.text(word ? '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body lang="ZH-CN">\n<div class="WordSection1">\n' : '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>\n'),
      title: (w, pieces) => w.text(word ? `<p class="MsoNormal" align="center"><span style="font-size:22.0pt">${pieces.map(escapeHtml).join('<br>')}</span></p>\n` : `<h1>${pieces.map(escapeHtml).join('<br>')}</h1>\n`),
      heading: (w, text) => w.text(p(text, true)),
      paragraph: (w, text) => w.text(p(text)),
      table: tableHtml(noise),
      end: (w) => w.text(word ? '</div>\n</body>\n</html>\n' : '</body></html>\n'),
    },
    'html',
  );
}
