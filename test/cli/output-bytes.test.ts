import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createOutputSink } from '../../src/cli/output-sink.js';
import type { RenderPlan } from '../../src/cli/render-input.js';
import { descriptorOutput } from '../../src/cli/write-output.js';

// A worker posts a file's text output as UTF-8 bytes (moved, not copied);
// the main thread writes them as they are, beside text it renders itself.

const dir = mkdtempSync(join(tmpdir(), 'xxgk-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = (command: RenderPlan['command'], format: RenderPlan['format']): RenderPlan => ({
  command,
  format,
  validateFormat: 'text',
  labels: 'path',
  severity: 'info',
  lang: 'zh',
  fields: undefined,
  noSources: false,
});

describe('output of bytes', () => {
  it('descriptorOutput writes bytes as given and text as UTF-8, in order', () => {
    const path = join(dir, 'out.txt');
    const fd = openSync(path, 'w');
    const out = descriptorOutput(fd, false);
    out.write('一、');
    out.write(new TextEncoder().encode('{"file":"a.txt","总计":1320}\n'));
    out.write(new Uint8Array(0));
    out.write('end\n');
    expect(out.finish()).toBeUndefined();
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe('一、{"file":"a.txt","总计":1320}\nend\n');
  });

  it('the jsonl and validate sinks pass a worker’s bytes through untouched', () => {
    for (const p of [plan('parse', 'jsonl'), plan('validate', undefined)]) {
      const written: (string | Uint8Array)[] = [];
      const sink = createOutputSink(p, (t) => written.push(t), { many: false, bom: false });
      const bytes = new TextEncoder().encode('第一行\n');
      sink.add({ text: bytes, counts: { error: 0, warning: 0, info: 0 } });
      sink.add({ text: 'second\n', counts: { error: 0, warning: 0, info: 0 } });
      sink.end();
      expect(written[0]).toBe(bytes);
      expect(written[1]).toBe('second\n');
    }
  });

  it('json: elements from workers as bytes make the same array as JSON.stringify, and a lone record is written as is', () => {
    const a = { file: 'a.txt', report: { title: '甲\n乙', rows: [1, { total: 2 }], empty: {} }, findings: [] };
    const b = { file: 'b.txt', report: null, findings: [{ code: 'row-sum', paths: ['applications.total.total'] }] };
    // Each value indented one level as an array element, the way before workers rendered them.
    const element = (v: unknown) => JSON.stringify(v, null, 2).split('\n').join('\n  ');
    const run = (values: unknown[], asBytes: boolean, command: RenderPlan['command'] = 'parse') => {
      const written: (string | Uint8Array)[] = [];
      const sink = createOutputSink(command === 'parse' ? plan('parse', 'json') : { ...plan('validate', undefined), validateFormat: 'json' }, (t) => written.push(t), { many: true, bom: false });
      for (const v of values) {
        const text = element(v);
        sink.add({ jsonElements: asBytes ? new TextEncoder().encode(text) : text, jsonCount: 1, counts: { error: 0, warning: 0, info: 0 } });
      }
      sink.add({ jsonElements: '', jsonCount: 0, counts: { error: 0, warning: 0, info: 0 } });
      sink.end();
      return Buffer.concat(written.map((w) => (typeof w === 'string' ? Buffer.from(w, 'utf8') : Buffer.from(w)))).toString('utf8');
    };
    for (const asBytes of [false, true]) {
      expect(run([a, b], asBytes)).toBe(JSON.stringify([a, b], null, 2) + '\n');
      expect(run([a, b, a], asBytes)).toBe(JSON.stringify([a, b, a], null, 2) + '\n');
      expect(run([a], asBytes)).toBe(JSON.stringify(a, null, 2) + '\n');
      expect(run([a], asBytes, 'validate')).toBe(JSON.stringify([a], null, 2) + '\n');
      expect(run([], asBytes, 'validate')).toBe('[]\n');
      expect(run([], asBytes)).toBe('');
    }
  });
});
