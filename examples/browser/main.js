// The page's one module: reads a dropped or opened file (PDF, DOCX, HTML,
// text) or the textarea through xxgk-report's parseDocument, validates the
// report, and draws the template's three tables, the findings and the
// diagnostics; a PDF is drawn beside them, and clicking a cell or a finding
// highlights where its numbers are printed. No framework; every piece of
// report text reaches the DOM through textContent, never as HTML.
//
// The site build (build.mjs) bundles this file with dist/ into one classic
// script; pdf.js and mammoth are loaded only when a PDF or a DOCX comes.
import { flattenReport, formatFindings, pathLabel, validate } from '../../dist/index.js';
import { parseDocument } from '../../dist/document.js';
import { reportJson, valuesCsv } from './downloads.js';
import { loadMammoth, loadPdfjs, openPdfView } from './pdf-view.js';
import {
  applicantColumns,
  applicationRows,
  applicationsHeader,
  metaLabels,
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
const pdfPane = /** @type {HTMLElement} */ (document.getElementById('pdf-view'));
const viewTabs = /** @type {HTMLElement} */ (document.getElementById('view-tabs'));
const severityInputs = /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('#severity-filter input'));
const downloadJson = /** @type {HTMLButtonElement} */ (document.getElementById('download-json'));
const downloadCsv = /** @type {HTMLButtonElement} */ (document.getElementById('download-csv'));

const PASTED = '粘贴的文本';

/** The input the page shows: its name, for `file:line:col` and the downloads. */
let origin = { name: PASTED };
/** The last report drawn, its findings, and the PDF viewer when it came from a PDF. */
let current = null;
/** @type {Awaited<ReturnType<typeof openPdfView>> | null} */
let pdfView = null;
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

