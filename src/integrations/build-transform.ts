/**
 * An integration that rewrites one module of `astro build` (not the dev server): `rewrite` gets the
 * module's code and the project folder and returns the new code, or undefined to leave it as it is.
 * csp-digests.ts and content-assets-once.ts are two.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function buildTransform(
  name: string,
  id: RegExp,
  rewrite: (code: string, root: string) => string | undefined,
): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name,
                transform: {
                  filter: { id },
                  handler: (code: string) => {
                    const changed = rewrite(code, root);
                    return changed === undefined ? null : { code: changed, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
