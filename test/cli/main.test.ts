import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenReport, reportPaths, type Finding, type Report } from '../../src/index.js';
import { allReportPaths } from '../../src/cli/labels.js';
import { cliPath, ensureBuilt, fixture, readCsv, root, runCli } from './run-cli.js';

// End to end: every test spawns the built CLI (`node dist/cli.js`) with
// pipes for stdout and stderr, as a script or CI job would.

interface JsonRecord {
  file: string;
  encoding: string;
  readAs: 'text' | 'html';
  report: Report;
  findings: Finding[];
}

const seeds = {
  '000': 'seeds/000_892e5d3b650a9da1',
  '001': 'seeds/001_a057d0496994cc01',
  '002': 'seeds/002_43a537ac175a5a3b',
  '003': 'seeds/003_969063d6a9393830',
} as const;

function expectedOf(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8')) as Record<string, unknown>;
}

/** Requires every hand-checked value of a fixture in the parsed report. */
function expectValues(report: Report, expected: Record<string, unknown>): void {
  const flat: Readonly<Record<string, unknown>> = flattenReport(report);
  const wrong = Object.entries(expected).filter(([path, value]) => flat[path] !== value);
  expect(wrong.map(([path, value]) => `${path}: expected ${String(value)}, got ${String(flat[path])}`)).toEqual([]);
}

function parseOne(args: readonly string[], input?: string | Buffer): JsonRecord {
  const result = runCli(['parse', ...args], input);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as JsonRecord;
}

function jsonLines(stdout: string): JsonRecord[] {
  return stdout
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as JsonRecord);
}

