#!/usr/bin/env node
// Makes the PDF and DOCX test material of the document readers with the
// tools users print reports with: complete report pages written as HTML with
// the official rowspan/colspan tables (the value sets, oracle and HTML writer
// of make-layout-fixtures.mjs, reused), converted by LibreOffice
// (HTML → DOCX → PDF, with the Noto CJK fonts installed). The expected values
// written beside each file are the values this script chose — never the
// output of a parser.
//
//   test/fixtures/documents/NAME.{html,docx,pdf,expected.json}
//       hand-picked variants: both templates and the hybrid, plain, Word and
//       TRS-pasted markup, table 3 across a page break, narrow label columns,
//       blank and '-' / '/' cells.
//   test/fixtures/pdf-property/case-NN.{html,pdf,expected.json}
//       seeded random reports for test/property/pdf-round-trip.test.ts.
//
//   test/fixtures/pdf-robustness/{encrypted,scanned}.pdf
//       a fixture encrypted with a user password (qpdf), and a page image
//       with no text layer (pdftoppm + img2pdf).
//
// Usage: node scripts/make-document-fixtures.mjs [--only documents|property|robustness] [--cases N] [--seed S]
// Needs (Debian): libreoffice-writer, poppler-utils, fonts-noto-cjk, qpdf, img2pdf.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETS, breakInsideTable3, buildHtml, computeCells, expectedJson, pdfText, run } from './make-layout-fixtures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = join(ROOT, 'test', 'fixtures', 'documents');
const PROPERTY = join(ROOT, 'test', 'fixtures', 'pdf-property');
const ROBUSTNESS = join(ROOT, 'test', 'fixtures', 'pdf-robustness');

const base = (name) => {
  const s = SETS.find((x) => x.name === name);
  if (!s) throw new Error(`no layout set ${name}`);
  return structuredClone(s);
};

/** The 2019 set's table 3 and 4 under the 2021 table 2: the hybrid seen in the wild. */
function hybrid(name, style, extra = {}) {
  const s2019 = base('2019');
  const s2021 = base('2021-mixed');
  return { ...s2019, name, template: 'hybrid', style, proactive: s2021.proactive, org: '某某县卫生健康委员会', year: 2021, display: {}, ...extra };
}

const DOCUMENT_SETS = [
  { ...base('2021-mixed'), name: '2021-word' },
  { ...base('2021-blank'), name: '2021-plain-blank' },
  { ...base('2021-dash'), name: '2021-trs-dash', style: 'trs',
    display: { ...base('2021-dash').display, 'applications.notProcessed.publication.commercial': '/', 'applications.notProcessed.publication.research': '/' } },
  { ...base('2021-pagebreak'), name: '2021-word-pagebreak' },
  { ...base('2021-pagebreak'), name: '2021-plain-narrow-pagebreak', style: 'plain', narrowLabels: true, footer: false, org: '某某市生态环境局' },
  { ...base('2021-mixed'), name: '2021-trs-narrow', style: 'trs', narrowLabels: true },
  { ...base('2019'), name: '2019-word' },
  { ...base('2019'), name: '2019-plain-narrow', style: 'plain', narrowLabels: true, splitGroupLabels: false },
  { ...base('2019'), name: '2019-trs-pagebreak', style: 'trs', bigFont: true, fillerStart: 0 },
  hybrid('hybrid-plain', 'plain'),
  hybrid('hybrid-trs-narrow', 'trs', { narrowLabels: true }),
  hybrid('hybrid-word-pagebreak', 'word', { bigFont: true, fillerStart: 0 }),
];

// ---------------------------------------------------------------------------
// LibreOffice, in batches (one soffice start per step)
// ---------------------------------------------------------------------------

function soffice(work, args) {
  const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
  const r = run('soffice', [profile, '--headless', ...args], { cwd: work });
  if (r.missing) throw new Error('soffice is not installed');
  return r;
}

