/**
 * Serves a built site on 127.0.0.1 the way a static host with a CDN does: files and folders' `index.html`, the
 * headers of the site's own `_headers` file (parsed by the browser tests' reader, tests/browser/headers.ts), `404.html`
 * with status 404, and text compressed with Brotli or gzip as the browser asks (node:zlib, at the highest quality, as
 * hosts precompress static files). Used by `npm run lighthouse`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from '../../tests/browser/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Types a host compresses: text. Fonts (WOFF2), images and wasm archives are compressed already or not worth it. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** The bytes a host sends for a file, compressed with `encoding` ('br', 'gzip' or 'identity'). */
export function encodedBytes(bytes: Buffer, encoding: 'br' | 'gzip' | 'identity'): Buffer {
  if (encoding === 'br') return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  if (encoding === 'gzip') return gzipSync(bytes, { level: 9 });
  return bytes;
}

/** A running host. */
export interface StaticHost {
  /** Origin plus base path, ending in `/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dir` under `base` until closed. */
export async function serveSite(dir: string, base = '/'): Promise<StaticHost> {
  const headersFile = path.join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const cache = new Map<string, Buffer>();
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base) || pathname === `${base}_headers`) return undefined;
    const relative = pathname.slice(base.length);
    const candidate = path.join(dir, relative);
    if (!candidate.startsWith(dir)) return undefined;
    for (const file of [candidate, path.join(candidate, 'index.html')]) {
      if (existsSync(file) && statSync(file).isFile()) return file;
    }
    return undefined;
  };
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    const found = fileFor(pathname);
    const file = found ?? path.join(dir, '404.html');
    res.statusCode = found ? 200 : 404;
    if (!existsSync(file)) {
      res.end('Not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.test(type)
      ? 'identity'
      : /\bbr\b/.test(accepted)
        ? 'br'
        : /\bgzip\b/.test(accepted)
          ? 'gzip'
          : 'identity';
    const key = `${encoding}:${file}`;
    let body = cache.get(key);
    if (!body) {
      body = encodedBytes(readFileSync(file), encoding);
      cache.set(key, body);
    }
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
