import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../../src/lib/node/build.ts';
import { createStaticServer } from '../../src/lib/node/static-server.ts';
import { SECURITY_HEADERS } from '../../src/lib/security/headers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the sample site built for this run. */
    siteDir: string;
    /** Where that site is served, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
  }
}

/** Builds the sample site once for all build and browser tests, and serves it on 127.0.0.1. */
export default async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, '../..');
  const siteDir = path.join(root, '.cache', 'test-site', 'dist');
  mkdirSync(path.dirname(siteDir), { recursive: true });
  const lines: string[] = [];
  delete process.env['CONTENT_ROOT'];
  const code = await runBuild({ out: siteDir, cwd: root, quiet: true, print: (l) => lines.push(l) });
  if (code !== 0) throw new Error(`The sample site did not build:\n${lines.join('\n')}`);
  // Served with the production security headers, so browser tests see the real policy.
  const server = createStaticServer(siteDir, SECURITY_HEADERS);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  project.provide('siteDir', siteDir);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
