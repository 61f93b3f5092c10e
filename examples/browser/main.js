// The page's one module: reads the textarea (or a dropped file), parses it
// with xxgk-report's ESM build, validates it, and draws the template's three
// tables, the findings and the diagnostics. No framework; every piece of
// report text reaches the DOM through textContent, never as HTML.
import { formatFindings, parseReport, validate } from '../../dist/index.js';
import {
  applicantColumns,
  applicationRows,
  applicationsHeader,
  decodeReportBytes,
  isHtmlInput,
  outcomeColumns,
  proactiveBlocks,
  reviewGroups,
  reviewLitigationHeader,
} from './template-layout.js';

const source = /** @type {HTMLTextAreaElement} */ (document.getElementById('source'));
const dropZone = /** @type {HTMLElement} */ (document.getElementById('drop-zone'));
const fileInput = /** @type {HTMLInputElement} */ (document.getElementById('file'));
const english = /** @type {HTMLInputElement} */ (document.getElementById('english'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const meta = /** @type {HTMLElement} */ (document.getElementById('meta'));
const findingsList = /** @type {HTMLElement} */ (document.getElementById('findings'));
const diagnosticsList = /** @type {HTMLElement} */ (document.getElementById('diagnostics'));
const tables = /** @type {HTMLElement} */ (document.getElementById('tables'));

/** The file the textarea came from, for the `file:line:col` of findings and to pick the HTML entry. */
let origin = { name: '粘贴的文本', type: '' };
let parseTimer = 0;
let runs = 0;

/**
 * Creates an element. `attrs` go through properties for `className` and
 * `dataset`, through setAttribute otherwise; children are nodes or text.
 *
 * @param {string} tag
 * @param {Record<string, unknown> | null} [attrs]
 * @param {...(Node | string | null | undefined)} children
 */
function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** Reads a dotted path from the report (the same paths as `flattenReport`). */
function valueAt(report, path) {
  let node = report;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

const SEVERITY_RANK = { info: 1, warning: 2, error: 3 };

/**
 * The worst severity that touches each cell: a finding names its cells in
 * `paths`; a diagnostic names a cell or a whole row in `path`.
 */
function severityByPath(findings, diagnostics) {
  const worst = new Map();
  const mark = (path, severity) => {
    if ((SEVERITY_RANK[severity] ?? 0) > (SEVERITY_RANK[worst.get(path)] ?? 0)) worst.set(path, severity);
  };
  for (const finding of findings) {
    if (finding.code === 'not-assessable') continue; // a blank cell, already shown as blank
    for (const path of finding.paths) mark(path, finding.severity);
  }
  for (const d of diagnostics) if (d.path && d.severity !== 'info') mark(d.path, d.severity);
  return worst;
}

/**
 * Where a character of the textarea sits, in pixels from the top left of its
 * content: measured on a hidden copy with the same font (the textarea does
 * not wrap, so a copy with `white-space: pre` lays out the same).
 */
function positionOf(index) {
  const style = getComputedStyle(source);
  const mirror = document.createElement('div');
  for (const property of ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'tabSize', 'paddingTop', 'paddingLeft']) {
    mirror.style[property] = style[property];
  }
  Object.assign(mirror.style, { position: 'absolute', top: '0', left: '0', visibility: 'hidden', whiteSpace: 'pre', border: '0' });
  mirror.textContent = source.value.slice(0, index);
  const marker = h('span', null, '\u200b');
  mirror.append(marker);
  document.body.append(mirror);
  const position = { top: marker.offsetTop, left: marker.offsetLeft };
  mirror.remove();
  return position;
}

/** Selects a span of the textarea and scrolls it into view. */
function selectSpan(span) {
  source.focus();
  source.setSelectionRange(span.start, span.end);
  const { top, left } = positionOf(span.start);
  source.scrollTop = Math.max(0, top - source.clientHeight / 3);
  source.scrollLeft = Math.max(0, left - source.clientWidth / 4);
}

/** Outlines the cells of the active finding. */
function activate(paths, button) {
  for (const node of document.querySelectorAll('.active')) node.classList.remove('active');
  button?.classList.add('active');
  for (const path of paths) document.querySelector(`td[data-path="${CSS.escape(path)}"]`)?.classList.add('active');
}

/** One value cell: its number, its source on hover, its highlight, a click that selects its text. */
function valueCell(report, worst, path) {
  const value = valueAt(report, path);
  const from = report.sources[path];
  // A diagnostic may name a whole row (applications.newReceived): its cells share its severity.
  const severity = worst.get(path) ?? worst.get(path.slice(0, path.lastIndexOf('.'))) ?? '';
  const td = h('td', { dataset: { path }, className: [value === null || value === undefined ? 'blank' : '', severity].join(' ').trim() || null });
  if (value !== null && value !== undefined) td.textContent = String(value);
  td.title = from ? `${path}\n“${from.raw}” @ ${from.span.line}:${from.span.column}` : `${path}\n(not in the text)`;
  if (from) td.addEventListener('click', () => selectSpan(from.span));
  return td;
}

function renderProactive(report, worst) {
  const template = report.meta.template === '2019' ? '2019' : '2021';
  const width = Math.max(...proactiveBlocks[template].map((b) => b.columns.length)) + 1;
  const body = h('tbody');
  for (const block of proactiveBlocks[template]) {
    body.append(h('tr', null, h('th', { className: 'article', colspan: width }, block.article)));
    body.append(h('tr', null, h('th', null, '信息内容'), ...block.columns.map(([, label]) => h('th', null, label))));
    for (const [row, label] of block.rows) {
      body.append(
        h('tr', null, h('th', { className: 'row' }, label), ...block.columns.map(([column]) => valueCell(report, worst, `proactive.${row}.${column}`))),
      );
    }
  }
  return h('table', { className: 'template', id: 'table-proactive' }, h('caption', null, `表二 主动公开政府信息情况（${template} 模板）`), body);
}

function renderApplications(report, worst) {
  const otherHandling = Object.hasOwn(report.applications.otherHandling, 'total') ? 'undivided' : 'divided';
  const rows = applicationRows(otherHandling);
  const head = h(
    'thead',
    null,
    h('tr', null, h('th', { colspan: 3, rowspan: 3 }, applicationsHeader.corner), h('th', { colspan: 7 }, applicationsHeader.applicants)),
    h(
      'tr',
      null,
      h('th', { rowspan: 2 }, applicantColumns[0][1]),
      h('th', { colspan: 5 }, applicationsHeader.organizations),
      h('th', { rowspan: 2 }, applicantColumns[6][1]),
    ),
    h('tr', null, ...applicantColumns.slice(1, 6).map(([, label]) => h('th', null, label))),
  );
  const body = h('tbody');
  rows.forEach((row, i) => {
    const tr = h('tr', { className: row.path === 'total' ? 'total' : null, dataset: { row: row.path } });
    if (row.group && rows[i - 1]?.group !== row.group) {
      tr.append(h('th', { className: 'row', rowspan: rows.filter((r) => r.group === row.group).length }, row.group));
    }
    if (row.subgroup && rows[i - 1]?.subgroup !== row.subgroup) {
      tr.append(h('th', { className: 'row', rowspan: rows.filter((r) => r.subgroup === row.subgroup).length }, row.subgroup));
    }
    tr.append(h('th', { className: 'row', colspan: row.subgroup ? 1 : row.group ? 2 : 3 }, row.label));
    for (const [column] of applicantColumns) tr.append(valueCell(report, worst, `applications.${row.path}.${column}`));
    body.append(tr);
  });
  return h('table', { className: 'template', id: 'table-applications' }, h('caption', null, '表三 收到和处理政府信息公开申请情况'), head, body);
}

function renderReviewLitigation(report, worst) {
  const outcomes = () => outcomeColumns.map(([, label]) => h('th', null, label));
  const head = h(
    'thead',
    null,
    h('tr', null, h('th', { colspan: 5 }, reviewLitigationHeader.review), h('th', { colspan: 10 }, reviewLitigationHeader.litigation)),
    h(
      'tr',
      null,
      ...outcomeColumns.map(([, label]) => h('th', { rowspan: 2 }, label)),
      h('th', { colspan: 5 }, reviewGroups[1][1]),
      h('th', { colspan: 5 }, reviewGroups[2][1]),
    ),
    h('tr', null, ...outcomes(), ...outcomes()),
  );
  const values = h('tr', null);
  for (const [group] of reviewGroups) for (const [outcome] of outcomeColumns) values.append(valueCell(report, worst, `reviewLitigation.${group}.${outcome}`));
  return h('table', { className: 'template', id: 'table-review' }, h('caption', null, '表四 政府信息公开行政复议、行政诉讼情况'), head, h('tbody', null, values));
}

/** A list of findings or diagnostics, one `file:line:col severity code message` line each. */
function renderMessages(list, items, format) {
  list.replaceChildren();
  if (items.length === 0) {
    list.append(h('li', { className: 'empty' }, '无 · none'));
    return;
  }
  for (const item of items) {
    const span = item.span ?? item.spans?.[0];
    const button = h('button', { type: 'button', dataset: { code: item.code } }, format(item));
    if (span) button.dataset.position = `${span.line}:${span.column}`;
    button.addEventListener('click', () => {
      activate(item.paths ?? (item.path ? [item.path] : []), button);
      if (span) selectSpan(span);
    });
    list.append(h('li', { className: item.severity }, button));
  }
}

function renderMeta(report, encoding) {
  const m = report.meta;
  const rows = [
    ['标题', m.title],
    ['机关', m.organization],
    ['年度', m.year],
    ['模板', m.template],
    ['统计期限', m.statisticsPeriod],
    ['输入', `${origin.name}${encoding ? ` (${encoding})` : ''}`],
  ];
  meta.replaceChildren(...rows.flatMap(([label, value]) => [h('dt', null, label), h('dd', null, value === null || value === undefined ? '—' : String(value))]));
}

let lastEncoding = '';

/** Parses the textarea and draws everything. */
async function run() {
  window.clearTimeout(parseTimer);
  const text = source.value;
  const ticket = ++runs;
  if (text.trim() === '') {
    status.dataset.state = 'idle';
    status.textContent = '等待输入 · waiting for a report';
    return;
  }
  status.dataset.state = 'parsing';
  status.textContent = '解析中 · parsing…';
  try {
    const started = performance.now();
    const html = isHtmlInput(text, origin);
    // The HTML reader lives in its own entry point: loaded only when needed.
    const parse = html ? (await import('../../dist/html.js')).parseReport : parseReport;
    const report = parse(text);
    const findings = validate(report);
    const elapsed = performance.now() - started;
    if (ticket !== runs) return; // a newer run started while the HTML entry loaded
    const language = english.checked ? 'en' : 'zh';
    const file = origin.name;
    const worst = severityByPath(findings, report.diagnostics);
    renderMeta(report, lastEncoding);
    renderMessages(findingsList, findings, (f) => formatFindings([f], { file, language }));
    const shown = report.diagnostics.filter((d) => d.severity !== 'info' || d.code !== 'cell-blank');
    renderMessages(diagnosticsList, shown, (d) => `${file}:${d.span.line}:${d.span.column} ${d.severity} ${d.code} ${language === 'en' ? d.messageEn : d.message}`);
    document.getElementById('findings-count').textContent = `(${findings.length})`;
    document.getElementById('diagnostics-count').textContent = `(${shown.length})`;
    tables.replaceChildren(renderProactive(report, worst), renderApplications(report, worst), renderReviewLitigation(report, worst));
    status.dataset.state = 'done';
    status.textContent = `已解析 · parsed${html ? ' as HTML' : ''}: ${report.tables.length} 个表格, ${findings.length} 条检查结果, ${report.diagnostics.length} 条诊断 — ${elapsed.toFixed(0)} ms`;
  } catch (error) {
    status.dataset.state = 'error';
    status.textContent = `出错 · error: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  }
}

function schedule() {
  window.clearTimeout(parseTimer);
  parseTimer = window.setTimeout(() => void run(), 200);
}

async function loadFile(file) {
  const { text, encoding } = decodeReportBytes(await file.arrayBuffer());
  origin = { name: file.name, type: file.type };
  lastEncoding = encoding;
  source.value = text;
  source.scrollTop = 0;
  await run();
}

source.addEventListener('input', () => {
  if (origin.type !== '' || origin.name !== '粘贴的文本') {
    origin = { name: '粘贴的文本', type: '' };
    lastEncoding = '';
  }
  schedule();
});
document.getElementById('parse').addEventListener('click', () => void run());
english.addEventListener('change', () => void run());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void loadFile(file);
});
for (const type of ['dragenter', 'dragover']) {
  dropZone.addEventListener(type, (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
}
for (const type of ['dragleave', 'drop']) dropZone.addEventListener(type, () => dropZone.classList.remove('dragging'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files?.[0];
  if (file) void loadFile(file);
});
