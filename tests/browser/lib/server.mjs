// Tiny static file server for the browser tests (no external dependencies).
//
//   import { startStaticServer } from './lib/server.mjs';
//   const server = await startStaticServer('build/site-under-test');
//   console.log(server.url);           // http://127.0.0.1:PORT/
//   server.urlFor('meetings/index.html');
//   await server.close();
//
// Serves files below `root` only (no directory listings, no traversal out of
// the root), `index.html` for directory URLs (a directory URL without the
// trailing slash gets a 301 to the slashed form, as real web servers do, so
// relative links resolve the same way they will in production), and answers
// 404 / 405 otherwise. Every response carries `Cache-Control: no-store` so
// a rebuilt site is never served stale.
//
// Also runnable on its own for poking at a built site by hand:
//   node tests/browser/lib/server.mjs build/site-under-test [port]

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CONTENT_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
});

export function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Start serving `root` on `host` (default 127.0.0.1) and `port` (default 0:
 * a free port chosen by the OS).
 *
 * options.onRequest({method, url, status, file}) is called after each
 * response (handy for tests that want to assert what was fetched).
 *
 * Resolves to { url, origin, port, root, urlFor(relPath), close() }.
 */
export async function startStaticServer(root, { host = '127.0.0.1', port = 0, onRequest } = {}) {
  const rootAbs = path.resolve(root);
  const st = await fsp.stat(rootAbs).catch(() => null);
  if (!st || !st.isDirectory()) {
    throw new Error(`site directory not found: ${root}`);
  }
  // Resolve symlinks in the root once so the containment check below is exact.
  const rootReal = await fsp.realpath(rootAbs);

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) {
        send(res, 500, 'text/plain; charset=utf-8', `500 internal error: ${err.message}\n`, req.method);
      } else {
        res.destroy();
      }
      report(req, 500, null);
    });
  });

  function report(req, status, file) {
    if (onRequest) {
      try { onRequest({ method: req.method, url: req.url, status, file }); } catch { /* ignore */ }
    }
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', '405 method not allowed\n', req.method);
      return report(req, 405, null);
    }
    const url = new URL(req.url, 'http://localhost');
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', '400 bad request\n', req.method);
      return report(req, 400, null);
    }
    if (rel.includes('\0')) {
      send(res, 400, 'text/plain; charset=utf-8', '400 bad request\n', req.method);
      return report(req, 400, null);
    }
    let file = path.join(rootReal, path.normalize(rel));
    let stat = await fsp.stat(file).catch(() => null);
    if (stat && stat.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.setHeader('Location', url.pathname + '/' + url.search);
        send(res, 301, 'text/plain; charset=utf-8', '301 moved permanently\n', req.method);
        return report(req, 301, null);
      }
      file = path.join(file, 'index.html');
      stat = await fsp.stat(file).catch(() => null);
    }
    if (!stat || !stat.isFile()) {
      send(res, 404, 'text/plain; charset=utf-8', `404 not found: ${url.pathname}\n`, req.method);
      return report(req, 404, null);
    }
    // Containment check after resolving symlinks: never serve outside root.
    const real = await fsp.realpath(file);
    if (real !== rootReal && !real.startsWith(rootReal + path.sep)) {
      send(res, 404, 'text/plain; charset=utf-8', `404 not found: ${url.pathname}\n`, req.method);
      return report(req, 404, null);
    }
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': stat.size,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
    } else {
      await new Promise((resolve, reject) => {
        const stream = fs.createReadStream(file);
        stream.on('error', reject);
        res.on('close', resolve);
        stream.pipe(res);
      });
    }
    report(req, 200, path.relative(rootReal, real));
  }

  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const origin = `http://${host}:${actualPort}`;

  return {
    root: rootAbs,
    port: actualPort,
    origin,
    url: origin + '/',
    /** URL for a path relative to the site root, e.g. 'meetings/index.html'. */
    urlFor(relPath) {
      const clean = String(relPath).replace(/\\/g, '/').replace(/^\/+/, '');
      return origin + '/' + clean.split('/').map(encodeURIComponent).join('/');
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
  };
}

function send(res, status, type, body, method) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(method === 'HEAD' ? undefined : body);
}

// CLI: node lib/server.mjs <site-dir> [port]
if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const [dir, port] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node tests/browser/lib/server.mjs <site-dir> [port]');
    process.exit(2);
  }
  const srv = await startStaticServer(dir, {
    port: port ? Number(port) : 0,
    onRequest: ({ method, url, status }) => console.log(`${status} ${method} ${url}`),
  }).catch((err) => {
    console.error(`server: ${err.message}`);
    process.exit(2);
  });
  console.log(`serving ${path.relative(process.cwd(), srv.root) || '.'} at ${srv.url} (Ctrl-C to stop)`);
  const stop = () => srv.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