/** No stack trace: no `    at …` frames and no `Error:` dump. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/node:internal|Error: /);
}

let tmp: string;

beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'xxgk-cli-'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('xxgk-report --help and --version', () => {
  it('prints the usage, the commands and the exit statuses on --help, and exits 0', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const words of ['xxgk-report parse', 'xxgk-report validate', 'xxgk-report show', '--format', '--encoding', '--labels', '--bom', 'Exit status']) {
      expect(result.stdout).toContain(words);
    }
  });

  it('takes -h after a command too', () => {
    expect(runCli(['validate', '-h']).stdout).toContain('Usage:');
  });

  it('prints the version of package.json on --version', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
    const result = runCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${pkg.version}\n`);
  });
});

describe('xxgk-report usage errors', () => {
  it.each([
    [['parse', '--frob', 'x.txt'], "unknown option '--frob'"],
    [['parse', '-x', 'x.txt'], "unknown option '-x'"],
    [['parse', '--format', 'xml', 'x.txt'], "'xml' is not one of json, jsonl, csv, table"],
    [['parse', 'x.txt', '--format'], "option '--format' needs a value"],
    [['parse', '--bom=yes', 'x.txt'], "option '--bom' takes no value"],
    [['parse', '--bom', 'x.txt'], "'--bom' applies to parse --format csv only"],
    [['frobnicate', 'x.txt'], "unknown command 'frobnicate'"],
    [['parse'], 'parse: no input given'],
    [[], 'no command given'],
  ])('%j gets one line on stderr, nothing on stdout, and exit 2', (args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/^xxgk-report: /);
    expectNoStack(result.stderr);
  });
});

describe('xxgk-report parse — encodings and input kinds', () => {
  it('reads a UTF-8 text file into one JSON object: file, encoding, readAs, report, findings', () => {
    const record = parseOne([fixture(`${seeds['001']}.txt`)]);
    expect(record.file).toBe(fixture(`${seeds['001']}.txt`));
    expect(record.encoding).toBe('utf-8');
    expect(record.readAs).toBe('text');
    expectValues(record.report, expectedOf(seeds['001']));
    expect(record.findings.map((f) => f.code)).toEqual(['narrative-mismatch']);
  });

  it('detects GB18030 and gives the values of the UTF-8 original', () => {
    const record = parseOne(['test/fixtures/cli/encodings/001-gb18030.txt']);
    expect(record.encoding).toBe('gb18030');
    expectValues(record.report, expectedOf(seeds['001']));
  });

  it('detects GBK (a 2019-template report) as GB18030, its superset', () => {
    const record = parseOne(['test/fixtures/cli/encodings/003-gbk.txt']);
    expect(record.encoding).toBe('gb18030');
    expect(record.report.meta.template).toBe('2019');
    expectValues(record.report, expectedOf(seeds['003']));
  });

  it('reads UTF-16LE by its BOM', () => {
    const record = parseOne(['test/fixtures/cli/encodings/002-utf16le-bom.txt']);
    expect(record.encoding).toBe('utf-16le');
    expectValues(record.report, expectedOf(seeds['002']));
  });

  it('drops a UTF-8 BOM, so that line:column positions are those of the file without it', () => {
    const withBom = parseOne(['test/fixtures/cli/encodings/000-utf8-bom.txt']);
    const without = parseOne([fixture(`${seeds['000']}.txt`)]);
    expect(withBom.encoding).toBe('utf-8-bom');
    expectValues(withBom.report, expectedOf(seeds['000']));
    expect(withBom.findings.map((f) => f.spans)).toEqual(without.findings.map((f) => f.spans));
    expect(withBom.report.sources).toEqual(without.report.sources);
  });

  it('takes --encoding over detection', () => {
    expect(parseOne(['--encoding', 'gbk', 'test/fixtures/cli/encodings/001-gb18030.txt']).report.meta.title).toBe(
      '新乡市人民政府2021年政府信息公开工作年度报告',
    );
    // Read as UTF-8, GB18030 bytes are not the report any more.
    const forced = parseOne(['-e', 'utf-8', 'test/fixtures/cli/encodings/001-gb18030.txt']);
    expect(forced.encoding).toBe('utf-8');
    expect(forced.report.meta.title).not.toBe('新乡市人民政府2021年政府信息公开工作年度报告');
  });

  it('reads html2text output (UTF-8 with table cells cut byte by byte) as UTF-8, says so, and no value read differs from the generator', () => {
    const file = 'test/fixtures/layouts/2021-mixed-html2text.txt';
    const record = parseOne([file]);
    expect(record.encoding).toBe('utf-8');
    const expected = JSON.parse(readFileSync('test/fixtures/layouts/2021-mixed.expected.json', 'utf8')) as Record<string, unknown>;
    const flat: Readonly<Record<string, unknown>> = flattenReport(record.report);
    expect(Object.entries(expected).filter(([path, value]) => flat[path] !== null && flat[path] !== value)).toEqual([]);
    expect(flat['applications.total.total']).toBe(expected['applications.total.total']);
    expect(record.report.diagnostics.filter((d) => d.code === 'input-invalid-bytes').map((d) => d.severity)).toEqual(['warning']);
    // Said when the text is read the other way too (--as html), and by validate, among the input's diagnostics.
    expect(parseOne(['--as', 'html', file]).report.diagnostics.some((d) => d.code === 'input-invalid-bytes')).toBe(true);
    const validated = runCli(['validate', file]);
    expect(validated.stdout).toMatch(/input-invalid-bytes/);
  });

  it('reads .html as HTML, with the values of the HTML fixture', () => {
    const record = parseOne(['test/fixtures/cli/encodings/008-utf8.html']);
    expect(record.readAs).toBe('html');
    expectValues(record.report, expectedOf('html/008-pingtan-2024-html-stripped'));
  });

  it('reads a GB18030 .htm page as HTML', () => {
    const record = parseOne(['test/fixtures/cli/encodings/011-gb18030.htm']);
    expect(record.encoding).toBe('gb18030');
    expect(record.readAs).toBe('html');
    expectValues(record.report, expectedOf('html/011-pingtan-2023-html-stripped'));
  });

  it('reads - from stdin, GB18030 bytes included', () => {
    const record = parseOne(['-'], readFileSync(fixture('cli/encodings/001-gb18030.txt')));
    expect(record.file).toBe('<stdin>');
    expect(record.encoding).toBe('gb18030');
    expectValues(record.report, expectedOf(seeds['001']));
  });

  it('reads HTML from stdin as HTML when it looks like HTML', () => {
    const record = parseOne(['-'], readFileSync(fixture('cli/encodings/008-utf8.html')));
    expect(record.readAs).toBe('html');
    expectValues(record.report, expectedOf('html/008-pingtan-2024-html-stripped'));
  });

  it('takes --as text over the .html extension', () => {
    expect(parseOne(['--as', 'text', 'test/fixtures/cli/encodings/008-utf8.html']).readAs).toBe('text');
  });
});

describe('xxgk-report parse — JSON, JSON Lines', () => {
  it('writes JSON Lines for a directory: one record per report file, sorted, README and .json skipped', () => {
    const result = runCli(['parse', 'test/fixtures/cli/encodings']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const records = jsonLines(result.stdout);
    expect(records.map((r) => r.file)).toEqual([
      'test/fixtures/cli/encodings/000-utf8-bom.txt',
      'test/fixtures/cli/encodings/001-gb18030.txt',
      'test/fixtures/cli/encodings/002-utf16le-bom.txt',
      'test/fixtures/cli/encodings/003-gbk.txt',
      'test/fixtures/cli/encodings/008-utf8.html',
      'test/fixtures/cli/encodings/011-gb18030.htm',
    ]);
  });

  it('writes one JSON array for several files with --format json', () => {
    const result = runCli(['parse', '-f', 'json', fixture(`${seeds['000']}.txt`), fixture(`${seeds['001']}.txt`)]);
    const records = JSON.parse(result.stdout) as JsonRecord[];
    expect(records.map((r) => r.report.meta.year)).toEqual([2022, 2021]);
  });

  it('writes one JSON line for one file with --format jsonl', () => {
    const result = runCli(['parse', '-f', 'jsonl', fixture(`${seeds['000']}.txt`)]);
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(jsonLines(result.stdout)[0]?.report.meta.year).toBe(2022);
  });
});

describe('xxgk-report parse --format csv', () => {
  it('has the columns file, the 2021 paths in template order and the six counts, for 2021 reports', () => {
    const result = runCli(['parse', '-f', 'csv', fixture(`${seeds['000']}.txt`), fixture(`${seeds['001']}.txt`)]);
    expect(result.status).toBe(0);
    const [header, ...rows] = readCsv(result.stdout);
    expect(header).toEqual([
      'file',
      ...reportPaths('2021', 'divided'),
      'findings.error',
      'findings.warning',
      'findings.info',
      'diagnostics.error',
      'diagnostics.warning',
      'diagnostics.info',
    ]);
    expect(rows).toHaveLength(2);
    for (const [i, name] of [seeds['000'], seeds['001']].entries()) {
      const row = rows[i] ?? [];
      const expected = expectedOf(name);
      for (const [path, value] of Object.entries(expected)) {
        const cell = row[(header ?? []).indexOf(path)];
        expect(cell, path).toBe(value === null ? '' : String(value));
      }
      expect(row[(header ?? []).indexOf('findings.warning')]).toBe('1');
    }
  });

  it('unions the columns of a 2021 and a 2019 report, each template in its order, empty where absent', () => {
    const result = runCli(['parse', '-f', 'csv', fixture(`${seeds['001']}.txt`), 'test/fixtures/cli/encodings/003-gbk.txt']);
    const [header = [], row2021 = [], row2019 = []] = readCsv(result.stdout);
    const paths = header.slice(1, -6);
    expect(paths).toEqual(allReportPaths());
    expect(paths.filter((p) => (reportPaths('2019', 'undivided') as readonly string[]).includes(p))).toEqual(reportPaths('2019', 'undivided'));
    expect(row2021[header.indexOf('proactive.procurement.amount')]).toBe('');
    expect(row2019[header.indexOf('proactive.procurement.amount')]).toBe('25829.67');
    expect(row2019[header.indexOf('proactive.regulations.issued')]).toBe('');
    expect(row2019[header.indexOf('applications.otherHandling.total.total')]).toBe('0');
    expect(row2021[header.indexOf('applications.otherHandling.total.total')]).toBe('');
  });

  it('writes Chinese headers with --labels zh, each one different', () => {
    const result = runCli(['parse', '-f', 'csv', '--labels', 'zh', fixture(`${seeds['001']}.txt`), 'test/fixtures/cli/encodings/003-gbk.txt']);
    const [header = []] = readCsv(result.stdout);
    expect(header.slice(0, 7)).toEqual(['文件', '标题', '发布机关', '年度', '模板', '发布时间', '信息来源']);
    expect(header).toContain('表三·一、本年新收政府信息公开申请数量·自然人');
    expect(header).toContain('表二·政府集中采购·采购总金额（万元）');
    expect(header).toContain('表四·复议后起诉·尚未审结');
    expect(new Set(header).size).toBe(header.length);
  });

  it('starts with a UTF-8 BOM with --bom, and not without', () => {
    const file = fixture(`${seeds['001']}.txt`);
    expect([...runCli(['parse', '-f', 'csv', '--bom', file]).stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(runCli(['parse', '-f', 'csv', file]).stdout.startsWith('file,')).toBe(true);
  });

  it('ends records with CRLF and quotes fields per RFC 4180', () => {
    writeFileSync(join(tmp, 'quote"d,name.txt'), readFileSync(fixture(`${seeds['001']}.txt`)));
    const result = runCli(['parse', '-f', 'csv', join(tmp, 'quote"d,name.txt')]);
    expect(result.stdout.endsWith('\r\n')).toBe(true);
    expect(result.stdout).toContain(`"${join(tmp, 'quote""d,name.txt')}"`);
    const [, row = []] = readCsv(result.stdout);
    expect(row[0]).toBe(join(tmp, 'quote"d,name.txt'));
  });
});

describe('xxgk-report validate', () => {
  it('prints findings as file:line:col severity code message, a summary per file and a total, and exits 0 without errors', () => {
    const result = runCli(['validate', fixture(`${seeds['001']}.txt`), fixture(`${seeds['002']}.txt`)]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const f1 = fixture(`${seeds['001']}.txt`);
    const f2 = fixture(`${seeds['002']}.txt`);
    expect(result.stdout.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${f1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:13:77 warning narrative-mismatch 一、总体情况：`)),
      `${f1}: 0 errors, 1 warning, 0 info`,
      `${f2}: 0 errors, 0 warnings, 0 info`,
      '2 files: 0 with errors; 0 errors, 1 warning, 0 info',
      '',
    ]);
  });

  it('exits 1 when a finding is error-level', () => {
    const result = runCli(['validate', 'test/fixtures/cli/errors/001-review-total-52.txt']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'test/fixtures/cli/errors/001-review-total-52.txt:81:1 error review-sum 表四“行政复议”：结果维持+结果纠正+其他结果+尚未审结 ≠ 总计（51 ≠ 52）',
    );
    expect(result.stdout).toContain('test/fixtures/cli/errors/001-review-total-52.txt: 1 error, 1 warning, 0 info');
  });

  it('prints only findings at or above --severity, and still counts all of them', () => {
    const result = runCli(['validate', '--severity', 'error', 'test/fixtures/cli/errors/001-review-total-52.txt']);
    expect(result.stdout).not.toContain('narrative-mismatch');
    expect(result.stdout).toContain('review-sum');
    expect(result.stdout).toContain('1 error, 1 warning, 0 info');
  });

  it('prints the English messages with --lang en', () => {
    const result = runCli(['validate', '--lang', 'en', 'test/fixtures/cli/errors/001-review-total-52.txt']);
    expect(result.stdout).toMatch(/:81:1 error review-sum [A-Za-z]/);
  });
});

describe('xxgk-report show', () => {
  it('prints the metadata, the three tables and the findings of each report', () => {
    const result = runCli(['show', 'examples/reports']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.match(/^━━ examples\/reports\//gm)).toHaveLength(5);
    for (const words of ['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况', '解析诊断', '核查']) {
      expect(result.stdout).toContain(words);
    }
    expect(result.stdout).toContain('发布机关  驻马店市人民政府');
    expect(result.stdout).toMatch(/一、本年新收政府信息公开申请数量\s+959\s+8\s+0\s+0\s+351\s+2\s+1320/);
    expect(result.stdout).toContain('examples/reports/001_a057d0496994cc01.txt:13:77 warning narrative-mismatch');
  });

  it('is parse --format table', () => {
    const file = fixture(`${seeds['003']}.txt`);
    expect(runCli(['parse', '-f', 'table', file]).stdout).toBe(runCli(['show', file]).stdout);
  });
});

describe('xxgk-report on bad inputs', () => {
  it('says in one line that a file does not exist, and exits 2', () => {
    const result = runCli(['parse', 'no/such/report.txt']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('xxgk-report: cannot read no/such/report.txt: no such file or directory\n');
  });

  it('says that a directory has nothing to parse, names what it passed over, and exits 2', () => {
    const result = runCli(['validate', 'test/fixtures/cli/no-reports']);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'xxgk-report: note: test/fixtures/cli/no-reports: 2 files not read, not named as reports (README, .json); name a file to read it',
      'xxgk-report: cannot read test/fixtures/cli/no-reports: no report files in this directory',
    ]);
  });

  it('goes on past an unreadable file in a batch and reports it at the end, with exit 2', () => {
    const dir = join(tmp, 'batch');
    mkdirSync(dir);
    copyFileSync(fixture(`${seeds['000']}.txt`), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'b-broken.txt'));
    copyFileSync(fixture(`${seeds['001']}.txt`), join(dir, 'c.txt'));
    const result = runCli(['parse', dir, 'missing.txt']);
    expect(result.status).toBe(2);
    expect(jsonLines(result.stdout).map((r) => r.report.meta.year)).toEqual([2022, 2021]);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'xxgk-report: 2 files parsed; 2 inputs could not be read:',
      `xxgk-report: cannot read ${join(dir, 'b-broken.txt')}: no such file or directory`,
      'xxgk-report: cannot read missing.txt: no such file or directory',
    ]);
    expectNoStack(result.stderr);
  });

  it('exits 2 over 1 when validate meets both an error-level finding and an unreadable input', () => {
    const result = runCli(['validate', 'test/fixtures/cli/errors/001-review-total-52.txt', 'missing.txt']);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('error review-sum');
  });

  it('reads a directory given where a file was expected as a directory', () => {
    const result = runCli(['parse', '-f', 'jsonl', 'test/fixtures/cli/encodings/']);
    expect(jsonLines(result.stdout)).toHaveLength(6);
  });

  it('says the output is incomplete, without a stack trace, and exits 2 when the reader of its output goes away', () => {
    const dir = join(tmp, 'pipe');
    mkdirSync(dir);
    for (let i = 0; i < 30; i++) copyFileSync(fixture(`${seeds['000']}.txt`), join(dir, `r${String(i).padStart(2, '0')}.txt`));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" parse "${dir}" | head -c 100 > /dev/null`], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('xxgk-report: cannot write the output: the reader of the output closed it (broken pipe); the output is incomplete\n');
  });

});

describe('xxgk-report progress', () => {
  it('writes nothing to stderr for a large batch when stderr is not a terminal', () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 25; i++) copyFileSync(fixture(`${seeds['002']}.txt`), join(dir, `r${String(i).padStart(2, '0')}.txt`));
    const result = runCli(['validate', dir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('25 files: 0 with errors');
  });
});
