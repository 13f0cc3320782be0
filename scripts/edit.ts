#!/usr/bin/env node
/**
 * Starts the content editor on this computer: the dev server with Decap
 * CMS at /admin/, saving into the content folder after the whole site's
 * checks, and the live preview beside it.
 *   npm run edit [-- --content DIR] [--port 4321]
 */
import { CONTENT_HELP, commandLine } from '../src/lib/node/command-line.ts';
import { contentRoot } from '../src/lib/node/content-root.ts';
import { startEditServer } from '../src/lib/node/edit-server.ts';

const { values } = commandLine({
  usage: '用法：npm run edit [-- 选项]',
  about: '在本机启动内容编辑器（Decap CMS）：在浏览器里新建和修改内容，保存前先做完整检查，旁边的预览网站随即更新。',
  options: { content: { type: 'string' }, port: { type: 'string', default: '4321' } },
  help: { content: CONTENT_HELP, port: ['8080', '端口号'] },
});
if (values.content) process.env['CONTENT_ROOT'] = values.content;
const root = contentRoot();

console.log('正在启动内容编辑器……');
try {
  const server = await startEditServer({ root, port: Number(values.port), quiet: true });
  console.log(`
内容编辑器已启动：
  编辑内容：${server.origin}/admin/
  预览网站：${server.origin}/
  内容文件夹：${root}

在浏览器中打开“编辑内容”的地址即可新建和修改案例、职工之家、荣誉名单等。
保存时会先做完整检查，有问题的内容不会写入文件夹；保存后刷新预览网站即可看到。
按 Ctrl+C 停止。`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  server.process.once('exit', (code) => {
    console.log(`开发服务器已停止（退出码 ${code}）。`);
    process.exit(code ?? 1);
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
