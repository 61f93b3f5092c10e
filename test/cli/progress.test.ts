import { describe, expect, it } from 'vitest';
import { createProgress, shouldShowProgress } from '../../src/cli/progress.js';

function fakeTerminal(columns = 60) {
  const writes: string[] = [];
  return { isTTY: true, columns, write: (s: string) => writes.push(s), writes };
}

describe('shouldShowProgress', () => {
  it('shows a bar only on a terminal, for more than 20 files, unless quiet', () => {
    expect(shouldShowProgress(21, { isTTY: true, write() {} }, false)).toBe(true);
    expect(shouldShowProgress(20, { isTTY: true, write() {} }, false)).toBe(false);
    expect(shouldShowProgress(500, { isTTY: false, write() {} }, false)).toBe(false);
    expect(shouldShowProgress(500, { write() {} }, false)).toBe(false);
    expect(shouldShowProgress(500, { isTTY: true, write() {} }, true)).toBe(false);
  });
});

describe('createProgress', () => {
  it('redraws one line in place with the count and the file name, cut from the left to fit', () => {
    const tty = fakeTerminal(60);
    let t = 0;
    const progress = createProgress(40, tty, { interval: 100, now: () => t });
    progress.update(0, 'reports/a.txt');
    t = 50;
    progress.update(1, 'reports/b.txt'); // within the interval: not drawn
    t = 200;
    progress.update(20, `reports/${'很长的文件名'.repeat(10)}.txt`);
    expect(tty.writes).toHaveLength(2);
    expect(tty.writes[0]).toBe(`\r\u001b[K[${'.'.repeat(24)}] 0/40 reports/a.txt`);
    expect(tty.writes[1]).toMatch(/^\r\u001b\[K\[#{12}\.{12}\] 20\/40 …/);
    expect(tty.writes[1]?.endsWith('.txt')).toBe(true);
  });

  it('erases its line on clear and finish, and draws again after a clear', () => {
    const tty = fakeTerminal();
    const progress = createProgress(30, tty, { interval: 1000, now: () => 0 });
    progress.update(0, 'a.txt');
    progress.clear();
    progress.update(1, 'b.txt');
    progress.finish();
    progress.finish();
    expect(tty.writes).toEqual(['\r\u001b[K[' + '.'.repeat(24) + '] 0/30 a.txt', '\r\u001b[K', '\r\u001b[K[#' + '.'.repeat(23) + '] 1/30 b.txt', '\r\u001b[K']);
  });
});
