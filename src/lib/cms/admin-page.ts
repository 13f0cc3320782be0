/**
 * The editor's page, /admin/index.html. It is not an Astro page: it carries
 * its own Content-Security-Policy, looser than the site's in the two places
 * Decap CMS needs (below), and ships none of the site's layout.
 */
export interface AdminPageOptions {
  siteName: string;
  /** Origins the CMS talks to besides the site: the git service in production. */
  connect: string[];
  /** Shown instead of the editor when it cannot start (not set up). */
  notice?: string;
}

/**
 * The policy, directive by directive (measured in tests/browser/cms-*.test.ts, which fail on any
 * violation report):
 * - script-src 'self' 'unsafe-eval': decap-cms.js and the page's own admin.js come from the site;
 *   Decap compiles its configuration schema with ajv, which builds functions with `new Function`.
 * - style-src 'self' 'unsafe-inline': Decap's interface is styled by emotion, which writes <style>
 *   elements at run time, and React sets style attributes; neither can be hashed ahead of time.
 * - img-src 'self' data: blob:: uploaded photos are previewed from blob: URLs before they are saved.
 * - connect-src 'self' + the git service: the local proxy (same origin) or the Gitea/Forgejo API and
 *   its OAuth token endpoint; nothing else.
 * - frame-src 'self' blob:, worker-src 'self' blob:: the preview pane is a same-origin frame.
 * - object-src 'none', base-uri 'self', form-action 'self' as on every page; frame-ancestors 'none'
 *   comes from the server's header (_headers, nginx), since a <meta> policy cannot carry it.
 */
export function adminCsp(connect: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${["'self'", 'blob:', ...connect].join(' ')}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function adminPage(o: AdminPageOptions): string {
  const status = o.notice ?? '正在打开内容编辑器……';
  const script = o.notice ? '' : '\n    <script type="module" src="admin.js"></script>';
  return `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${escape(adminCsp(o.connect))}">
    <meta name="robots" content="noindex">
    <meta name="referrer" content="same-origin">
    <title>内容编辑 - ${escape(o.siteName)}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="admin.css">${script}
  </head>
  <body>
    <main id="cms-status" class="cms-status">
      <h1>内容编辑</h1>
      <p role="status">${escape(status)}</p>
      <noscript><p>内容编辑器需要启用 JavaScript。</p></noscript>
    </main>
  </body>
</html>
`;
}

/** The status box's own look, before Decap's interface replaces it. */
export const ADMIN_CSS = `.cms-status{font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.8;color:#1f1f1f}
.cms-status h1{font-size:1.5rem;color:#8c1d18}
body:has(#nc-root) .cms-status{display:none}
`;
