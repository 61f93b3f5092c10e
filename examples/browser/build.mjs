#!/usr/bin/env node
// Builds the browser example into a static folder, examples/browser/site/,
// that any static server serves (and, with the limits README.md lists,
// file://): no dev server, no import map, no module script.
//
//   npm run build && node examples/browser/build.mjs     (npm run build:example)
//
// site/
//   index.html               the page
//   main.js                  the page and xxgk-report (dist/document.js and
//                            what it loads), one classic script made by esbuild
//   pdf.js                   pdf.js's standard build as a classic script
//                            (it sets globalThis.pdfjsLib), loaded on the first PDF
//   pdf.worker.mjs           pdf.js's worker, run as a module worker over http(s)
//   pdf.worker.js            the same as a classic script (sets
//                            globalThis.pdfjsWorker): pdf.js then works on the
//                            main thread, for file:// where module workers cannot load
//   mammoth.browser.min.js   mammoth's browser build (sets globalThis.mammoth),
//                            loaded on the first DOCX
//   cmaps/, standard_fonts/  pdf.js's character maps and fonts, for PDFs whose
//                            Chinese fonts are not embedded
//
// Classic scripts, not modules, because a browser refuses module scripts
// from file:// (their origin is opaque) but runs classic ones.
import { cp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const root = resolve(here, '../..');
/** Where the site is built. */
export const siteDir = resolve(here, 'site');

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
const mammothDir = dirname(require.resolve('mammoth/package.json'));

const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  absWorkingDir: root,
  logLevel: 'warning',
  // pdf.js reads import.meta.url only on its Node path, never in a browser.
  // tsup's shared chunks are imported for nothing but order; "sideEffects": false is right for them.
  logOverride: { 'empty-import-meta': 'silent', 'ignored-bare-import': 'silent' },
};

/**
 * Builds the site. Needs `npm run build` first (the page imports dist/).
 *
 * @returns {Promise<string>} the site folder
 */
export async function buildSite() {
  if (!existsSync(resolve(root, 'dist/document.js'))) throw new Error('dist/document.js is missing: run `npm run build` first');
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(siteDir, { recursive: true });
  await Promise.all([
    build({ ...common, entryPoints: [resolve(here, 'main.js')], outfile: resolve(siteDir, 'main.js') }),
    build({ ...common, entryPoints: [resolve(pdfjsDir, 'build/pdf.min.mjs')], outfile: resolve(siteDir, 'pdf.js') }),
    build({ ...common, entryPoints: [resolve(pdfjsDir, 'build/pdf.worker.min.mjs')], outfile: resolve(siteDir, 'pdf.worker.js') }),
    cp(resolve(pdfjsDir, 'build/pdf.worker.min.mjs'), resolve(siteDir, 'pdf.worker.mjs')),
    cp(resolve(mammothDir, 'mammoth.browser.min.js'), resolve(siteDir, 'mammoth.browser.min.js')),
    cp(resolve(pdfjsDir, 'cmaps'), resolve(siteDir, 'cmaps'), { recursive: true }),
    cp(resolve(pdfjsDir, 'standard_fonts'), resolve(siteDir, 'standard_fonts'), { recursive: true }),
    readFile(resolve(here, 'index.html'), 'utf8').then((html) => writeFile(resolve(siteDir, 'index.html'), html)),
  ]);
  return siteDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await buildSite();
  console.log(`built ${siteDir} in ${(performance.now() - started).toFixed(0)} ms`);
}
