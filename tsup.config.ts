import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', html: 'src/html/index.ts' },
  format: ['esm'],
  // TypeScript 6 deprecates options that tsup's declaration build still sets.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  // Shared code (the parser) goes to a chunk both entries import, so the
  // HTML entry does not carry a second copy of it.
  splitting: true,
  treeshake: true
})
