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

/** The parts of examples/browser/serve.mjs the test uses. */
interface ServeModule {
  startServer(options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
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
    for (const file of ['dist/index.js', 'dist/html.js']) {
      if (!existsSync(root + file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
    }
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
    const bytes = [...encodeGb18030(seed000.text)];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'zhumadian-2022.txt', { type: 'text/plain' }));
      document.getElementById('drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await expect.poll(() => page.locator('#meta').textContent()).toContain('zhumadian-2022.txt (gb18030)');
    expect(await page.inputValue('#source')).toBe(seed000.text);
    expect(await cell(page, 'applications.total.total')).toBe('1350');
    expect(await page.locator('#findings button').first().textContent()).toMatch(/^zhumadian-2022\.txt:17:184 warning narrative-mismatch/);
  });

  it('reads an HTML page of the 2019 template through the xxgk-report/html entry', async () => {
    const name = '007-shanghai-gov-office-2019-html-from-js-string';
    await page.setInputFiles('#file', htmlFixture(`${name}.html`));
    await expect.poll(() => page.locator('#status').textContent()).toContain('as HTML');
    const expected = JSON.parse(readFileSync(htmlFixture(`${name}.expected.json`), 'utf8')) as Record<string, unknown>;
    expect(await page.locator('#table-proactive caption').textContent()).toContain('2019');
    expect(await page.locator('tr[data-row="otherHandling.total"] th').first().textContent()).toBe('（六）其他处理');
    expect(await expectCells(page, expected)).toBeGreaterThan(50);
  });

  it('ran with no page error, console error or failed request (the bundle needs no Node built-ins)', () => {
    expect(problems).toEqual([]);
  });
});
