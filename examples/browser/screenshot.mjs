#!/usr/bin/env node
// Takes examples/browser/screenshot.png: the page with a sample report
// pasted and its finding clicked, in Debian's chromium through
// playwright-core (no browser download), made a palette PNG by pngquant
// when it is installed.
//
//   npm run build && node examples/browser/screenshot.mjs [report.txt] [out.png]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { root, startServer } from './serve.mjs';

const report = process.argv[2] ?? `${root}/examples/reports/000_892e5d3b650a9da1.txt`;
const out = process.argv[3] ?? fileURLToPath(new URL('./screenshot.png', import.meta.url));

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(server.url);
  await page.fill('#source', readFileSync(report, 'utf8'));
  await page.waitForSelector('#status[data-state="done"]');
  const finding = page.locator('#findings button').first();
  if ((await finding.count()) > 0) await finding.click();
  await page.screenshot({ path: out, fullPage: true });
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
