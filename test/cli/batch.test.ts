import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, fixture, readCsv, root, runCli } from './run-cli.js';

// The worker pool against the main thread alone: same bytes, same order, same status.

beforeAll(() => ensureBuilt());

/**
 * A mixed batch: a slow PDF and a DOCX first (so later files finish before
 * them and must wait), then the CLI fixtures (encodings, HTML, a file with an
 * error finding, a directory with no reports) and the example reports.
 */
const mixed = [fixture('documents/2021-word.pdf'), fixture('cli/documents/2021-mixed.docx'), fixture('cli'), `${root}examples/reports`];

const example = (name: string) => `${root}examples/reports/${name}`;

interface JsonRecord {
  readonly file: string;
  readonly report: Record<string, unknown> & { readonly sources?: unknown };
  readonly fields?: Record<string, unknown>;
}

const jsonLines = (text: string): JsonRecord[] => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as JsonRecord);

describe('xxgk-report --jobs', () => {
  it.each([
    ['parse', '-f', 'json'],
    ['parse', '-f', 'jsonl'],
    ['parse', '-f', 'csv'],
    ['parse', '-f', 'csv', '--labels', 'zh', '--bom'],
    ['parse', '-f', 'table'],
    ['parse', '-f', 'jsonl', '--no-sources'],
    ['parse', '-f', 'csv', '--fields', 'meta.year,applications.newReceived.total'],
    // Files a worker refuses to read (over the size limit): named the same way, in the same order.
    ['parse', '-f', 'jsonl', '--max-size', '12k'],
    ['validate', '-f', 'text'],
    ['validate', '-f', 'json'],
    ['validate', '-f', 'jsonl'],
    ['validate', '-f', 'csv'],
    ['show'],
  ].map((args) => [args.join(' '), args] as const))('%s: the same bytes, stderr and status with -j 2 as with -j 1', (_name, args) => {
    const alone = runCli([...args, '-j', '1', ...mixed]);
    const pooled = runCli([...args, '-j', '2', ...mixed]);
    expect(alone.stdoutBytes.length).toBeGreaterThan(1000);
    expect(pooled.stdoutBytes.equals(alone.stdoutBytes)).toBe(true);
    expect(pooled.stderr).toBe(alone.stderr);
    expect(pooled.status).toBe(alone.status);
  }, 90_000);

  it('writes records in input order, whichever file finishes first', () => {
    const order = [fixture('documents/2021-word.pdf'), example('004_4fb5c313f86efda5.txt'), example('000_892e5d3b650a9da1.txt'), fixture('documents/2019-word.pdf'), example('002_43a537ac175a5a3b.txt')];
    const result = runCli(['parse', '-j', '2', '-f', 'jsonl', ...order]);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout).map((r) => r.file)).toEqual(order);
  });

  it('streams --format json as one array, valid JSON, in input order', () => {
    const files = [example('003_969063d6a9393830.txt'), example('001_a057d0496994cc01.txt'), example('000_892e5d3b650a9da1.txt')];
    const result = runCli(['parse', '-j', '2', '-f', 'json', ...files]);
    const records = JSON.parse(result.stdout) as JsonRecord[];
    expect(records.map((r) => r.file)).toEqual(files);
    expect(result.stdout.startsWith('[\n  {\n    "file": ')).toBe(true);
    expect(result.stdout.endsWith('\n  }\n]\n')).toBe(true);
  });

  it('reads standard input beside files the same way', () => {
    const text = readFileSync(example('001_a057d0496994cc01.txt'));
    const args = ['parse', '-f', 'jsonl', example('000_892e5d3b650a9da1.txt'), '-', example('003_969063d6a9393830.txt')];
    const alone = runCli([...args, '-j', '1'], text);
    const pooled = runCli([...args, '-j', '2'], text);
    expect(jsonLines(pooled.stdout).map((r) => r.file)[1]).toBe('<stdin>');
    expect(pooled.stdoutBytes.equals(alone.stdoutBytes)).toBe(true);
  });
});

