import { createRequire } from 'node:module';
import path from 'node:path';
import express from 'express';
import { formatProblem, type Problem } from '../content/problem.ts';
import { checkPendingFiles, type PendingFile } from './cms-check.ts';
import { LOCAL_CHECK_PATH, LOCAL_PROXY_PATH } from './cms-admin.ts';

const require = createRequire(import.meta.url);

interface DataFile {
  path: string;
  raw: string;
}
interface Asset {
  path: string;
  content: string;
  encoding: BufferEncoding;
}

/** The problems as one Chinese message, each with its place and rule. */
export function refusalMessage(problems: readonly Problem[]): string {
  return `内容有 ${problems.length} 个问题，没有保存：\n${problems.map((p) => formatProblem(p)).join('\n')}`;
}

/**
 * The local editor's server side, mounted in the dev server by `npm run edit`:
 * Decap's own proxy (decap-server, writing into the working copy), with the
 * whole site's validation in front of every save. An entry with a problem
 * is refused with the Chinese message and nothing is written.
 */
export function localEditorApp(root: string): express.Express {
  const app = express();
  app.use([LOCAL_CHECK_PATH, LOCAL_PROXY_PATH], express.json({ limit: '50mb' }));

  app.post(LOCAL_CHECK_PATH, async (req, res) => {
    const body = req.body as { files?: { path: string; text?: string; base64?: string }[] };
    const files: PendingFile[] = (body.files ?? []).map((f) => ({
      path: f.path,
      content: f.base64 !== undefined ? Buffer.from(f.base64, 'base64') : (f.text ?? ''),
    }));
    try {
      res.json({ problems: await checkPendingFiles(root, files) });
    } catch (error) {
      res.status(400).json({ error: (error as Error).message });
    }
  });

  // The backstop: whatever the page did, no save with a problem reaches the content folder.
  app.post(LOCAL_PROXY_PATH, async (req, res, next) => {
    const { action, params } = req.body as {
      action?: string;
      params?: { dataFiles?: DataFile[]; entry?: DataFile; assets?: Asset[] };
    };
    if (action !== 'persistEntry' || !params) return next();
    const data = params.dataFiles ?? (params.entry ? [params.entry] : []);
    const files: PendingFile[] = [
      ...data.map((d) => ({ path: d.path, content: d.raw })),
      ...(params.assets ?? []).map((a) => ({ path: a.path, content: Buffer.from(a.content, a.encoding) })),
    ];
    try {
      const problems = await checkPendingFiles(root, files);
      if (problems.length) return res.status(422).json({ error: refusalMessage(problems) });
      next();
    } catch (error) {
      res.status(400).json({ error: (error as Error).message });
    }
  });

  // decap-server reads the folder it serves from the environment when it registers.
  process.env['GIT_REPO_DIRECTORY'] = path.dirname(root);
  const { registerLocalFs } = require('decap-server/dist/middlewares.js') as {
    registerLocalFs: (app: express.Express, options?: { logLevel?: string }) => Promise<void>;
  };
  void registerLocalFs(app, { logLevel: 'warn' });
  return app;
}
