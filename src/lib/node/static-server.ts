/**
 * Serving a folder of built files: `npm run serve`, the test harness and the
 * dev server's `/media/`. Files, ranges, conditional requests, MIME types and
 * directory redirects are serve-static's (the Express team's `send`); this
 * module only refuses what a static site never needs before a file is looked
 * up (request-path.ts), answers the site's own 404 page and keeps every
 * failure a plain answer, never a crash.
 *
 * serve-static rather than sirv: sirv 3.0.2 threw out of the request
 * handler on `Range: bytes=5-2` (the process died) and sent the wrong bytes
 * for `bytes=-3` and `bytes=0-0`; `send` answers those 416, the last three
 * bytes and the first byte, as RFC 9110 asks.
 *
 * Compression, as a production host sends it: a file with a precompressed
 * twin the build wrote (`pagefind.js.br`, precompressed.ts) goes out as that
 * twin when the browser accepts its encoding; anything else of a
 * compressible type (HTML, CSS, JavaScript, JSON, SVG) is compressed on the
 * fly by `compression` (the Express team's). The twins are looked up per
 * request, as the files are: express-static-gzip 3.0.2 and
 * connect-gzip-static 4.2.2 list the folder once when they start, so after a
 * rebuild under them they miss new twins and send a 404 for removed ones.
 */
import { stat, readFile } from 'node:fs/promises';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import compression from 'compression';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';
import serveStatic from 'serve-static';
import { checkRequestPath } from '../security/request-path.ts';
import { PRECOMPRESSED } from './precompressed.ts';

type Next = () => void;
export type StaticHandler = (req: IncomingMessage, res: ServerResponse, next?: Next) => void;

export interface StaticOptions {
  /** Sent with every answer, errors and redirects included (the security headers). */
  headers?: Readonly<Record<string, string>>;
  /**
   * What a missing file gets: `'page'` the folder's own `404.html` with
   * status 404 (the built site); `'next'` hands the request on (the dev
   * server, whose other middleware may know it).
   */
  notFound?: 'page' | 'next';
  /** Send `/dir` to `/dir/` when it is a folder (default true). */
  redirect?: boolean;
  /** Send precompressed twins and compress text on the fly, for browsers that accept it (default true). */
  compress?: boolean;
}

/** Short answers for what has no page of its own; the site's 404 page covers the rest. */
const MESSAGES: Record<number, string> = {
  400: '请求的地址无效。',
  405: '本站只提供 GET 和 HEAD 请求。',
  408: '请求发送得太慢，连接已关闭。',
  416: '请求的字节范围超出了文件大小。',
  431: '请求头太大。',
  500: '服务器读取文件时出错，请稍后再试。',
};

function plain(res: ServerResponse, req: IncomingMessage, status: number, extra: Record<string, string> = {}): void {
  const body = `${status} ${MESSAGES[status] ?? (status < 500 ? '请求无法完成。' : MESSAGES[500])}\n`;
  res.writeHead(status, {
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A connect-style handler serving `root`; see StaticOptions. */
export function staticHandler(root: string, options: StaticOptions = {}): StaticHandler {
  const absRoot = path.resolve(root);
  const serve = serveStatic(absRoot, {
    index: ['index.html'],
    // request-path.ts decides about dotfiles (it lets `/.well-known/` through).
    dotfiles: 'allow',
    fallthrough: false,
    redirect: options.redirect ?? true,
  });
  const notFoundPage = async (req: IncomingMessage, res: ServerResponse) => {
    const page = await readFile(path.join(absRoot, '404.html')).catch(() => undefined);
    if (!page) return plain(res, req, 404);
    res.writeHead(404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': page.length,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : page);
  };
  return (req, res, next) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value);
    const notFound = () =>
      options.notFound === 'next' && next ? next() : void notFoundPage(req, res).catch(() => res.destroy());
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, req, 405, { Allow: 'GET, HEAD' });
    const checked = checkRequestPath(req.url ?? '');
    if (!checked.ok) return checked.status === 404 ? notFound() : plain(res, req, checked.status);
    req.url = checked.url;
    const send = () =>
      serve(req, res, (error) => {
        if (res.headersSent) return void res.destroy();
        const status = error?.statusCode ?? error?.status ?? 404;
        if (status === 404) return notFound();
        const extra = (error as { headers?: Record<string, string> } | undefined)?.headers ?? {};
        plain(res, req, status >= 400 && status < 600 ? status : 500, extra);
      });
    if (options.compress === false) return send();
    void twin(absRoot, req)
      .catch(() => undefined)
      .then((found) => {
        if (found) {
          res.setHeader('Content-Encoding', found.encoding);
          res.setHeader('Content-Type', contentType(path.extname(found.file)) || 'application/octet-stream');
          res.setHeader('Vary', 'Accept-Encoding');
          req.url = found.url;
        }
        // compression's types name Express's request and response; it only uses Node's own
        onTheFly(req as Parameters<typeof onTheFly>[0], res as Parameters<typeof onTheFly>[1], send);
      });
  };
}

/**
 * Compression on the fly; not for byte ranges, whose offsets count the
 * file's own bytes, nor for `application/octet-stream`, which mime-db calls
 * compressible but which here is Pagefind's data, gzipped already.
 */
const onTheFly = compression({
  filter: (req, res) =>
    !req.headers.range &&
    !String(res.getHeader('Content-Type')).startsWith('application/octet-stream') &&
    compression.filter(req, res),
});

/** The precompressed twin of the requested file that the browser accepts, best first. */
async function twin(root: string, req: IncomingMessage) {
  const url = req.url ?? '/';
  const cut = url.indexOf('?');
  const pathname = cut === -1 ? url : url.slice(0, cut);
  if (pathname.endsWith('/') || !req.headers['accept-encoding']) return undefined;
  const accepted = new Negotiator(req).encodings(PRECOMPRESSED.map((p) => p.encoding));
  const file = path.join(root, decodeURIComponent(pathname));
  for (const { encoding, suffix } of PRECOMPRESSED) {
    if (!accepted.includes(encoding)) continue;
    const info = await stat(file + suffix).catch(() => undefined);
    if (info?.isFile()) return { encoding, file, url: pathname + suffix + (cut === -1 ? '' : url.slice(cut)) };
  }
  return undefined;
}

/**
 * An HTTP server for a built site: every answer carries `headers`, a missing
 * page gets the site's 404 page. Rebuilding the folder under it is safe: each
 * request looks the file up anew. Requests Node's own parser refuses (bad
 * request lines, CONNECT) get a short answer with the same headers.
 */
export function createStaticServer(root: string, headers: Readonly<Record<string, string>> = {}): Server {
  const handle = staticHandler(root, { headers, notFound: 'page', compress: true });
  const server = createServer((req, res) => handle(req, res));
  const refuse = (socket: Duplex, status: number) => {
    if (!socket.writable) return void socket.destroy();
    const body = `${status} ${MESSAGES[status]}\n`;
    const lines = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      ...(status === 405 ? ['Allow: GET, HEAD'] : []),
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Connection: close',
    ];
    socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
  };
  server.on('clientError', (error: NodeJS.ErrnoException, socket) =>
    refuse(socket, error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400),
  );
  server.on('connect', (_req, socket) => refuse(socket, 405));
  return server;
}
