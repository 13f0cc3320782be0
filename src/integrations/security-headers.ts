import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { nginxCompression } from '../lib/security/compression.ts';
import { SERVER_FILES, headersFile, nginxInclude } from '../lib/security/headers.ts';

/** Writes the server-side security headers and compression settings for common static hosts into the build. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(path.join(out, SERVER_FILES.headers), headersFile());
        writeFileSync(path.join(out, SERVER_FILES.nginx), nginxInclude());
        writeFileSync(path.join(out, SERVER_FILES.nginxCompression), nginxCompression());
      },
    },
  };
}
