import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration, formatProgressLine, formatRate, shouldShowProgress } from '../../src/cli/progress.js';

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

  it('shows it whenever --progress asks, terminal or not, however few the files', () => {
    expect(shouldShowProgress(2, { isTTY: false, write() {} }, false, true)).toBe(true);
  });
});

describe('formatProgressLine', () => {
  it('shows files done of the total, the rate so far and the time left at that rate', () => {
    // 10 of 40 in 4 s: 2.5 files/s, 30 left → 12 s.
    expect(formatProgressLine({ done: 10, total: 40, elapsedMs: 4000, label: 'a.txt', columns: 100 })).toBe(`[######${'.'.repeat(18)}] 10/40 2.5 files/s 0:12 left a.txt`);
  });

  it('shows no rate before the first file is done', () => {
    expect(formatProgressLine({ done: 0, total: 40, elapsedMs: 900, label: 'a.txt', columns: 100 })).toBe(`[${'.'.repeat(24)}] 0/40 a.txt`);
  });

  it('rounds the time left up, to hours when long, and is 0:00 when done', () => {
    // 1 of 10,000 in 1 s: 9,999 s left = 2:46:39.
    expect(formatProgressLine({ done: 1, total: 10000, elapsedMs: 1000, label: 'x', columns: 100 })).toContain(' 1/10000 1 files/s 2:46:39 left x');
    expect(formatProgressLine({ done: 3, total: 3, elapsedMs: 1000, label: 'x', columns: 100 })).toBe(`[${'#'.repeat(24)}] 3/3 3 files/s 0:00 left x`);
  });

  it('cuts the file name from the left to fit the width', () => {
    const line = formatProgressLine({ done: 5, total: 10, elapsedMs: 1000, label: `dir/${'长'.repeat(80)}/last.txt`, columns: 70 });
    expect(line.startsWith(`[${'#'.repeat(12)}${'.'.repeat(12)}] 5/10 5 files/s 0:01 left …`)).toBe(true);
    expect(line.endsWith('/last.txt')).toBe(true);
  });
});

describe('formatRate and formatDuration', () => {
  it('gives one decimal under 10 files/s and whole numbers above', () => {
    expect([formatRate(0.04), formatRate(3.24), formatRate(9.96), formatRate(41.7)]).toEqual(['0 files/s', '3.2 files/s', '10 files/s', '42 files/s']);
  });

  it('writes m:ss, and h:mm:ss from an hour on, rounding up', () => {
    expect([formatDuration(0), formatDuration(0.2), formatDuration(59), formatDuration(61), formatDuration(3600), formatDuration(3661)]).toEqual(['0:00', '0:01', '0:59', '1:01', '1:00:00', '1:01:01']);
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
    // 20 files in 200 ms: 100 files/s, 20 left → 0.2 s, rounded up.
    expect(tty.writes[1]).toMatch(/^\r\u001b\[K\[#{12}\.{12}\] 20\/40 100 files\/s 0:01 left …/);
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

  it('writes plain lines, no escapes, where stderr is no terminal (--progress to a log)', () => {
    const writes: string[] = [];
    let t = 0;
    const progress = createProgress(4, { isTTY: false, write: (s: string) => writes.push(s) }, { now: () => t });
    t = 2000;
    progress.update(1, 'a.txt');
    t = 2500;
    progress.update(2, 'b.txt'); // within the default second: not written
    t = 4000;
    progress.update(4, 'd.txt');
    progress.finish();
    expect(writes).toEqual([`[######${'.'.repeat(18)}] 1/4 0.5 files/s 0:06 left a.txt\n`, `[${'#'.repeat(24)}] 4/4 1 files/s 0:00 left d.txt\n`]);
  });
});
