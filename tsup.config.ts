import { defineConfig } from 'tsup'

export default defineConfig({
  // `cli` is the `xxgk-report` command (bin); `cli-worker` is the worker
  // thread its batch pool starts by that file name, beside it (see
  // src/cli/spawn-worker.ts). The CLI's source starts with a
  // `#!/usr/bin/env node` line, which esbuild keeps at the top of
  // dist/cli.js only (and tsup makes that file executable); the library
  // entries get no banner.
  entry: { index: 'src/index.ts', html: 'src/html.ts', pdf: 'src/pdf.ts', docx: 'src/docx.ts', document: 'src/document.ts', cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  // TypeScript 6 deprecates options that tsup's declaration build still sets.
  // The CLI has no API, so no declarations.
  dts: { entry: { index: 'src/index.ts', html: 'src/html.ts', pdf: 'src/pdf.ts', docx: 'src/docx.ts', document: 'src/document.ts' }, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  // Shared code (the parser) goes to a chunk the entries import, so the
  // HTML entry and the CLI do not carry a second copy of it.
  splitting: true,
  treeshake: true
})
