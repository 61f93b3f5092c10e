import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './run-cli.js';

// src/cli/ is the only Node code in src/. Its files reference Node's types,
// which puts them in tsconfig.json's program too; these tests make sure the
// library itself still compiles without them and never reaches into src/cli/.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const src = join(root, 'src');
const core = sourceFiles(src).filter((f) => !relative(src, f).startsWith(`cli${sep}`));

describe('the library core (src/ outside src/cli/)', () => {
  it('imports no node: module and references no Node types', () => {
    const offenders = core.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return /from\s+['"]node:|import\(\s*['"]node:|reference\s+types=["']node["']/.test(text);
    });
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('compiles from its entry points with tsconfig.json\'s settings (no Node types) and never loads src/cli/', () => {
    const configFile = ts.readConfigFile(join(root, 'tsconfig.json'), (p) => ts.sys.readFile(p));
    const config = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
    const program = ts.createProgram({
      rootNames: ['index', 'html', 'pdf', 'docx', 'document'].map((entry) => join(root, `src/${entry}.ts`)),
      options: { ...config.options, noEmit: true },
    });
    const loaded = program.getSourceFiles().map((f) => relative(root, f.fileName));
    expect(loaded.filter((f) => f.startsWith(`src${sep}cli`) || f.startsWith('src/cli'))).toEqual([]);
    expect(loaded.filter((f) => f.includes('@types/node'))).toEqual([]);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  });
});
