import { createReadStream, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFiles, decapFiles } from '../lib/node/cms-admin.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The content editor at /admin/ (Decap CMS, served from its npm package).
 * The build writes it with the git service of site.yaml's `editor:`; the dev
 * server serves it too, and under `npm run edit` (CMS_LOCAL=1) in local mode,
 * saving through Decap's proxy into the content folder after the whole
 * site's validation. Its configuration is generated from the schemas each time.
 */
export function cmsAdmin(root: string): AstroIntegration {
  const local = process.env['CMS_LOCAL'] === '1';
  return {
    name: 'zgzj-cms',
    hooks: {
      'astro:server:setup': async ({ server }) => {
        if (local) {
          const { localEditorApp } = await import('../lib/node/cms-local.ts');
          const app = localEditorApp(root) as unknown as (req: unknown, res: unknown, next: () => void) => void;
          server.middlewares.use((req, res, next) => (req.url?.startsWith('/api/') ? app(req, res, next) : next()));
        }
        const decap = decapFiles();
        server.middlewares.use('/admin', (req, res, next) => {
          const name = (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '') || 'index.html';
          const send = (type: string) => {
            res.setHeader('Content-Type', type);
            res.setHeader('Cache-Control', 'no-store');
          };
          const file = decap.get(name);
          if (file) {
            send(TYPES[path.extname(name)] ?? 'application/octet-stream');
            createReadStream(file).pipe(res);
            return;
          }
          // Generated on every request, so a change to a schema shows on reload.
          adminFiles(root, local).then(
            (files) => {
              const body = files.get(name);
              if (body === undefined) return next();
              send(TYPES[path.extname(name)] ?? 'application/octet-stream');
              res.end(body);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = path.join(fileURLToPath(dir), 'admin');
        mkdirSync(out, { recursive: true });
        for (const [name, body] of await adminFiles(root, false)) writeFileSync(path.join(out, name), body);
        for (const [name, file] of decapFiles()) copyFileSync(file, path.join(out, name));
        logger.info('admin/: 内容编辑器（Decap CMS）');
      },
    },
  };
}
