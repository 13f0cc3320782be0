import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.join('node_modules', 'astro', 'bin', 'astro.mjs');

export interface EditServer {
  /** e.g. http://127.0.0.1:4321 */
  origin: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** The environment without a test runner's marks, which turn the dev server's file watching off. */
function editorEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITEST_.*|TEST|NODE_ENV)$/.test(k)));
}

/**
 * Starts the dev server with the local editor on: Decap's proxy and the
 * pre-save check mounted in it (src/integrations/cms.ts), bound to this
 * machine only. Resolves once the server answers, with its address.
 */
export function startEditServer(options: {
  root: string;
  port: number;
  cwd?: string;
  quiet?: boolean;
}): Promise<EditServer> {
  const cwd = options.cwd ?? process.cwd();
  const child = spawn(
    process.execPath,
    [path.join(cwd, ASTRO), 'dev', '--host', '127.0.0.1', '--port', String(options.port)],
    {
      cwd,
      env: { ...editorEnv(), CMS_LOCAL: '1', CONTENT_ROOT: options.root, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log += text;
      if (!options.quiet) process.stdout.write(text);
      // Astro prints the address it listens on, with the port it really got.
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
      if (m) {
        child.stdout?.off('data', onData);
        if (options.quiet) child.stdout?.resume();
        resolve({ origin: m[1]!, process: child, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => {
      log += c.toString();
      if (!options.quiet) process.stderr.write(c);
    });
    child.once('exit', (code) => reject(new Error(`开发服务器没有启动（退出码 ${code}）：\n${log}`)));
  });
}