/** HTML files (basenames in `work`) → DOCX → PDF; both land in `work`. */
function convert(work, names) {
  // HTML opens in Writer/Web by default, which has no DOCX export; the
  // "HTML (StarWriter)" import opens it as a normal Writer document.
  soffice(work, ['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, ...names.map((n) => join(work, `${n}.html`))]);
  soffice(work, ['--convert-to', 'pdf', '--outdir', work, ...names.map((n) => join(work, `${n}.docx`))]);
  for (const n of names) if (!existsSync(join(work, `${n}.pdf`))) throw new Error(`soffice made no PDF of ${n}`);
}

const pageCount = (pdf) => (pdfText(pdf) ?? '').split('\f').length - 1;

// ---------------------------------------------------------------------------
// Hand-picked document fixtures
// ---------------------------------------------------------------------------

function makeDocuments(work) {
  mkdirSync(DOCS, { recursive: true });
  for (const set of DOCUMENT_SETS) {
    const v = computeCells(set);
    let filler = set.fillerStart ?? 0;
    let html = buildHtml(set, v, filler);
    writeFileSync(join(work, `${set.name}.html`), html);
    convert(work, [set.name]);
    if (set.fillerStart !== undefined) {
      // Narrative before table 3 until the page break falls inside its body.
      while (!breakInsideTable3(pdfText(join(work, `${set.name}.pdf`)) ?? '')) {
        if (++filler > 40) throw new Error(`${set.name}: could not place a page break inside table 3`);
        html = buildHtml(set, v, filler);
        writeFileSync(join(work, `${set.name}.html`), html);
        convert(work, [set.name]);
      }
    }
    writeFileSync(join(DOCS, `${set.name}.html`), html);
    writeFileSync(join(DOCS, `${set.name}.expected.json`), expectedJson(set, v));
    for (const ext of ['docx', 'pdf']) copyFileSync(join(work, `${set.name}.${ext}`), join(DOCS, `${set.name}.${ext}`));
    const pdf = join(DOCS, `${set.name}.pdf`);
    console.log(`${set.name}: ${pageCount(pdf)} page(s), ${filler} filler paragraph(s), break inside table 3: ${breakInsideTable3(pdfText(pdf) ?? '')}`);
  }
}

// ---------------------------------------------------------------------------
// Seeded random reports for the PDF round-trip property
// ---------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random consistent value set in the layout script's shape. */
export function randomSet(rand, name) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  // Mostly small counts, many zeros, now and then a large one (as in real reports).
  const count = () => {
    const r = rand();
    return r < 0.45 ? 0 : r < 0.85 ? Math.floor(rand() * 20) : r < 0.97 ? Math.floor(rand() * 500) : Math.floor(rand() * 30000);
  };
  const template = pick(['2021', '2019', 'hybrid']);
  const source = base(template === '2019' ? '2019' : '2021-mixed');
  const proactive = {};
  for (const k of Object.keys(source.proactive)) {
    if (k.endsWith('.change')) proactive[k] = Math.floor(rand() * 21) - 10;
    else if (k.endsWith('.amount')) proactive[k] = rand() < 0.3 ? 0 : Math.round(rand() * 1e6) / 100;
    else proactive[k] = count();
  }
  const resultKeys = Object.keys(base(template === 'hybrid' ? '2019' : source.name).results);
  const results = Object.fromEntries(resultKeys.map((k) => [k, Array.from({ length: 6 }, count)]));
  const six = () => Array.from({ length: 6 }, count);
  // 上年结转 no larger than what was handled, so 本年新收 stays non-negative.
  const handled = [0, 1, 2, 3, 4, 5].map((c) => resultKeys.reduce((s, k) => s + results[k][c], 0));
  const carriedOver = handled.map((h) => Math.floor(rand() * (h + 1)));
  const set = {
    name,
    template,
    org: pick(['某某市人民政府', '某某县教育局', '某某区人民政府办公室', '某某市市场监督管理局']),
    year: 2019 + Math.floor(rand() * 7),
    style: pick(['plain', 'word', 'trs']),
    subHeadings: rand() < 0.5,
    bigFont: rand() < 0.3,
    narrowLabels: rand() < 0.4,
    totalInsideResults: rand() < 0.2,
    splitGroupLabels: rand() < 0.3,
    proactive,
    results,
    carriedOver,
    carriedForward: six(),
    reviewLitigation: { review: [count(), count(), count(), count()], directSuit: [count(), count(), count(), count()], suitAfterReview: [count(), count(), count(), count()] },
    display: {},
  };
  // Some zero cells shown blank, '-' or '/' (expected null).
  const v = computeCells(set);
  const blankRate = rand() < 0.5 ? 0 : 0.3;
  for (const [k, x] of v) if (x === 0 && rand() < blankRate) set.display[k] = pick(['', '-', '/']);
  return { set, filler: Math.floor(rand() * 6) };
}

function makeProperty(work, cases, seed) {
  mkdirSync(PROPERTY, { recursive: true });
  const rand = mulberry32(seed);
  const made = [];
  for (let i = 1; i <= cases; i++) {
    const name = `case-${String(i).padStart(2, '0')}`;
    const { set, filler } = randomSet(rand, name);
    const v = computeCells(set);
    writeFileSync(join(work, `${name}.html`), buildHtml(set, v, filler));
    writeFileSync(join(PROPERTY, `${name}.html`), buildHtml(set, v, filler));
    writeFileSync(join(PROPERTY, `${name}.expected.json`), expectedJson(set, v));
    made.push(name);
    console.log(`${name}: ${set.template} ${set.style}${set.narrowLabels ? ' narrow' : ''}${set.bigFont ? ' big' : ''}, ${Object.keys(set.display).length} placeholder cell(s)`);
  }
  convert(work, made);
  for (const n of made) copyFileSync(join(work, `${n}.pdf`), join(PROPERTY, `${n}.pdf`));
  writeFileSync(join(PROPERTY, 'SEED'), `${seed}\n`);
}

// ---------------------------------------------------------------------------
// PDFs that cannot be read: encrypted, and without a text layer
// ---------------------------------------------------------------------------

function makeRobustness(work) {
  mkdirSync(ROBUSTNESS, { recursive: true });
  const need = (r, tool) => {
    if (r.missing) throw new Error(`${tool} is not installed (apt-get install ${tool})`);
  };
  need(run('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(DOCS, '2021-word.pdf'), join(ROBUSTNESS, 'encrypted.pdf')]), 'qpdf');
  need(run('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-gray', '-png', join(DOCS, '2021-plain-blank.pdf'), join(work, 'scan')]), 'poppler-utils');
  need(run('img2pdf', [join(work, 'scan-1.png'), '-o', join(ROBUSTNESS, 'scanned.pdf')]), 'img2pdf');
  console.log('pdf-robustness: encrypted.pdf, scanned.pdf');
}

function main() {
  const argv = process.argv.slice(2);
  const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const only = opt('--only', null);
  const work = mkdtempSync(join(tmpdir(), 'document-fixtures-'));
  try {
    if (!only || only === 'documents') makeDocuments(work);
    if (!only || only === 'property') makeProperty(work, Number(opt('--cases', '24')), Number(opt('--seed', '20261202')));
    if (!only || only === 'robustness') makeRobustness(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
