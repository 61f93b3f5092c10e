#!/usr/bin/env node
// Makes the DOCX fixtures of test/fixtures/docx/ with the real tool users
// have: LibreOffice opens each HTML page of test/fixtures/layouts/ (the
// official rowspan/colspan structure, values chosen by
// scripts/make-layout-fixtures.mjs and hand-checked in <set>.expected.json)
// and saves it as Word 2007 XML. Two pages are first rewritten into the
// markup Word leaves when a report is pasted into a site's editor (every
// cell a <p class="MsoNormal"><span style="font-size:10.5pt;font-family:宋体">,
// the body inside <div class="TRS_Editor">): same values, other markup.
//
// The expected values of <name>.docx are the layout set's <set>.expected.json
// (named in test/fixtures/docx/README.md); nothing here reads the parser.
//
// Usage: node scripts/make-docx-fixtures.mjs
// Needs LibreOffice (soffice). No npm dependencies. LibreOffice stamps the
// time into docProps/core.xml, so two runs differ in those bytes only.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LAYOUTS = join(ROOT, 'test', 'fixtures', 'layouts');
const OUT = join(ROOT, 'test', 'fixtures', 'docx');

/** name of the DOCX → { set: the layout set whose HTML and expected values it takes, pasted: Word-pasted markup }. */
const FIXTURES = [
  { name: '2021-mixed', set: '2021-mixed', pasted: false },
  { name: '2021-blank', set: '2021-blank', pasted: false },
  { name: '2021-dash', set: '2021-dash', pasted: false },
  { name: '2019', set: '2019', pasted: false },
  { name: '2021-blank-word-pasted', set: '2021-blank', pasted: true },
  { name: '2019-word-pasted', set: '2019', pasted: true },
];

const CELL_P = '<p class="MsoNormal"><span style="font-size:10.5pt;font-family:宋体">';

/**
 * Rewrites a page into Word-pasted markup: each <td>'s content wrapped in a
 * MsoNormal paragraph with a 宋体 span (a blank cell keeps its &nbsp; inside
 * the span, as Word writes it), the body inside <div class="TRS_Editor">.
 * Works on the generator's own pages, whose <td> never nest.
 */
function wordPasted(html) {
  let out = html.replace(/<td([^>]*)>([\s\S]*?)<\/td>/g, (_, attrs, inner) => {
    // A cell that is already Word markup keeps its text, re-wrapped.
    const text = inner.replace(/<[^>]+>/g, '');
    return `<td${attrs} style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">${CELL_P}${text}</span></p></td>`;
  });
  out = out.replace(/<body([^>]*)>/, '<body$1>\n<div class="TRS_Editor">').replace('</body>', '</div>\n</body>');
  return out;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { ...opts, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
  if (r.error && r.error.code === 'ENOENT') throw new Error(`${cmd} is not installed`);
  return r;
}

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'xxgk-docx-'));
try {
  const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
  for (const { name, set, pasted } of FIXTURES) {
    const source = readFileSync(join(LAYOUTS, `${set}.html`), 'utf8');
    const html = join(work, `${name}.html`);
    writeFileSync(html, pasted ? wordPasted(source) : source);
    if (pasted) writeFileSync(join(OUT, `${name}.html`), wordPasted(source));
    // HTML opens in Writer/Web by default, which has no DOCX export; the
    // "HTML (StarWriter)" import opens it as a normal Writer document.
    const r = run('soffice', [profile, '--headless', '--infilter=HTML (StarWriter)',
      '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html], { cwd: work });
    const docx = join(work, `${name}.docx`);
    if (!existsSync(docx)) throw new Error(`soffice made no DOCX for ${name}: ${r.stderr}`);
    copyFileSync(docx, join(OUT, `${name}.docx`));
    console.log(`${name}.docx (from ${set}.html${pasted ? ', Word-pasted markup' : ''})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
