/// <reference lib="dom" />
// DOM types for the callbacks that run in the page (page.evaluate).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seed } from '../helpers/seeds.js';
import { encodeGb18030 } from './gb18030.js';

// The browser example (examples/browser/) in a real browser: Debian's
// chromium driven by playwright-core (nothing is downloaded). .ci/run
// installs chromium with apt-get when it is missing; the suite skips only
// when it is still not there.

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const skipReason = hasChromium ? '' : ` — skipped: ${CHROMIUM} is not installed (.ci/run installs it with apt-get)`;
if (!hasChromium) console.warn(`browser test${skipReason}`);

const root = fileURLToPath(new URL('../../', import.meta.url));
const htmlFixture = (name: string): string => `${root}test/fixtures/html/${name}`;

const corpusPdf = `${root}../shared/corpus/pdf/001-huaian-city-2024.pdf`;
const hasPdf = existsSync(corpusPdf);
const docxFixture = `${root}test/fixtures/browser/2021-mixed.docx`;

/** The parts of examples/browser/serve.mjs and build.mjs the test uses. */
interface ServeModule {
  startServer(options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
}
interface BuildModule {
  buildSite(): Promise<string>;
}

/** Drops a file on the page, as a user dragging it from the desktop does. */
async function dropFile(page: Page, bytes: Uint8Array, name: string, type: string): Promise<void> {
  await page.evaluate(
    ([data, fileName, fileType]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data as number[])], fileName as string, { type: fileType as string }));
      document.getElementById('drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [[...bytes], name, type] as const,
  );
}

/** The text of the value cell of a model path, as the page shows it. */
function cell(page: Page, path: string): Promise<string | null> {
  return page.locator(`td[data-path="${path}"]`).textContent();
}

/** Fails unless every value of a hand-checked answer file is in its cell (blank for null). */
async function expectCells(page: Page, expected: Record<string, unknown>): Promise<number> {
  const shown = await page.$$eval('td[data-path]', (tds) => Object.fromEntries(tds.map((td) => [(td as HTMLElement).dataset['path'], td.textContent])));
  let checked = 0;
  for (const [path, value] of Object.entries(expected)) {
    if (path.startsWith('meta.')) continue;
    expect(shown[path], path).toBe(value === null ? '' : String(value));
    checked++;
  }
  return checked;
}

