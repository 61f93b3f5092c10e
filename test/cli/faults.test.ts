import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document.js';
import { cliPath, ensureBuilt, fixture, readCsv, root, runCli } from './run-cli.js';

// End to end, the faults of the issue: a full disk, a closed pipe, link
// loops, FIFOs, devices, huge inputs, empty and joined inputs — each against
// the built dist/cli.js.

const seed0 = fixture('seeds/000_892e5d3b650a9da1.txt');
const seed1 = fixture('seeds/001_a057d0496994cc01.txt');
const seed2 = fixture('seeds/002_43a537ac175a5a3b.txt');

let tmp: string;

beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'xxgk-faults-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs the CLI through sh, so that a test can redirect its descriptors. */
function sh(script: string, timeout = 30_000) {
  const result = spawnSync('sh', ['-c', script], { cwd: root, encoding: 'utf8', timeout, env: { ...process.env, CLI: cliPath, NODE: process.execPath } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

/** A directory of `n` copies of a seed, for output larger than a pipe or a small disk takes. */
function copies(name: string, n: number): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  for (let i = 0; i < n; i++) copyFileSync(seed0, join(dir, `r${String(i).padStart(3, '0')}.txt`));
  return dir;
}

const jsonLines = (stdout: string) => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { file: string; readAs: string });

describe('every write is checked', () => {
  it.each([['json'], ['jsonl'], ['csv'], ['table']])('--format %s to a full disk (/dev/full) says so and exits 2', (format) => {
    const result = sh(`"$NODE" "$CLI" parse -f ${format} "${seed0}" "${seed1}" > /dev/full`);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('xxgk-report: cannot write the output: no space left on device; the output is incomplete\n');
  });

  it('validate to a full disk exits 2, not 0 or 1', () => {
    const result = sh(`"$NODE" "$CLI" validate -f json "${seed0}" > /dev/full`);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no space left on device');
  });

  it('--help to a full disk exits 2', () => {
    expect(sh(`"$NODE" "$CLI" parse --help > /dev/full`).status).toBe(2);
  });

  it('exits 2 when the reading end of its stdout is closed before it writes', async () => {
    const child = spawn(process.execPath, [cliPath, 'parse', '-f', 'jsonl', seed0, seed1], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(2);
    expect(stderr).toBe('xxgk-report: cannot write the output: the reader of the output closed it (broken pipe); the output is incomplete\n');
  });

  it('writes -o FILE complete, the same bytes as stdout, and leaves no temporary file', () => {
    const dir = join(tmp, 'out');
    mkdirSync(dir);
    const file = join(dir, 'reports.csv');
    const result = runCli(['parse', '-f', 'csv', '-o', file, seed0, seed1]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(runCli(['parse', '-f', 'csv', seed0, seed1]).stdout);
    expect(readdirSync(dir)).toEqual(['reports.csv']);
  });

  it('refuses -o into a directory or a folder that does not exist, with exit 2', () => {
    expect(runCli(['parse', '-o', tmp, seed0]).stderr).toBe(`xxgk-report: cannot write ${tmp}: is a directory\n`);
    const missing = runCli(['parse', '-o', join(tmp, 'no', 'such', 'x.json'), seed0]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file or directory');
  });

  describe('on a 64 kB tmpfs', () => {
    const disk = join(tmpdir(), `xxgk-tmpfs-${process.pid}`);
    let mounted = false;
    beforeAll(() => {
      mkdirSync(disk, { recursive: true });
      // Needs root (or CAP_SYS_ADMIN); elsewhere these cases are skipped, /dev/full covers the same error.
      mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status === 0;
    });
    afterAll(() => {
      if (mounted) spawnSync('umount', [disk]);
      rmSync(disk, { recursive: true, force: true });
    });

    it('a redirected stdout cut at the disk size is an error, exit 2', (context) => {
      if (!mounted) context.skip();
      const dir = copies('tmpfs-many', 12);
      const result = sh(`"$NODE" "$CLI" parse -f json "${dir}" > "${disk}/out.json"`);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('no space left on device; the output is incomplete');
      rmSync(join(disk, 'out.json'), { force: true });
    });

    it('-o FILE that does not fit leaves the file that was there, and no temporary file', (context) => {
      if (!mounted) context.skip();
      const dir = join(tmp, 'tmpfs-many');
      const file = join(disk, 'out.json');
      writeFileSync(file, 'before\n');
      const result = runCli(['parse', '-f', 'json', '-o', file, dir]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`cannot write ${file}: no space left on device; the output is incomplete`);
      expect(readFileSync(file, 'utf8')).toBe('before\n');
      expect(readdirSync(disk)).toEqual(['out.json']);
    });
  });
});

describe('folder walks', () => {
  it('visit each real path once through two symlink loops, and end', () => {
    const dir = join(tmp, 'loops');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    copyFileSync(seed0, join(dir, 'a', 'one.txt'));
    copyFileSync(seed1, join(dir, 'a', 'b', 'two.txt'));
    symlinkSync('..', join(dir, 'a', 'b', 'up'));
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'again'));
    symlinkSync('.', join(dir, 'self'));
    const result = sh(`"$NODE" "$CLI" parse -f jsonl "${dir}"`, 20_000);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout).map((r) => r.file)).toEqual([join(dir, 'a', 'b', 'two.txt'), join(dir, 'a', 'one.txt')]);
    for (const link of ['a/b/again', 'a/b/up', 'self']) expect(result.stderr).toContain(`note: ${join(dir, link)}: skipped: a link to a directory already read`);
  });

  it('read a file linked twice once, and say so', () => {
    const dir = join(tmp, 'twice');
    mkdirSync(dir);
    copyFileSync(seed0, join(dir, 'a.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const result = runCli(['parse', '-f', 'jsonl', dir]);
    expect(jsonLines(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain(`note: ${join(dir, 'b.txt')}: skipped: the same file as one already read`);
  });

  it('skip a FIFO, named, without blocking the batch', () => {
    const dir = join(tmp, 'fifo');
    mkdirSync(dir);
    copyFileSync(seed0, join(dir, 'a.txt'));
    expect(spawnSync('mkfifo', [join(dir, 'b-pipe.txt')]).status).toBe(0);
    copyFileSync(seed1, join(dir, 'c.txt'));
    const result = sh(`"$NODE" "$CLI" parse -f jsonl "${dir}"`, 20_000);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout).map((r) => r.file)).toEqual([join(dir, 'a.txt'), join(dir, 'c.txt')]);
    expect(result.stderr).toBe(`xxgk-report: note: ${join(dir, 'b-pipe.txt')}: skipped: a FIFO (named pipe); only regular files are read from a directory\n`);
  });

  it('take the extensions sites save reports under, and read each by its content', () => {
    const dir = join(tmp, 'kinds');
    mkdirSync(dir);
    const html = readFileSync(fixture('cli/encodings/008-utf8.html'));
    for (const name of ['a.shtml', 'b.jsp', 'c.aspx', 'd.php', 'e.txt']) writeFileSync(join(dir, name), html);
    copyFileSync(seed0, join(dir, 'f.md'));
    const records = jsonLines(runCli(['parse', '-f', 'jsonl', dir]).stdout);
    expect(records.map((r) => [r.file.slice(dir.length + 1), r.readAs])).toEqual([
      ['a.shtml', 'html'],
      ['b.jsp', 'html'],
      ['c.aspx', 'html'],
      ['d.php', 'html'],
      ['e.txt', 'html'],
      ['f.md', 'text'],
    ]);
  });
});

describe('inputs that must not be read whole', () => {
  it('refuses /dev/zero on the command line as a device, at once', () => {
    const result = sh(`"$NODE" "$CLI" parse /dev/zero`, 10_000);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('xxgk-report: cannot read /dev/zero: a character device, not a file: not read\n');
  });

  it('refuses a file over --max-size by its size, before reading it', () => {
    const result = runCli(['parse', '--max-size', '1k', seed0]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^xxgk-report: cannot read ${seed0.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: too large: [\\d.]+ kB, over the limit of 1 kB \\(--max-size\\); not read\\n$`));
  });

  it('reads an input too large for the heap in a worker of its own, even with --jobs 1: it costs that file, not the batch', () => {
    // 11 MB of table rows: over ISOLATE_ABOVE, and 40 to 70 bytes of memory a byte, over a 64 MB heap.
    const dir = join(tmp, 'heap');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-huge.txt'), '规章 1 2\n'.repeat(1_000_000));
    copyFileSync(seed0, join(dir, 'b.txt'));
    const result = sh(`"$NODE" --max-old-space-size=64 "$CLI" show -j 1 "${dir}"`, 60_000);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`cannot read ${join(dir, 'a-huge.txt')}: the worker reading it stopped: `);
    expect(result.stderr).toContain('memory');
    expect(result.stdout).toContain(`━━ ${join(dir, 'b.txt')}`);
    expect(result.stdout).toContain('驻马店市人民政府');
  });

  it('stops reading an endless pipe on stdin at --max-size', () => {
    const result = sh(`cat /dev/zero | "$NODE" "$CLI" parse --max-size 1M`, 20_000);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('xxgk-report: cannot read <stdin>: too large: more than 1 MB, over the limit of 1 MB (--max-size); not read\n');
  });
});

describe('standard input', () => {
  it('is read when piped and no input is named', () => {
    const result = sh(`cat "${seed1}" | "$NODE" "$CLI" parse`);
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout) as { file: string; report: { meta: { year: number } } };
    expect(record.file).toBe('<stdin>');
    expect(record.report.meta.year).toBe(2021);
  });

  it('is read when redirected from a file', () => {
    expect(sh(`"$NODE" "$CLI" validate < "${seed2}"`).stdout).toBe('<stdin>: 0 errors, 0 warnings, 0 info\n');
  });

  it('is not waited for when it is /dev/null: no input is a usage error', () => {
    const result = runCli(['parse']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('parse: no input given');
  });
});

describe('empty and joined inputs', () => {
  it('an empty file is an input-empty error: validate exits 1', () => {
    const file = join(tmp, 'empty.txt');
    writeFileSync(file, ' \n\n');
    const result = runCli(['validate', file]);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]?.startsWith(`${file}:1:1 error input-empty `)).toBe(true);
  });

  it('parse gives an empty file its report, with the input-empty diagnostic, and exits 0', () => {
    const result = runCli(['parse', '-'], '');
    expect(result.status).toBe(0);
    const record = JSON.parse(result.stdout) as { report: { diagnostics: { code: string; severity: string }[] } };
    expect(record.report.diagnostics.filter((d) => d.code === 'input-empty')).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it('two reports in one file get input-several-reports at the line the second begins', () => {
    const a = readFileSync(seed0, 'utf8');
    const b = readFileSync(seed1, 'utf8');
    const file = join(tmp, 'joined.txt');
    writeFileSync(file, `${a}\n${b}`);
    const line = a.split('\n').length + b.split('\n').findIndex((l) => l.trim() !== '') + 1;
    const result = runCli(['validate', '-f', 'jsonl', file]);
    const records = jsonLines(result.stdout) as unknown as { code: string; line: number; source: string }[];
    expect(records.filter((r) => r.code === 'input-several-reports')).toEqual([expect.objectContaining({ source: 'diagnostic', line })]);
  });
});

describe('validate --format', () => {
  const file = 'test/fixtures/cli/errors/001-review-total-52.txt';

  it('json is an array of records with file, source, code, severity, paths, expected, actual, line, column, messages', () => {
    const result = runCli(['validate', '-f', 'json', file]);
    expect(result.status).toBe(1);
    const records = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(records.find((r) => r.code === 'review-sum')).toEqual({
      file,
      source: 'finding',
      code: 'review-sum',
      severity: 'error',
      paths: ['reviewLitigation.review.upheld', 'reviewLitigation.review.corrected', 'reviewLitigation.review.other', 'reviewLitigation.review.pending', 'reviewLitigation.review.total'],
      expected: 51,
      actual: 52,
      line: 81,
      column: 1,
      message: '表四“行政复议”：结果维持+结果纠正+其他结果+尚未审结 ≠ 总计（51 ≠ 52）',
      messageEn: expect.stringContaining('Table 4') as unknown,
    });
  });

  it('jsonl and csv hold the same records as json', () => {
    const json = JSON.parse(runCli(['validate', '-f', 'json', file, seed1]).stdout) as Record<string, unknown>[];
    const jsonl = jsonLines(runCli(['validate', '-f', 'jsonl', file, seed1]).stdout);
    expect(jsonl).toEqual(json);
    const [header, ...rows] = readCsv(runCli(['validate', '-f', 'csv', file, seed1]).stdout);
    expect(header).toEqual(['file', 'source', 'code', 'severity', 'paths', 'expected', 'actual', 'line', 'column', 'message', 'messageEn']);
    expect(rows.map((r) => [r[0], r[2], r[5], r[6], r[7]])).toEqual(json.map((r) => [r.file, r.code, String(r.expected), String(r.actual), String(r.line)]));
  });
});

describe('help', () => {
  it('is different for each command, and names its own options', () => {
    const [parse, validate, show, general] = [['parse', '--help'], ['validate', '--help'], ['show', '-h'], ['--help']].map((a) => runCli(a).stdout);
    expect(new Set([parse, validate, show, general]).size).toBe(4);
    expect(parse).toMatch(/^xxgk-report parse/);
    expect(parse).toContain('--labels');
    expect(validate).toMatch(/^xxgk-report validate/);
    expect(validate).toContain('text | json | jsonl | csv');
    expect(validate).not.toContain('--labels');
    expect(show).toMatch(/^xxgk-report show/);
  });
});

describe('routing by content', () => {
  it('writes no report.document.text in JSON, and says how the input was read', () => {
    const record = JSON.parse(runCli(['parse', seed0]).stdout) as { readAs: string; report: { document: Record<string, unknown> } };
    expect(record.readAs).toBe('text');
    expect(record.report.document.format).toBe('text');
    expect(record.report.document).not.toHaveProperty('text');
  });

  it('reads an HTML page saved without an extension as HTML', () => {
    const file = join(tmp, 'page');
    copyFileSync(fixture('cli/encodings/008-utf8.html'), file);
    expect((JSON.parse(runCli(['parse', file]).stdout) as { readAs: string }).readAs).toBe('html');
  });

  // The PDF and DOCX sniffing of parseDocument is being written beside this
  // work; until it lands, these cases are skipped (and say so), never passed.
  const pdf = `${root}../shared/corpus/pdf/001-huaian-city-2024.pdf`;
  const docx = fixture('cli/documents/2021-mixed.docx');
  const sniffs = async () => existsSync(pdf) && (await parseDocument(readFileSync(pdf))).document?.format === 'pdf';

  it('routes .pdf to the PDF reader and .docx to the DOCX reader, in a folder walk too', async (context) => {
    if (!(await sniffs())) context.skip();
    const dir = join(tmp, 'docs');
    mkdirSync(dir);
    copyFileSync(pdf, join(dir, 'a.pdf'));
    copyFileSync(docx, join(dir, 'b.docx'));
    const records = jsonLines(runCli(['parse', '-f', 'jsonl', dir]).stdout);
    expect(records.map((r) => r.readAs)).toEqual(['pdf', 'docx']);
  });

  it('names an image in a folder with the reason, goes on, and exits 2', async (context) => {
    if (!(await sniffs())) context.skip();
    const dir = join(tmp, 'image');
    mkdirSync(dir);
    copyFileSync(seed0, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const result = runCli(['parse', '-f', 'jsonl', dir]);
    expect(result.status).toBe(2);
    expect(jsonLines(result.stdout).map((r) => r.readAs)).toEqual(['text', 'unsupported']);
    expect(result.stderr).toContain(`cannot read ${join(dir, 'b.png')}: no reader reads it:`);
    expect(result.stderr).toContain('(input-unsupported)');
  });
});
