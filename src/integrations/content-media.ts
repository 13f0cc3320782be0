import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staticHandler } from '../lib/node/static-server.ts';

/**
 * Whether a path under `media/` is published: not a draft (`_name`), not a
 * Markdown note, not under `photos/` (photos go through Astro's image
 * pipeline, resized to modern formats; the originals would only add bytes).
 */
export function published(rel: string): boolean {
  const segments = rel.split(/[/\\]/).filter(Boolean);
  return !segments.some((s) => s.startsWith('_')) && !rel.endsWith('.md') && segments[0] !== 'photos';
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // The file server answers 400.
  }
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
        // The same guarded file server as `npm run serve` (ranges for the video player, 400 for
        // malformed URLs); what is not there goes on to Vite, which answers 404.
        const serveMedia = staticHandler(media, { notFound: 'next', redirect: false });
        server.middlewares.use('/media', (req, res, next) => {
          // What the build does not publish is not served in dev either.
          const rel = (req.url ?? '/').split(/[?#]/)[0]!;
          if (!published(safeDecode(rel))) return next();
          serveMedia(req, res, next);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (existsSync(media)) {
          cpSync(media, path.join(fileURLToPath(dir), 'media'), {
            recursive: true,
            filter: (src) => published(path.relative(media, src)),
          });
        }
      },
    },
  };
}
