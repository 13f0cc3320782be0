/** Why a server could not start listening, in words for the person who ran it (no stack trace). */
export function listenMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `端口 ${port} 已被占用（${where}），可能是另一个 npm run serve 或 npm run dev 还在运行。请先关掉它，或换一个端口：npm run serve -- --port ${port === 4321 ? 4322 : port + 1}`;
    case 'EACCES':
      return `没有权限使用端口 ${port}（${where}）：1024 以下的端口需要管理员权限。请换一个端口，例如 npm run serve -- --port 4321`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `本机没有地址 ${host}，无法在 ${where} 启动。请用 --host 127.0.0.1，或本机网卡的地址。`;
    default:
      return `网站无法在 ${where} 启动：${error.message}`;
  }
}
