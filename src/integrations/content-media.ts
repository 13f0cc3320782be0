import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/**
 * Serves `<content root>/media/` at `/media/` in dev and copies it into the
 * build, so videos, captions and downloads travel with the content folder
 * (public/ holds only the project's own files). `media/photos/` is left
 * out of the copy: pages show photos through Astro's image pipeline.
 */
export function contentMedia(root: string): AstroIntegration {
  const media = path.join(root, 'media');
  return {
    name: 'content-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/media', (req, res, next) => {
          const rel = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
          const file = path.join(media, path.normalize(rel));
          if (!file.startsWith(media) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          res.setHeader('Content-Length', String(statSync(file).size));
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (existsSync(media)) {
          cpSync(media, path.join(fileURLToPath(dir), 'media'), {
            recursive: true,
            // Photos go through Astro's image pipeline (resized, modern formats);
            // copying the originals too would only add bytes.
            filter: (src) =>
              !path.basename(src).startsWith('_') && !src.endsWith('.md') && src !== path.join(media, 'photos'),
          });
        }
      },
    },
  };
}
