import { z } from 'astro/zod';

/**
 * `editor:` in content/site.yaml: where the online editor (/admin/) keeps
 * content in production — the union's own Gitea or Forgejo. Editors sign in
 * there with their own accounts (OAuth with PKCE: the browser holds no
 * secret; the application id below is public by design).
 */
export const editorSettingsSchema = z.object({
  /** `gitea` or `forgejo`; Forgejo also offers draft → review → publish. */
  backend: z.enum(['gitea', 'forgejo'], { error: '代码托管服务只能是 gitea 或 forgejo' }),
  /** Root address of the git service, e.g. https://git.zgzj.example.cn */
  url: z.url({ error: '应为代码托管服务的完整网址，例如 https://git.zgzj.example.cn' }),
  /** `owner/name` of the site's repository on it. */
  repo: z
    .string({ error: '应为仓库名，格式 所有者/仓库，例如 zgzj/site' })
    .regex(/^[\w.-]+\/[\w.-]+$/, { error: '仓库名的格式是 所有者/仓库，例如 zgzj/site' }),
  /** The branch the site is built from. */
  branch: z.string().min(1).default('main'),
  /** Client ID of the OAuth application (a public id, not a secret). */
  appId: z.string({ error: '应填写 OAuth 应用的客户端 ID' }).min(1, { error: '应填写 OAuth 应用的客户端 ID' }),
  /** The content folder's path in the repository. */
  contentPath: z.string().min(1).default('content'),
  /** Drafts go through review before they are published (Forgejo only). */
  workflow: z.boolean().default(false),
});
export type EditorSettings = z.infer<typeof editorSettingsSchema>;
