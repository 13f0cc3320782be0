/**
 * Runs in the page (`page.evaluate(inspectLayout, checkTargets)`): what a
 * reader at this width or zoom cannot see or can hardly hit. Text or boxes
 * past the right edge of the window or cut off by a box that clips, except
 * inside a box the page made scrollable on purpose (a wide table or chart);
 * with `checkTargets`, every link and control under 44×44 CSS px (WCAG 2.5.5,
 * AAA), with WCAG's exceptions for a link inside a sentence, for a control
 * whose label operates it too and for a link that a full-size link on the
 * page duplicates. Self-contained: it is sent to the browser.
 */
export function inspectLayout(checkTargets: boolean) {
  const width = document.documentElement.clientWidth;
  const name = (el: Element, r = el.getBoundingClientRect()) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24);
    const id = el.id ? `#${el.id}` : '';
    const size = `${Math.round(r.width)}×${Math.round(r.height)} at x ${Math.round(r.left)}–${Math.round(r.right)}`;
    return `<${el.tagName.toLowerCase()}${id}> "${text}" ${size}`;
  };
  const ancestors = (el: Element) => {
    const list: Element[] = [];
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) list.push(a);
    return list;
  };
  // Visible: drawn (not in a closed <details> or a `content-visibility:
  // hidden` box), not `visibility: hidden`, and not inside a 1 px
  // visually-hidden box (text for screen readers only).
  const tiny = (el: Element) => el.getBoundingClientRect().width <= 1 || el.getBoundingClientRect().height <= 1;
  const shown = (el: Element) =>
    el.checkVisibility({ visibilityProperty: true }) && !tiny(el) && !ancestors(el).some(tiny);
  const overflowX = (el: Element) => getComputedStyle(el).overflowX;
  const elements = [...document.body.querySelectorAll('*')].filter(shown);

  // An element's box, and each run of its own text: a long word or a
  // `white-space: nowrap` line overflows the element's box, not the box itself.
  const boxes = elements.flatMap((el) => {
    const texts = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
    return [
      { el, text: false, rect: el.getBoundingClientRect(), within: ancestors(el) },
      ...texts.map((t) => {
        const range = document.createRange();
        range.selectNodeContents(t);
        return { el, text: true, rect: range.getBoundingClientRect(), within: [el, ...ancestors(el)] };
      }),
    ];
  });
  const cut: string[] = [];
  const outside = new Map<Element, DOMRect>();
  for (const { el, text, rect, within } of boxes) {
    if (within.some((a) => ['auto', 'scroll'].includes(overflowX(a)))) continue;
    if ((rect.right > width + 1 || rect.left < -1) && (text || !outside.has(el))) outside.set(el, rect);
    const clipper = within.find((a) => ['hidden', 'clip'].includes(overflowX(a)));
    if (text && clipper && rect.right > clipper.getBoundingClientRect().right + 1)
      cut.push(`text cut off by ${name(clipper)}: ${name(el, rect)}`);
  }
  // Only the outermost element that sticks out, not each of its children.
  for (const [el, rect] of outside)
    if (!el.parentElement || !outside.has(el.parentElement)) cut.push(`past the edge (${width} px): ${name(el, rect)}`);

  const small: string[] = [];
  if (checkTargets) {
    const inSentence = (el: Element) => {
      for (let a: Element = el, p = a.parentElement; p; a = p, p = p.parentElement) {
        if (
          [...p.childNodes].some((n) => n !== a && n.nodeType === Node.TEXT_NODE && /\p{L}/u.test(n.textContent ?? ''))
        )
          return true;
        if (getComputedStyle(p).display !== 'inline') return false;
      }
      return false;
    };
    const selector = ['a[href]', 'button', 'input:not([type="hidden"])', 'select', 'summary']
      .flatMap((s) => [`header ${s}`, `main ${s}`])
      .join(', ');
    const big = (b: DOMRect) => b.width >= 44 - 0.5 && b.height >= 44 - 0.5;
    const targets = [...document.querySelectorAll(selector)].filter(
      (el) => shown(el) && !(getComputedStyle(el).display === 'inline' && inSentence(el)),
    );
    // WCAG's "equivalent" exception: a link whose address a full-size link
    // on the page also offers (a map's tile and the table beside it).
    const bigLinks = new Set(
      targets
        .filter((el) => el.matches('a[href]') && big(el.getBoundingClientRect()))
        .map((a) => a.getAttribute('href')),
    );
    for (const el of targets) {
      // A control's label operates it too, so either may be the 44×44 target.
      const areas = [el, ...((el as HTMLInputElement).labels ?? [])].map((b) => b.getBoundingClientRect());
      if (!areas.some(big) && !(el.matches('a[href]') && bigLinks.has(el.getAttribute('href'))))
        small.push(`smaller than 44×44: ${name(el)}`);
    }
  }
  // What sets the page's width when it scrolls sideways, hidden text included.
  const scrollWidth = document.documentElement.scrollWidth;
  const atRight = (r: DOMRect) => Math.abs(r.right - scrollWidth) <= 1;
  const widest = [
    ...new Set([
      ...[...document.body.querySelectorAll('*')].filter((el) => atRight(el.getBoundingClientRect())),
      ...boxes.filter((b) => b.text && atRight(b.rect)).map((b) => b.el),
    ]),
  ]
    .slice(0, 3)
    .map((el) => name(el));
  return {
    scrollWidth,
    widest,
    width,
    pixelRatio: window.devicePixelRatio,
    mode: document.documentElement.dataset['mode'] ?? 'normal',
    checked: elements.length,
    cut,
    small,
  };
}
