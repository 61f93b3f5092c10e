import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/cli/run.js';

describe('defaultJobs', () => {
  it('leaves one core to the compiler and collector threads, and reads in the main thread on one or two', () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(1);
    expect(defaultJobs(4)).toBe(3);
    expect(defaultJobs(16)).toBe(15);
  });

  it('is at least one whatever the count it is given', () => {
    expect(defaultJobs(0)).toBe(1);
    expect(defaultJobs(Number.NaN)).toBe(1);
  });
});
