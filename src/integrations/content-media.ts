import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staticHandler } from '../lib/node/static-server.ts';

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
        // The same guarded file server as `npm run serve` (ranges for the video player, 400 for
        // malformed URLs); what is not there goes on to Vite, which answers 404.
        const serveMedia = staticHandler(media, { notFound: 'next', redirect: false });
        server.middlewares.use('/media', (req, res, next) => serveMedia(req, res, next));
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
