import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../../src/index.js';
import { parsePdfReport } from '../../../src/pdf.js';

/**
 * The PDFs made by scripts/make-document-fixtures.mjs (LibreOffice from
 * HTML with the official table structure; see test/fixtures/documents/README.md),
 * each read once per test run.
 */

export const documentsDir = fileURLToPath(new URL('../../fixtures/documents/', import.meta.url));

/** Fixture names (NAME.pdf, NAME.html, NAME.expected.json). */
export const documentFixtures: string[] = readdirSync(documentsDir).filter((f) => f.endsWith('.pdf')).map((f) => f.slice(0, -4)).sort();

const readings = new Map<string, Promise<Report>>();

/** The fixture's PDF read by parsePdfReport (memoized). */
export function readFixturePdf(name: string): Promise<Report> {
  let reading = readings.get(name);
  if (!reading) {
    reading = parsePdfReport(new Uint8Array(readFileSync(`${documentsDir}${name}.pdf`)));
    readings.set(name, reading);
  }
  return reading;
}
