import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SERVER_FILES } from '../../src/lib/security/headers.ts';

/** Debian's nginx, or NGINX_PATH. */
export const NGINX = process.env['NGINX_PATH'] ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync) ?? 'nginx';

export interface RunningNginx {
  /** e.g. http://127.0.0.1:41235 */
  url: string;
  stop: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => resolve(!!socket.end()));
    socket.on('error', () => resolve(false));
  });

/**
 * Serves `siteDir` with Debian's nginx on loopback, configured as a host
 * would be from the includes the build ships: the headers in the server
 * block, and again in a location with its own add_header (where nginx drops
 * inherited ones); the compression settings in the server block.
 * One process, no daemon, everything it writes in a temporary folder.
 */
export async function startNginx(siteDir: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx not found at ${NGINX}. Install it with "apt-get update && apt-get install -y nginx" (as .ci/run does) or set NGINX_PATH.`,
    );
  }
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'zgzj-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, dir));
  const port = await freePort();
  const include = path.join(siteDir, SERVER_FILES.nginx);
  const compression = path.join(siteDir, SERVER_FILES.nginxCompression);
  const types = ['/etc/nginx/mime.types'].filter(existsSync).map((f) => `include ${f};`);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  ${types.join('\n')}
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${siteDir};
    include ${include};
    include ${compression};
    error_page 404 /404.html;
    location / { try_files $uri $uri/ =404; }
    location /_astro/ {
      add_header Cache-Control "public, max-age=31536000, immutable";
      include ${include};
    }
  }
}
`,
  );
  const child = spawn(NGINX, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', 'nginx.conf'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let i = 0; i < 100; i++) {
    if (await accepts(port)) return { url: `http://127.0.0.1:${port}`, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const log = existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '';
  await stop();
  throw new Error(`nginx did not start:\n${stderr}\n${log}`);
}