/** Selects a span of the textarea (showing it, if the PDF was in view) and scrolls it into view. */
function selectSpan(span) {
  showView('text');
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

/**
 * The PDF boxes of some model paths: a path's own box, or, for a path that
 * names a whole row (a diagnostic's `applications.newReceived`), the boxes
 * of its cells.
 */
function boxesOf(report, paths, severity) {
  const marks = [];
  for (const path of paths) {
    const own = report.sources[path]?.box;
    if (own) {
      marks.push({ box: own, path, severity });
      continue;
    }
    for (const [cellPath, from] of Object.entries(report.sources)) {
      if (from.box && cellPath.startsWith(path + '.')) marks.push({ box: from.box, path: cellPath, severity });
    }
  }
  return marks;
}

/**
 * Shows where a cell, finding or diagnostic comes from: its boxes on the
 * PDF page when there are some, else its span in the text.
 */
function reveal(marks, span) {
  if (pdfView && marks.length > 0) {
    showView('pdf');
    pdfView.highlight(marks);
  } else if (span) {
    pdfView?.clear();
    selectSpan(span);
  }
}

/** One value cell: its number, its source on hover, its highlight, a click that shows where it was read. */
function valueCell(report, worst, path) {
  const value = valueAt(report, path);
  const from = report.sources[path];
  // A diagnostic may name a whole row (applications.newReceived): its cells share its severity.
  const severity = worst.get(path) ?? worst.get(path.slice(0, path.lastIndexOf('.'))) ?? '';
  const td = h('td', { dataset: { path }, className: [value === null || value === undefined ? 'blank' : '', severity].join(' ').trim() || null });
  if (value !== null && value !== undefined) td.textContent = String(value);
  const where = from?.box ? ` · 第 ${from.box.page} 页 page ${from.box.page}` : '';
  td.title = from ? `${path}\n“${from.raw}” @ ${from.span.line}:${from.span.column}${where}` : `${path}\n(not in the text)`;
  if (from) {
    td.addEventListener('click', () => {
      activate([path], null);
      reveal(from.box ? [{ box: from.box, path, severity: severity || undefined }] : [], from.span);
    });
  }
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

/** The severities the filter lets through. */
function shownSeverities() {
  return new Set([...severityInputs].filter((input) => input.checked).map((input) => input.value));
}

/** Hides the findings and diagnostics of the severities filtered out; counts what is left. */
function applyFilter() {
  const shown = shownSeverities();
  for (const [list, counter] of [
    [findingsList, 'findings-count'],
    [diagnosticsList, 'diagnostics-count'],
  ]) {
    const items = [...list.querySelectorAll('li[data-severity]')];
    for (const li of items) li.hidden = !shown.has(li.dataset.severity);
    const visible = items.filter((li) => !li.hidden).length;
    document.getElementById(counter).textContent = visible === items.length ? `(${items.length})` : `(${visible}/${items.length})`;
  }
}

/** A list of findings or diagnostics, one `file:line:col severity code message` line each. */
function renderMessages(report, list, items, format) {
  list.replaceChildren();
  if (items.length === 0) {
    list.append(h('li', { className: 'empty' }, '无 · none'));
    return;
  }
  for (const item of items) {
    const span = item.span ?? item.spans?.[0];
    const paths = item.paths ?? (item.path ? [item.path] : []);
    const button = h('button', { type: 'button', dataset: { code: item.code } }, format(item));
    if (span) button.dataset.position = `${span.line}:${span.column}`;
    if (item.box) button.dataset.page = String(item.box.page);
    button.addEventListener('click', () => {
      activate(paths, button);
      const marks = item.box ? [{ box: item.box, path: item.path, severity: item.severity }] : boxesOf(report, paths, item.severity);
      reveal(marks, span);
    });
    list.append(h('li', { className: item.severity, dataset: { severity: item.severity } }, button));
  }
}

function renderMeta(report) {
  const m = report.meta;
  const doc = report.document;
  const input = [origin.name, doc?.encoding ? ` (${doc.encoding})` : '', doc ? ` · ${doc.kind}` : '', doc?.pages ? ` · ${doc.pages} 页` : ''].join('');
  const rows = [
    [metaLabels['meta.title'], m.title],
    [metaLabels['meta.organization'], m.organization],
    [metaLabels['meta.year'], m.year],
    [metaLabels['meta.template'], m.template],
    [metaLabels['meta.statisticsPeriod'], m.statisticsPeriod],
    ['输入', input],
  ];
  meta.replaceChildren(...rows.flatMap(([label, value]) => [h('dt', null, label), h('dd', null, value === null || value === undefined ? '—' : String(value))]));
}

/** Shows the PDF or the text in the input panel. */
function showView(which) {
  const pdf = which === 'pdf' && pdfView !== null;
  pdfPane.hidden = !pdf;
  dropZone.hidden = pdf;
  for (const tab of viewTabs.querySelectorAll('button')) tab.setAttribute('aria-pressed', String(tab.dataset.view === (pdf ? 'pdf' : 'text')));
}

/** Draws a report: metadata, findings, diagnostics, the three tables. */
function draw(report, findings, elapsed) {
  const language = english.checked ? 'en' : 'zh';
  const file = origin.name;
  const worst = severityByPath(findings, report.diagnostics);
  renderMeta(report);
  renderMessages(report, findingsList, findings, (f) => formatFindings([f], { file, language }));
  const shown = report.diagnostics.filter((d) => d.severity !== 'info' || d.code !== 'cell-blank');
  renderMessages(report, diagnosticsList, shown, (d) => `${file}:${d.span.line}:${d.span.column} ${d.severity} ${d.code} ${language === 'en' ? d.messageEn : d.message}`);
  applyFilter();
  tables.replaceChildren(renderProactive(report, worst), renderApplications(report, worst), renderReviewLitigation(report, worst));
  downloadJson.disabled = false;
  downloadCsv.disabled = false;
  status.dataset.state = 'done';
  const kind = report.document ? ` as ${report.document.kind}` : '';
  status.textContent = `已解析 · parsed${kind}: ${report.tables.length} 个表格, ${findings.length} 条检查结果, ${report.diagnostics.length} 条诊断 — ${elapsed.toFixed(0)} ms`;
}

/** What a file's first bytes say it is, to load pdf.js or mammoth before parseDocument needs them. */
function sniff(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  return 'text';
}

/**
 * parseDocument with the libraries a PDF or a DOCX needs (parseDocument
 * decides by the content what it reads; the page only looks first so that
 * it loads pdf.js or mammoth before they are needed, and neither otherwise).
 * It gets its own copy of the bytes: pdf.js hands the buffer it reads to
 * its worker, and the viewer reads them again.
 */
async function readDocument(bytes, name) {
  const kind = sniff(bytes);
  const options = { name };
  if (kind === 'pdf') options.pdfjs = await loadPdfjs();
  if (kind === 'zip') options.mammoth = await loadMammoth();
  const report = await parseDocument(bytes.slice(), options);
  return { report, pdfjs: options.pdfjs };
}

/** Parses bytes (a file, or the textarea's text) and draws everything. */
async function run(bytes, { fromFile }) {
  window.clearTimeout(parseTimer);
  const ticket = ++runs;
  status.dataset.state = 'parsing';
  status.textContent = '解析中 · parsing…';
  try {
    const started = performance.now();
    const { report, pdfjs } = await readDocument(bytes, origin.name);
    const findings = validate(report);
    const elapsed = performance.now() - started;
    if (ticket !== runs) return; // a newer run started meanwhile
    current = { report, findings, elapsed };
    if (fromFile) {
      // The textarea shows the text the spans point into: the page's text for
      // HTML, the reader's rendition for PDF and DOCX.
      source.value = report.document?.text ?? '';
      source.scrollTop = 0;
    }
    await pdfView?.destroy();
    pdfView = null;
    const isPdf = report.document?.format === 'pdf' && pdfjs !== undefined;
    document.querySelector('main').classList.toggle('has-pdf', isPdf);
    if (isPdf) {
      viewTabs.hidden = false;
      pdfPane.hidden = false;
      dropZone.hidden = true;
      pdfView = await openPdfView(pdfPane, pdfjs, bytes.slice());
      if (ticket !== runs) return;
    } else {
      viewTabs.hidden = true;
    }
    showView(pdfView ? 'pdf' : 'text');
    draw(report, findings, elapsed);
  } catch (error) {
    status.dataset.state = 'error';
    status.textContent = `出错 · error: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  }
}

/** Parses the textarea as pasted text. */
function runText() {
  if (source.value.trim() === '') {
    window.clearTimeout(parseTimer);
    runs++;
    status.dataset.state = 'idle';
    status.textContent = '等待输入 · waiting for a report';
    return Promise.resolve();
  }
  return run(new TextEncoder().encode(source.value), { fromFile: false });
}

function schedule() {
  window.clearTimeout(parseTimer);
  parseTimer = window.setTimeout(() => void runText(), 200);
}

async function loadFile(file) {
  origin = { name: file.name };
  await run(new Uint8Array(await file.arrayBuffer()), { fromFile: true });
}

/** Offers a download of `text`, named after the input. */
function offer(text, extension, type) {
  const base = origin.name === PASTED ? 'report' : origin.name.replace(/\.[^.]*$/, '');
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: `${base}.${extension}` });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

source.addEventListener('input', () => {
  origin = { name: PASTED };
  schedule();
});
document.getElementById('parse').addEventListener('click', () => void runText());
english.addEventListener('change', () => {
  if (current) draw(current.report, current.findings, current.elapsed);
});
for (const input of severityInputs) input.addEventListener('change', applyFilter);
for (const tab of viewTabs.querySelectorAll('button')) tab.addEventListener('click', () => showView(tab.dataset.view));
downloadJson.addEventListener('click', () => {
  if (current) offer(reportJson(current.report, current.findings), 'json', 'application/json');
});
downloadCsv.addEventListener('click', () => {
  if (!current) return;
  const { report } = current;
  // The core's labels, as the CLI's CSV headers (`--labels zh`) write them.
  const flat = flattenReport(report);
  offer(valuesCsv(flat, new Map(Object.keys(flat).map((path) => [path, pathLabel(path)]))), 'csv', 'text/csv;charset=utf-8');
});
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void loadFile(file);
});
for (const type of ['dragenter', 'dragover']) {
  document.getElementById('input-panel').addEventListener(type, (event) => {
    event.preventDefault();
    dropZone.classList.add('dragging');
  });
}
for (const type of ['dragleave', 'drop']) document.getElementById('input-panel').addEventListener(type, () => dropZone.classList.remove('dragging'));
document.getElementById('input-panel').addEventListener('drop', (event) => {
  event.preventDefault();
  const file = event.dataTransfer?.files?.[0];
  if (file) void loadFile(file);
});
