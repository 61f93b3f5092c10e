import { describe, expect, it } from 'vitest';
import * as api from '../../../src/html.js';

// The `xxgk-report/html` entry point is pinned like the main one.
describe('the public API of xxgk-report/html', () => {
  it('exports exactly these runtime values', () => {
    expect(Object.keys(api).sort()).toEqual(['embeddedTablesReader', 'htmlReader', 'htmlTableGrids', 'htmlToText', 'looksLikeHtml', 'parseReport', 'renderEmbeddedTables']);
  });
});
