import { describe, expect, it } from 'vitest';
import * as api from '../../../src/docx.js';

// The `xxgk-report/docx` entry point is pinned like the main one.
describe('the public API of xxgk-report/docx', () => {
  it('exports exactly these runtime values', () => {
    expect(Object.keys(api).sort()).toEqual(['parseDocxReport']);
  });
});
