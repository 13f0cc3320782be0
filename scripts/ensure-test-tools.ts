#!/usr/bin/env node
/**
 * The tests drive Debian's Chromium (browser tests) and Debian's nginx (the
 * shipped nginx headers are checked in nginx itself). On a fresh machine
 * they are missing: install them from Debian's packages when we are root,
 * otherwise say how.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = [
  { name: 'Chromium', package: 'chromium', paths: [process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'] },
  {
    name: 'nginx',
    package: 'nginx',
    paths: process.env['NGINX_PATH'] ? [process.env['NGINX_PATH']] : ['/usr/sbin/nginx', '/usr/bin/nginx'],
  },
];
const missing = tools.filter((tool) => !tool.paths.some(existsSync));
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.package);
  if (process.getuid?.() !== 0) {
    console.error(
      `测试需要 ${missing.map((tool) => tool.name).join(' 和 ')}。请先运行：sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`安装测试所需的 ${missing.map((tool) => tool.name).join('、')}（Debian 软件包）…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...packages],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
