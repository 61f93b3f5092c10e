import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every public export — function, constant, interface, type alias — carries a
// TSDoc `@example` with a ```ts snippet written against the package's own
// entry points. Read through the compiler API from the two entry points, with
// re-exports resolved to their declarations, as a user of the package sees them.
const root = fileURLToPath(new URL('../../', import.meta.url));
const entries = {
  'xxgk-report': `${root}src/index.ts`,
  'xxgk-report/html': `${root}src/html.ts`,
  'xxgk-report/docx': `${root}src/docx.ts`,
  'xxgk-report/document': `${root}src/document.ts`,
} as const;

const config = ts.getParsedCommandLineOfConfigFile(`${root}tsconfig.json`, {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});
if (!config) throw new Error('tsconfig.json could not be read');
const program = ts.createProgram({
  rootNames: Object.values(entries),
  options: { ...config.options, noEmit: true },
});
const checker = program.getTypeChecker();

interface ExportDocs {
  readonly name: string;
  readonly declarations: number;
  /** The text of each `@example` tag on the export's declarations. */
  readonly examples: readonly string[];
}

/** The exports of an entry point, aliases resolved, with the `@example` tags of their declarations. */
function exportsOf(file: string): ExportDocs[] {
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`not in the program: ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`not a module: ${file}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    // ts.getJSDocTags also finds the comment of a `const` on its statement.
    const examples = declarations.flatMap((d) =>
      ts
        .getJSDocTags(d)
        .filter((tag) => tag.tagName.text === 'example')
        .map((tag) => ts.getTextOfJSDocComment(tag.comment) ?? ''),
    );
    return { name: exported.name, declarations: declarations.length, examples };
  });
}

/** A ```ts block that imports from one of the package's entry points. */
const PUBLIC_SNIPPET = /```ts\n[\s\S]*?from 'xxgk-report(\/html|\/docx|\/document)?';[\s\S]*?```/;

describe('every public export has a TSDoc @example', () => {
  for (const [entry, file] of Object.entries(entries)) {
    describe(entry, () => {
      const exported = exportsOf(file);

      it('has exports, each resolved to a declaration', () => {
        expect(exported.length).toBeGreaterThan(0);
        expect(exported.filter((e) => e.declarations === 0).map((e) => e.name)).toEqual([]);
      });

      it('documents every export with an @example', () => {
        expect(exported.filter((e) => e.examples.length === 0).map((e) => e.name)).toEqual([]);
      });

      it('writes each @example as a ```ts snippet that imports from the package', () => {
        expect(exported.filter((e) => e.examples.some((x) => !PUBLIC_SNIPPET.test(x))).map((e) => e.name)).toEqual([]);
      });
    });
  }
});
