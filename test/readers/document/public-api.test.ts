import { describe, expect, it } from 'vitest';
import * as api from '../../../src/document.js';

// The `xxgk-report/document` entry point is pinned like the main one.
describe('the public API of xxgk-report/document', () => {
  it('exports exactly these runtime values', () => {
    expect(Object.keys(api).sort()).toEqual(['parseDocument', 'sniffDocument']);
  });
});
