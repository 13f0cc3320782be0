import { decodeHTML } from 'entities';

/** Schemes a link or image in editors' content may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

function percentDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // A lone % is not an escape; decode the escapes that are well formed.
    return value.replace(/%[0-9a-f]{2}/gi, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
  }
}

/**
 * The scheme a browser would see in `url`, lower-case, or '' for a relative
 * URL. Entity references and percent escapes are decoded until nothing
 * changes (`jav&#x61;script:`, `%6Aavascript:`, `&amp;#x6A;…`), then the
 * characters browsers drop are dropped: ASCII whitespace and controls
 * anywhere (`java\tscript:`) and anything at the start up to a space.
 */
export function urlScheme(url: string): string {
  let value = url;
  for (let i = 0; i < 8; i++) {
    const next = percentDecode(decodeHTML(value));
    if (next === value) break;
    value = next;
  }
  value = value.replace(/[\u0000-\u0020\u007f-\u009f\u00a0\u200b-\u200d\u2060\ufeff]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  return m ? m[1]!.toLowerCase() : value.startsWith(':') ? ':' : '';
}

/** True when a link or image address is http(s), mailto, tel or relative. */
export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === '' || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}
