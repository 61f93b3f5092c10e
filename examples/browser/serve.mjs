#!/usr/bin/env node
// A tiny static server for the built site (examples/browser/site/, made by
// build.mjs) and its test: 127.0.0.1 only, files under the site folder only.
// Any other static server serves the folder as well; the page needs nothing
// from this one.
//
//   npm run build:example && node examples/browser/serve.mjs [port]
//   → http://127.0.0.1:8177/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder served at `/`: the built site. */
export const siteRoot = resolve(fileURLToPath(new URL('./site/', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * Starts the server. `port` 0 picks a free port. Only files under `root`
 * are served; anything else is 404.
 *
 * @param {{ port?: number, host?: string, root?: string }} [options]
 * @returns {Promise<{ origin: string, url: string, close: () => Promise<void> }>}
 */
export async function startServer({ port = 0, host = '127.0.0.1', root = siteRoot } = {}) {
  const server = createServer(async (request, response) => {
    const send = (statusCode, type, body) => {
      response.writeHead(statusCode, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    try {
      let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(root, '.' + path);
      if (!file.startsWith(root + sep)) return send(404, TYPES['.txt'], 'not found');
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
    url: `${origin}/`,
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
  console.log(`xxgk-report browser example: ${url}  (Ctrl-C to stop; run \`npm run build:example\` first)`);
}
