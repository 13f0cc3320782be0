import { createHash } from 'node:crypto';

/** localStorage key of the elderly-friendly (适老化) display mode. */
export const MODE_KEY = 'zgzj.mode';

/**
 * The one script every page carries: it applies the elderly-friendly mode
 * before the first paint (no flash of small text), marks <html> with
 * `data-js` so that the header shows its switch from the first paint (no
 * layout shift; the switch stays hidden when scripts do not run), and wires
 * the switch; and "/" puts the cursor in the search field (the search page's
 * own, else the header's) unless the reader is typing. Kept inline and tiny;
 * its hash goes into the Content-Security-Policy (astro.config.mjs).
 */
export const MODE_SCRIPT = `(()=>{var k=${JSON.stringify(MODE_KEY)},d=document.documentElement,s;d.setAttribute("data-js","");try{s=localStorage.getItem(k)}catch(e){}if(s==="elder")d.dataset.mode="elder";document.addEventListener("DOMContentLoaded",function(){var b=document.getElementById("mode-switch");if(!b)return;var sync=function(){b.setAttribute("aria-pressed",d.dataset.mode==="elder"?"true":"false")};sync();b.addEventListener("click",function(){var on=d.dataset.mode!=="elder";if(on)d.dataset.mode="elder";else delete d.dataset.mode;try{on?localStorage.setItem(k,"elder"):localStorage.removeItem(k)}catch(e){}sync()})});document.addEventListener("keydown",function(e){if(e.key!=="/"||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented)return;var t=e.target;if(t&&t.closest&&t.closest("input,textarea,select,[contenteditable]"))return;var f=document.getElementById("q")||document.getElementById("header-q");if(!f)return;e.preventDefault();f.focus();f.select()})})();`;

/** CSP source for MODE_SCRIPT. */
export const MODE_SCRIPT_HASH = `sha256-${createHash('sha256').update(MODE_SCRIPT).digest('base64')}` as const;
