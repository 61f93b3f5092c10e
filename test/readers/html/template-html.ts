import { applicationRowPaths } from '../../../src/templates/applications-table.js';
import { rowLabels, type Table3 } from '../../helpers/table3.js';

/** Rows of each group of table 3 (2021 template, （六） divided): the group cell spans them. */
const GROUP_SPAN: Record<string, number> = {
  granted: 22, // 三、本年度办理结果 spans （一） to （七）
  'denied.stateSecret': 8,
  'unableToProvide.notHeld': 3,
  'notProcessed.complaint': 5,
  'otherHandling.noCorrection': 3,
};

/** How a page wraps and pads cell text; a function of a seed, so a failing case can be replayed. */
export interface Noise {
  /** A number in [0, n). */
  readonly pick: (n: number) => number;
}

/** A small deterministic generator (mulberry32) for markup noise. */
export function noiseFrom(seed: number): Noise {
  let a = seed >>> 0;
  return {
    pick(n) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return (((t ^ (t >>> 14)) >>> 0) % 1_000_000) % n;
    },
  };
}

/** No noise: every choice is the first. */
export const plain: Noise = { pick: () => 0 };

/** A tag name as some editor writes it: lower case, or upper case. */
function tag(name: string, noise: Noise): string {
  return noise.pick(4) === 0 ? name.toUpperCase() : name;
}

/** Attributes as CMS and Word write them, a `>` inside quotes included. */
function attributes(noise: Noise): string {
  switch (noise.pick(5)) {
    case 1:
      return ` style="mso-border-alt:solid windowtext .5pt;font-family:'宋体'"`;
    case 2:
      return ` nowrap="nowrap" width=62 valign=center`;
    case 3:
      return ` title="a > b" class='x'`;
    default:
      return '';
  }
}

/** Cell text wrapped as pages wrap it: in <p>, <span>, with &nbsp; and line breaks around. */
function wrapText(text: string, noise: Noise): string {
  const pads = ['', ' ', '&nbsp;', '\n  ', '<o:p></o:p>', '&#160;'];
  const before = pads[noise.pick(pads.length)] as string;
  const after = pads[noise.pick(pads.length)] as string;
  let inner = before + text + after;
  if (noise.pick(3) === 1) inner = `<span lang="EN-US" style="font-size:10.5pt">${inner}</span>`;
  if (noise.pick(2) === 1) inner = `<${tag('p', noise)} align="center">${inner}</${tag('p', noise)}>`;
  return inner;
}

/** A label broken over lines inside its cell, as 商业</p><p>企业 or 本年新<br />制作数量. */
function wrapLabel(label: string, noise: Noise): string {
  const cut = label.length > 3 ? 1 + noise.pick(label.length - 2) : 0;
  if (cut === 0 || noise.pick(3) === 0) return wrapText(label, noise);
  const [a, b] = [label.slice(0, cut), label.slice(cut)];
  return noise.pick(2) === 0 ? `<p>${a}</p><p>${b}</p>` : `${a}<br />${b}`;
}

function td(content: string, spans: string, noise: Noise): string {
  const name = tag('td', noise);
  const close = noise.pick(5) === 0 ? '' : `</${name}>`; // a missing </td>
  return `<${name}${spans}${attributes(noise)}>${content}${close}`;
}

/**
 * Table 3 as the official 2021 template lays it out in HTML: a three-row
 * header with rowspans and colspans, the 三、本年度办理结果 cell spanning 22
 * rows, group cells spanning their sub-rows — with the markup noise of CMS
 * and Word pages.
 */
export function table3Html(table: Table3, noise: Noise = plain): string {
  const rows: string[] = [];
  const tr = (cells: string): void => {
    const name = tag('tr', noise);
    rows.push(`<${name}>${cells}${noise.pick(5) === 0 ? '' : `</${name}>`}\n`);
  };
  tr(td(wrapText('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', noise), ' colspan="3" rowspan="3"', noise) + td(wrapText('申请人情况', noise), ' colspan="7"', noise));
  tr(td(wrapText('自然人', noise), ' rowspan="2"', noise) + td(wrapText('法人或其他组织', noise), ' colspan="5"', noise) + td(wrapText('总计', noise), ' rowspan="2"', noise));
  tr(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((h) => td(wrapLabel(h, noise), '', noise)).join(''));
  for (const path of applicationRowPaths('divided')) {
    const { group, label } = rowLabels(path);
    const values = (table.get(path) ?? []).map((v) => td(wrapText(String(v), noise), '', noise)).join('');
    const wide = ['newReceived', 'carriedOver', 'carriedForward'].includes(path) ? 3 : ['granted', 'partiallyGranted', 'total'].includes(path) ? 2 : 1;
    const groupCell = group ? td(wrapLabel(group, noise), ` rowspan="${GROUP_SPAN[path] ?? 1}"`, noise) : '';
    tr(groupCell + td(wrapText(label, noise), wide > 1 ? ` colspan="${wide}"` : '', noise) + values);
  }
  return `<${tag('table', noise)} border="1" cellspacing="0">\n<tbody>\n${rows.join('')}</tbody></table>`;
}

/** A whole report page around a table-3 table: title, headings, prose. */
export function reportPage(table3: string): string {
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>XX市人民政府2022年政府信息公开工作年度报告</title>',
    '<style>p { margin: 0 }</style><script>var a = "<td>1</td>";</script></head><body>',
    '<div class="title">XX市人民政府2022年政府信息公开工作年度报告</div>',
    '<p>一、总体情况</p><p>2022年，本机关认真贯彻落实《条例》。</p>',
    '<p><strong>三、收到和处理政府信息公开申请情况</strong></p>',
    table3,
    '<p>五、存在的主要问题及改进情况</p><p>无。</p>',
    '</body></html>',
  ].join('\n');
}
