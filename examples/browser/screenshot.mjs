#!/usr/bin/env node
// Takes examples/browser/screenshot.png: the built site with a PDF report
// dropped on it and a table-3 cell clicked (its box highlighted on the PDF
// page), in Debian's chromium through playwright-core (no browser
// download), made a palette PNG by pngquant when it is installed.
//
//   npm run build:example && node examples/browser/screenshot.mjs [report.pdf] [path] [out.png]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const report = process.argv[2] ?? fileURLToPath(new URL('../../../shared/corpus/pdf/001-huaian-city-2024.pdf', import.meta.url));
const path = process.argv[3] ?? 'applications.newReceived.total';
const out = process.argv[4] ?? fileURLToPath(new URL('./screenshot.png', import.meta.url));

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  await page.goto(server.url);
  await page.setInputFiles('#file', { name: basename(report), mimeType: 'application/pdf', buffer: readFileSync(report) });
  await page.waitForSelector('#status[data-state="done"]', { timeout: 30_000 });
  await page.click(`td[data-path="${path}"]`);
  await page.waitForSelector(`.pdf-highlight[data-path="${path}"]`);
  const pageNumber = await page.locator(`.pdf-highlight[data-path="${path}"]`).getAttribute('data-page');
  await page.waitForSelector(`.pdf-page[data-page="${pageNumber}"][data-rendered="true"]`);
  await page.locator(`td[data-path="${path}"]`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: out });
  try {
    // Palette PNG, a third of the size, when pngquant (Debian: pngquant) is there.
    execFileSync('pngquant', ['--quality=70-95', '--speed=1', '--force', '--output', out, out]);
  } catch {
    // Keep the full-colour PNG.
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
