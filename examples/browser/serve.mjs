#!/usr/bin/env node
// A small static server for the browser example (and its test): serves the
// repository root on 127.0.0.1, so that examples/browser/index.html can
// import the package's ESM build from /dist/ as it is.
//
// The build's three runtime dependencies (unified, remark-parse, remark-gfm)
// are bare specifiers; the page maps them to ./vendor/*.js with an import
// map, and this server answers those three URLs with a browser bundle of the
// dependencies made by esbuild in memory (one of them, `extend`, is CommonJS,
// which a browser cannot import). Nothing is written to disk.
//
//   npm run build && node examples/browser/serve.mjs [port]
//   → http://127.0.0.1:8177/examples/browser/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, served at `/`. */
export const root = resolve(fileURLToPath(new URL('../../', import.meta.url)));

const VENDOR_PREFIX = '/examples/browser/vendor/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/**
 * Bundles the runtime dependencies for the browser: one module per bare
 * specifier of dist/, sharing one chunk. Returns URL path → source.
 *
 * @returns {Promise<Map<string, string>>}
 */
export async function bundleDependencies() {
  const { build } = await import('esbuild');
  const entries = {
    unified: "export * from 'unified';",
    'remark-parse': "export { default } from 'remark-parse';",
    'remark-gfm': "export { default } from 'remark-gfm';",
  };
  const result = await build({
    entryPoints: Object.keys(entries).map((name) => ({ in: `vendor:${name}`, out: name })),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: 'vendor',
    absWorkingDir: root,
    logLevel: 'silent',
    plugins: [
      {
        name: 'vendor-entries',
        setup(b) {
          b.onResolve({ filter: /^vendor:/ }, (args) => ({ path: args.path.slice('vendor:'.length), namespace: 'vendor' }));
          b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({ contents: entries[args.path], resolveDir: root, loader: 'js' }));
        },
      },
    ],
  });
  const files = new Map();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf(sep) + 1);
    files.set(VENDOR_PREFIX + name, file.text);
  }
  return files;
}

/**
 * Starts the server. `port` 0 picks a free port. Only files under the
 * repository root are served; anything else is 404.
 *
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ origin: string, url: string, close: () => Promise<void> }>}
 */
export async function startServer({ port = 0, host = '127.0.0.1' } = {}) {
  const vendor = await bundleDependencies();
  const server = createServer(async (request, response) => {
    const send = (statusCode, type, body) => {
      response.writeHead(statusCode, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    try {
      let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (vendor.has(path)) return send(200, TYPES['.js'], vendor.get(path));
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(root, '.' + path);
      if (file !== root && !file.startsWith(root + sep)) return send(404, TYPES['.txt'], 'not found');
      if (!(await stat(file)).isFile()) return send(404, TYPES['.txt'], 'not found');
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, TYPES['.txt'], 'not found');
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolveListen);
  });
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: `${origin}/examples/browser/`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8177);
  const { url } = await startServer({ port });
  console.log(`xxgk-report browser example: ${url}  (Ctrl-C to stop; run \`npm run build\` first)`);
}