describe('a worker that crashes', () => {
  const crashOn = { XXGK_TEST_WORKER_EXIT: '002_43a537ac175a5a3b' };
  const files = ['000_892e5d3b650a9da1.txt', '001_a057d0496994cc01.txt', '002_43a537ac175a5a3b.txt', '003_969063d6a9393830.txt', '004_4fb5c313f86efda5.txt'].map(example);

  it('costs its file only: named with the reason, the others all written in order, exit status 2', () => {
    const result = runCli(['parse', '-j', '2', '-f', 'jsonl', ...files], undefined, crashOn);
    expect(result.status).toBe(2);
    expect(jsonLines(result.stdout).map((r) => r.file)).toEqual(files.filter((f) => !f.includes('002_')));
    expect(result.stderr).toBe(
      `xxgk-report: 4 files parsed; 1 input could not be read:\nxxgk-report: cannot read ${files[2]}: the worker reading it stopped: exit code 70\n`,
    );
  });

  it('leaves --format json a valid array of the other records', () => {
    const result = runCli(['parse', '-j', '2', '-f', 'json', ...files], undefined, crashOn);
    expect(result.status).toBe(2);
    expect((JSON.parse(result.stdout) as JsonRecord[]).map((r) => r.file)).toEqual(files.filter((f) => !f.includes('002_')));
  });

  it('is never started for one input or for -j 1 (the main thread reads them)', () => {
    expect(runCli(['parse', '-j', '2', files[2] as string], undefined, crashOn).status).toBe(0);
    const alone = runCli(['parse', '-j', '1', '-f', 'jsonl', ...files], undefined, crashOn);
    expect(alone.status).toBe(0);
    expect(jsonLines(alone.stdout)).toHaveLength(5);
  });
});

describe('--no-sources and --fields', () => {
  const files = [example('000_892e5d3b650a9da1.txt'), example('003_969063d6a9393830.txt'), fixture('cli/encodings/008-utf8.html')];

  it('--no-sources: each record as without it, but for report.sources', () => {
    const full = jsonLines(runCli(['parse', '-f', 'jsonl', ...files]).stdout);
    const result = runCli(['parse', '-f', 'jsonl', '--no-sources', ...files]);
    const lean = jsonLines(result.stdout);
    expect(lean).toHaveLength(3);
    for (const [i, record] of lean.entries()) {
      expect(record.report.sources).toBeUndefined();
      const expected = structuredClone(full[i]) as { report: { sources?: unknown } };
      expect(Object.keys(expected.report.sources as object).length).toBeGreaterThan(50);
      delete expected.report.sources;
      expect(record).toEqual(expected);
    }
    expect(result.stdout.length).toBeLessThan(runCli(['parse', '-f', 'jsonl', ...files]).stdout.length / 2);
  });

  it('--fields: json/jsonl records hold the chosen paths only, in the order chosen', () => {
    const result = runCli(['parse', '-f', 'jsonl', '--fields', 'applications.newReceived.total,meta.year', ...files]);
    expect(result.status).toBe(0);
    const records = jsonLines(result.stdout);
    // 表三 一、本年新收政府信息公开申请数量 · 总计 of 000_892e5d3b650a9da1.txt is 1320 (2022 report).
    expect(records[0]).toEqual({ file: files[0], encoding: 'utf-8', readAs: 'text', fields: { 'applications.newReceived.total': 1320, 'meta.year': 2022 } });
    for (const record of records) expect(Object.keys(record.fields ?? {})).toEqual(['applications.newReceived.total', 'meta.year']);
  });

  it('--fields: CSV columns as chosen, each cell as in the full CSV', () => {
    const fields = ['meta.year', 'applications.newReceived.total', 'reviewLitigation.review.total'];
    const full = readCsv(runCli(['parse', '-f', 'csv', ...files]).stdout);
    const chosen = readCsv(runCli(['parse', '-f', 'csv', '--fields', fields.join(','), ...files]).stdout);
    const header = full[0] ?? [];
    expect(chosen[0]).toEqual(['file', ...fields, ...header.slice(-6)]);
    for (const [i, row] of chosen.slice(1).entries()) {
      const fullRow = full[i + 1] ?? [];
      expect(row).toEqual(['file', ...fields, ...header.slice(-6)].map((column) => fullRow[header.indexOf(column)]));
    }
  });

  it('--fields: a path that is not a report path is a usage error naming it', () => {
    const result = runCli(['parse', '--fields', 'meta.year,applications.newRecieved.total', ...files]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("'applications.newRecieved.total' is not a report path");
  });
});

describe('--progress', () => {
  it('writes plain progress lines to a stderr that is no terminal, ending with every file done', () => {
    const result = runCli(['validate', '--progress', '-j', '2', `${root}examples/reports`]);
    const lines = result.stderr.split('\n').filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.startsWith('['))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\[#{24}\] 5\/5 [\d.]+ files\/s 0:00 left .*004_4fb5c313f86efda5\.txt$/);
  });
});

describe('--help', () => {
  it('names the batch options: --jobs and --progress for every command, --fields and --no-sources for parse', () => {
    const general = runCli(['--help']).stdout;
    for (const words of ['-j, --jobs <n>', '--progress']) expect(general).toContain(words);
    const parse = runCli(['parse', '--help']).stdout;
    for (const words of ['--fields <paths>', '--no-sources', '-j, --jobs <n>']) expect(parse).toContain(words);
  });
});
