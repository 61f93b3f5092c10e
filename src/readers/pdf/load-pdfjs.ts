import { isPdfjsModule, type PdfjsModule } from './pdfjs-api.js';

/**
 * The pdf.js module to read with: the one given, or pdf.js's legacy build
 * (it runs in Node and in browsers), imported when first needed so that
 * nobody who reads text loads it. Null when `pdfjs-dist` is not installed.
 */
export async function loadPdfjs(given: unknown): Promise<PdfjsModule | null> {
  if (given !== undefined) return isPdfjsModule(given) ? given : null;
  try {
    // A variable specifier keeps bundlers from inlining pdf.js into this
    // entry; Node and browsers with an import map resolve it as usual.
    const specifier = 'pdfjs-dist/legacy/build/pdf.mjs';
    const module: unknown = await import(/* @vite-ignore */ specifier);
    return isPdfjsModule(module) ? module : null;
  } catch {
    return null;
  }
}

/**
 * Where pdf.js finds its character maps (CMaps) in Node: PDFs that use
 * Adobe's predefined Chinese CMaps (UniGB-UCS2-H…) instead of embedded
 * fonts need them for their text. Found beside the installed pdfjs-dist
 * through `import.meta.resolve`; undefined where that is not available.
 */
export function nodeCMapUrl(): string | undefined {
  try {
    const meta = import.meta as unknown as { resolve?: (specifier: string) => string };
    if (typeof meta.resolve !== 'function') return undefined;
    const url = meta.resolve('pdfjs-dist/package.json');
    if (!url.startsWith('file:')) return undefined;
    // pdf.js reads it with fs.readFile, which takes a path, not a file: URL.
    let path = decodeURIComponent(url.slice('file://'.length, url.length - 'package.json'.length)) + 'cmaps/';
    if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1); // Windows: /C:/… → C:/…
    return path;
  } catch {
    return undefined;
  }
}
