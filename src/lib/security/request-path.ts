/**
 * The first look at a request's URL before any file is looked up: what a
 * static site never needs is refused here, so that the file server behind
 * it only ever sees a clean path that starts with one slash. Pure.
 */
import { SERVER_FILES } from './headers.ts';

export type CheckedPath =
  /** `url`: the path to look up (one leading slash, slashes merged) with the query kept. */
  | { ok: true; url: string }
  /** 400: the URL cannot be read; 404: it names a file the server never shows. */
  | { ok: false; status: 400 | 404 };

const HIDDEN = new Set<string>(Object.values(SERVER_FILES));

/**
 * Checks a request target (`req.url`). Refused with 400: anything but a
 * path from the root (absolute-form `http://…`, `*`), percent-encoding that
 * does not decode to UTF-8, NUL and other control characters, encoded
 * slashes and backslashes, and `.`/`..` segments (browsers remove them
 * before sending, so only a hand-made request has them). Refused with 404:
 * dotfiles (but `/.well-known/`) and the server configuration files the build writes beside the
 * site. Runs of slashes are merged, so a path can never turn into `//host`.
 */
export function checkRequestPath(target: string): CheckedPath {
  if (!target.startsWith('/')) return { ok: false, status: 400 };
  const cut = target.search(/[?#]/);
  const rawPath = cut === -1 ? target : target.slice(0, cut);
  const query = cut === -1 || target[cut] === '#' ? '' : target.slice(cut).replace(/#.*$/s, '');
  if (/%(2f|5c)/i.test(rawPath)) return { ok: false, status: 400 };
  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    // Control characters, a lone backslash or an invalid surrogate pair: nothing a site links to.
    if (/[\u0000-\u001f\u007f\\]/.test(segment) || !segment.isWellFormed()) return { ok: false, status: 400 };
    if (segment === '.' || segment === '..') return { ok: false, status: 400 };
    if (segment === '') continue;
    if ((segment.startsWith('.') && segment !== '.well-known') || HIDDEN.has(segment))
      return { ok: false, status: 404 };
    segments.push(raw);
  }
  const trailing = rawPath.endsWith('/') && segments.length > 0 ? '/' : '';
  return { ok: true, url: `/${segments.join('/')}${trailing}${query}` };
}