describe.skipIf(!hasChromium)(`the browser example (examples/browser/) in chromium${skipReason}`, () => {
  let browser: Browser;
  let page: Page;
  let server: Awaited<ReturnType<ServeModule['startServer']>>;
  const problems: string[] = [];
  const seed000 = seed('000');

  beforeAll(async () => {
    for (const file of ['dist/index.js', 'dist/html.js', 'dist/document.js']) {
      if (!existsSync(root + file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
    }
    // The site is built here (about a second), not committed.
    const site = (await import(new URL('../../examples/browser/build.mjs', import.meta.url).href)) as BuildModule;
    await site.buildSite();
    const serve = (await import(new URL('../../examples/browser/serve.mjs', import.meta.url).href)) as ServeModule;
    const { chromium } = await import('playwright-core');
    server = await serve.startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lays out seed 000 pasted into the textarea as the template tables, with the 总计 cells of table 3', async () => {
    await page.fill('#source', seed000.text);
    await page.waitForSelector('#status[data-state="done"]');
    expect(await cell(page, 'applications.total.total')).toBe('1350');
    expect(await cell(page, 'applications.newReceived.total')).toBe('1320');
    expect(await cell(page, 'applications.carriedOver.total')).toBe('34');
    expect(await cell(page, 'applications.carriedForward.total')).toBe('4');
    // The row label beside the cell is the template's.
    expect(await page.locator('tr[data-row="total"] th').textContent()).toBe('（七）总计');
    // Every value of the hand-checked answer is in its cell.
    expect(await expectCells(page, seed000.expected)).toBeGreaterThan(190);
    expect(await page.locator('#table-applications td[data-path]').count()).toBe(25 * 7);
    expect(await page.locator('#table-review td[data-path]').count()).toBe(15);
  });

  it('lists the narrative-mismatch finding with its line:column and highlights its cells', async () => {
    const finding = page.locator('#findings li.warning button[data-code="narrative-mismatch"]');
    await expect.poll(() => finding.count()).toBe(1);
    expect(await finding.getAttribute('data-position')).toBe('17:184');
    expect(await finding.textContent()).toMatch(/^粘贴的文本:17:184 warning narrative-mismatch 一、总体情况：正文“全年全市/);
    expect(await page.locator('td[data-path="applications.newReceived.legalService"]').getAttribute('class')).toContain('warning');
    expect(await page.locator('td[data-path="applications.newReceived.naturalPerson"]').getAttribute('class')).toBeNull();
  });

  it('selects the sentence in the textarea when the finding is clicked', async () => {
    await page.click('#findings button[data-code="narrative-mismatch"]');
    const selection = await page.evaluate(() => {
      const source = document.getElementById('source') as HTMLTextAreaElement;
      return {
        focused: document.activeElement === source,
        text: source.value.slice(source.selectionStart, source.selectionEnd),
        scrolled: source.scrollTop > 0 && source.scrollLeft > 0,
      };
    });
    expect(selection.focused).toBe(true);
    // Line 17, column 184: the textarea scrolls down and right to show it.
    expect(selection.scrolled).toBe(true);
    expect(selection.text).toMatch(/^全年全市各级行政机关共受理依申请公开1354件，其中自然人申请993件，法人或其他组织申请359件/);
    expect(await page.locator('td.active').count()).toBe(10);
  });

  it('selects a cell’s source text when the cell is clicked', async () => {
    await page.click('td[data-path="applications.total.total"]');
    const selected = await page.evaluate(() => {
      const source = document.getElementById('source') as HTMLTextAreaElement;
      return source.value.slice(source.selectionStart, source.selectionEnd);
    });
    expect(selected).toBe('1350');
  });

  it('decodes a GB18030 file dropped on the page', async () => {
    await dropFile(page, encodeGb18030(seed000.text), 'zhumadian-2022.txt', 'text/plain');
    await expect.poll(() => page.locator('#meta').textContent()).toContain('zhumadian-2022.txt (gb18030)');
    expect(await page.inputValue('#source')).toBe(seed000.text);
    expect(await cell(page, 'applications.total.total')).toBe('1350');
    expect(await page.locator('#findings button').first().textContent()).toMatch(/^zhumadian-2022\.txt:17:184 warning narrative-mismatch/);
  });

  it('reads an HTML page of the 2019 template through the xxgk-report/html entry', async () => {
    const name = '007-shanghai-gov-office-2019-html-from-js-string';
    await page.setInputFiles('#file', htmlFixture(`${name}.html`));
    await expect.poll(() => page.locator('#status').textContent()).toContain('as HTML');
    expect(await page.locator('#meta').textContent()).toContain(`${name}.html`);
    const expected = JSON.parse(readFileSync(htmlFixture(`${name}.expected.json`), 'utf8')) as Record<string, unknown>;
    expect(await page.locator('#table-proactive caption').textContent()).toContain('2019');
    expect(await page.locator('tr[data-row="otherHandling.total"] th').first().textContent()).toBe('（六）其他处理');
    expect(await expectCells(page, expected)).toBeGreaterThan(50);
  });

  it('hides the findings of a severity the filter leaves out, and counts what is left', async () => {
    await page.fill('#source', seed000.text);
    await expect.poll(() => page.locator('#findings li.warning').count()).toBeGreaterThan(0);
    const all = await page.locator('#findings li[data-severity]').count();
    const warnings = await page.locator('#findings li[data-severity="warning"]').count();
    await page.uncheck('#severity-filter input[value="warning"]');
    expect(await page.locator('#findings li[data-severity]:visible').count()).toBe(all - warnings);
    expect(await page.locator('#findings-count').textContent()).toBe(`(${all - warnings}/${all})`);
    await page.check('#severity-filter input[value="warning"]');
    expect(await page.locator('#findings li[data-severity]:visible').count()).toBe(all);
  });

  it('downloads the values as CSV (path, Chinese label, value) and the report as JSON', async () => {
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csvDownload.suggestedFilename()).toBe('report.csv');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('path,label,value');
    expect(lines).toContain('applications.total.total,表三·（七）总计·总计,1350');
    expect(lines).toContain('applications.newReceived.total,表三·一、本年新收政府信息公开申请数量·总计,1320');
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as { report: { applications: { total: { total: number } } }; findings: { code: string }[] };
    expect(json.report.applications.total.total).toBe(1350);
    expect(json.findings.map((f) => f.code)).toContain('narrative-mismatch');
  });

  it.skipIf(!hasPdf)(`draws a dropped PDF and highlights a cell’s box where pdf.js draws its number on the page${hasPdf ? '' : ` — skipped: ${corpusPdf} is not there`}`, async () => {
    const answers = JSON.parse(readFileSync(`${root}test/corpus/answers/001-huaian-city-2024-pdftotext-layout.json`, 'utf8')) as Record<string, unknown>;
    const path = 'applications.newReceived.total';
    const number = String(answers[path]);
    await dropFile(page, new Uint8Array(readFileSync(corpusPdf)), '001-huaian-city-2024.pdf', 'application/pdf');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toContain('as PDF');
    expect(await cell(page, path)).toBe(number);
    await page.click(`td[data-path="${path}"]`);
    const mark = page.locator(`.pdf-highlight[data-path="${path}"]`);
    await expect.poll(() => mark.count()).toBe(1);
    const pageNumber = Number(await mark.getAttribute('data-page'));
    await page.waitForSelector(`.pdf-page[data-page="${pageNumber}"][data-rendered="true"]`);
    // The oracle: pdf.js in Node, not the page: where on that page the number's text item is drawn.
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(corpusPdf)), verbosity: 0 }).promise;
    const pdfPage = await doc.getPage(pageNumber);
    type TextRun = { str: string; transform: number[]; width: number; height: number };
    const items = ((await pdfPage.getTextContent()).items as unknown[] as Partial<TextRun>[]).filter((item): item is TextRun => typeof item.str === 'string' && item.str.trim() === number);
    expect(items.length, `text items "${number}" on page ${pageNumber}`).toBeGreaterThan(0);
    const geometry = await page.evaluate(
      ([p, n]) => {
        const pageDiv = document.querySelector(`.pdf-page[data-page="${n}"]`) as HTMLElement;
        const box = document.querySelector(`.pdf-highlight[data-path="${p}"]`) as HTMLElement;
        const canvas = pageDiv.querySelector('canvas')!;
        const r = box.getBoundingClientRect();
        const c = canvas.getBoundingClientRect();
        // Dark pixels inside the box: the number's glyphs.
        const ratio = canvas.width / c.width;
        const data = canvas.getContext('2d')!.getImageData(Math.round((r.left - c.left) * ratio), Math.round((r.top - c.top) * ratio), Math.max(1, Math.round(r.width * ratio)), Math.max(1, Math.round(r.height * ratio))).data;
        let dark = 0;
        let min = 765;
        for (let i = 0; i < data.length; i += 4) {
          const sum = data[i]! + data[i + 1]! + data[i + 2]!;
          min = Math.min(min, sum);
          if (sum < 450) dark++;
        }
        return { scale: Number(pageDiv.dataset['scale']), left: r.left - c.left, top: r.top - c.top, width: r.width, height: r.height, pageWidth: c.width, pageHeight: c.height, dark, min, pixels: data.length / 4 };
      },
      [path, pageNumber] as const,
    );
    const viewport = pdfPage.getViewport({ scale: geometry.scale });
    // The box lies on the page…
    expect(geometry.left).toBeGreaterThanOrEqual(0);
    expect(geometry.top).toBeGreaterThanOrEqual(0);
    expect(geometry.left + geometry.width).toBeLessThanOrEqual(geometry.pageWidth + 0.5);
    expect(geometry.top + geometry.height).toBeLessThanOrEqual(geometry.pageHeight + 0.5);
    // …over one of the places pdf.js draws the number (its baseline's middle inside the box)…
    const centres = items.map((item) => {
      const [x, y] = viewport.convertToViewportPoint(item.transform[4]! + item.width / 2, item.transform[5]! + item.height / 3);
      return { x: x!, y: y! };
    });
    const inside = centres.filter((p) => p.x >= geometry.left && p.x <= geometry.left + geometry.width && p.y >= geometry.top && p.y <= geometry.top + geometry.height);
    expect(inside, JSON.stringify({ geometry, centres })).toHaveLength(1);
    // …and the pixels under it are ink, not an empty stretch of the page.
    expect(geometry.dark / geometry.pixels, JSON.stringify(geometry)).toBeGreaterThan(0.05);
    await doc.destroy();
  });

  it('reads a DOCX dropped on the page (made by LibreOffice from the 2021-mixed layout) with mammoth’s browser build', async () => {
    const name = '2021-mixed.docx';
    await dropFile(page, new Uint8Array(readFileSync(docxFixture)), name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // 'as DOCX', not just 'as ': the status of the PDF read before says 'as PDF' until this one is done.
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 20_000 }).toContain('as DOCX');
    expect(await page.locator('#status').getAttribute('data-state')).toBe('done');
    expect(await page.locator('#pdf-view').isVisible()).toBe(false);
    const expected = JSON.parse(readFileSync(`${root}test/fixtures/layouts/2021-mixed.expected.json`, 'utf8')) as Record<string, unknown>;
    expect(await expectCells(page, expected)).toBeGreaterThan(190);
  });

  it('reads an .shtml page by its content, as HTML', async () => {
    const name = '007-shanghai-gov-office-2019-html-from-js-string';
    const bytes = new Uint8Array(readFileSync(htmlFixture(`${name}.html`)));
    await dropFile(page, bytes, 'report.shtml', '');
    await expect.poll(() => page.locator('#meta').textContent()).toContain('report.shtml');
    expect(await page.locator('#status').textContent()).toContain('as HTML');
    const expected = JSON.parse(readFileSync(htmlFixture(`${name}.expected.json`), 'utf8')) as Record<string, unknown>;
    expect(await expectCells(page, expected)).toBeGreaterThan(50);
  });

  it('ran with no page error, console error or failed request (the bundle needs no Node built-ins)', () => {
    expect(problems).toEqual([]);
  });
});
