import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';

describe('parseCliArgs', () => {
  it('reads a command, its inputs and its options, with defaults for the rest', () => {
    expect(parseCliArgs(['parse', '-f', 'csv', '--labels', 'zh', '--bom', 'a.txt', 'dir/', '-'])).toEqual({
      kind: 'run',
      command: 'parse',
      inputs: ['a.txt', 'dir/', '-'],
      options: { format: 'csv', validateFormat: 'text', output: undefined, maxSize: 256 * 1024 * 1024, encoding: 'auto', as: 'auto', labels: 'zh', bom: true, severity: 'info', lang: 'zh', quiet: false, progress: false, jobs: undefined, fields: undefined, noSources: false },
    });
  });

  it('reads -j/--jobs, --progress, --fields and --no-sources', () => {
    const request = parseCliArgs(['parse', '-j', '3', '--progress', '--no-sources', '-f', 'jsonl', 'dir/']);
    expect(request.kind === 'run' && [request.options.jobs, request.options.progress, request.options.noSources, request.options.fields]).toEqual([3, true, true, undefined]);
    const fields = parseCliArgs(['parse', '--jobs=1', '--fields', 'meta.year, applications.newReceived.total', '-f', 'csv', 'dir/']);
    expect(fields.kind === 'run' && [fields.options.jobs, fields.options.fields]).toEqual([1, ['meta.year', 'applications.newReceived.total']]);
    const validate = parseCliArgs(['validate', '-j', '2', 'dir/']);
    expect(validate.kind === 'run' && validate.options.jobs).toBe(2);
  });

  it('reads validate --format text|json|jsonl|csv, -o and --max-size', () => {
    const request = parseCliArgs(['validate', '-f', 'jsonl', '-o', 'out.jsonl', '--max-size', '64k', 'a']);
    expect(request.kind === 'run' && [request.options.validateFormat, request.options.output, request.options.maxSize]).toEqual(['jsonl', 'out.jsonl', 65536]);
  });

  it('reads standard input when no input is named and stdin is a pipe, and not otherwise', () => {
    const piped = parseCliArgs(['parse'], { stdinPiped: true });
    expect(piped.kind === 'run' && piped.inputs).toEqual(['-']);
    expect(parseCliArgs(['parse'], { stdinPiped: false })).toMatchObject({ kind: 'usage-error' });
    const named = parseCliArgs(['parse', 'a.txt'], { stdinPiped: true });
    expect(named.kind === 'run' && named.inputs).toEqual(['a.txt']);
  });

  it('answers --help after a command with that command\'s help', () => {
    expect(parseCliArgs(['validate', '--help'])).toEqual({ kind: 'help', command: 'validate' });
    expect(parseCliArgs(['frob', '--help'])).toEqual({ kind: 'help' });
  });

  it('leaves the parse format open when not given (json for one file, jsonl for many)', () => {
    const request = parseCliArgs(['parse', 'a.txt']);
    expect(request.kind === 'run' && request.options.format).toBeUndefined();
  });

  it('makes show parse --format table', () => {
    const request = parseCliArgs(['show', 'a.txt']);
    expect(request.kind === 'run' && request.options.format).toBe('table');
  });

  it('takes option values case-insensitively and in --name=value form', () => {
    const request = parseCliArgs(['parse', '--encoding=GBK', '--format=JSONL', 'a.txt']);
    expect(request.kind === 'run' && [request.options.encoding, request.options.format]).toEqual(['gbk', 'jsonl']);
  });

  it('reads inputs that start with - after --', () => {
    const request = parseCliArgs(['parse', '--', '-odd-name.txt']);
    expect(request.kind === 'run' && request.inputs).toEqual(['-odd-name.txt']);
  });

  it('answers --help and --version before anything else', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['parse', '--frob', '-h'])).toEqual({ kind: 'usage-error', message: "unknown option '--frob'" });
    expect(parseCliArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['parse', '--format', 'xml', 'a'], "option '--format': 'xml' is not one of json, jsonl, csv, table"],
    [['parse', '--encoding', 'latin1', 'a'], "option '--encoding': 'latin1' is not one of auto, utf-8, utf-16le, utf-16be, gb18030, gbk"],
    [['validate', '--format', 'table', 'a'], "option '--format': 'table' is not one of text, json, jsonl, csv"],
    [['validate', '--format', 'json', '--lang', 'en', 'a'], 'validate --format json: no --lang or --severity (records carry both messages and every severity)'],
    [['parse', '--max-size', 'lots', 'a'], "option '--max-size': 'lots' is not a size (e.g. 256M, 64k, 1G, 1000000)"],
    [['parse', '--max-size', '0', 'a'], "option '--max-size': '0' is not a size (e.g. 256M, 64k, 1G, 1000000)"],
    [['show', '--format', 'csv', 'a'], 'show: no --format (show is parse --format table)'],
    [['parse', '--severity', 'error', 'a'], "option '--severity' applies to validate only"],
    [['parse', '--lang', 'en', 'a'], "option '--lang' applies to validate, show and parse --format table only"],
    [['parse', '-', '-'], 'parse: - (stdin) can be given only once'],
    [['parse', '--quiet=1', 'a'], "option '--quiet' takes no value"],
    [['parse', '--jobs', '0', 'a'], "option '--jobs': '0' is not a number of jobs (1 to 256)"],
    [['parse', '-j', 'many', 'a'], "option '--jobs': 'many' is not a number of jobs (1 to 256)"],
    [['parse', '--jobs', '257', 'a'], "option '--jobs': '257' is not a number of jobs (1 to 256)"],
    [['parse', '--quiet', '--progress', 'a'], "options '--quiet' and '--progress' contradict each other"],
    [['parse', '--no-sources', '-f', 'csv', 'a'], "option '--no-sources' applies to parse --format json or jsonl only"],
    [['validate', '--no-sources', 'a'], "option '--no-sources' applies to parse --format json or jsonl only"],
    [['show', '--fields', 'meta.year', 'a'], "option '--fields' applies to parse --format json, jsonl or csv only"],
    [['parse', '--fields', 'meta.yeer', 'a'], "option '--fields': 'meta.yeer' is not a report path (flattenReport's paths, e.g. meta.year, applications.newReceived.total; all are the columns of parse --format csv)"],
    [['parse', '--fields', 'meta.year,,meta.title', 'a'], "option '--fields': 'meta.year,,meta.title' has an empty path (paths separated by commas, e.g. meta.year,applications.newReceived.total)"],
    [['parse', '--fields', 'meta.year,meta.year', 'a'], "option '--fields': 'meta.year' is given twice"],
  ])('%j is a usage error', (argv, message) => {
    expect(parseCliArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});
