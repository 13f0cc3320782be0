// Presentation mode for a lecture: one section per screen, driven by the
// keyboard, for an offline lecture in a meeting room. Without JavaScript the
// page is the whole lecture in large type.

/** Groups the rendered lecture into slides: one per level-2 heading. */
function makeSlides(deck: HTMLElement): HTMLElement[] {
  const body = deck.querySelector('.body');
  if (body) {
    let slide: HTMLElement | undefined;
    for (const node of [...body.childNodes]) {
      if (node instanceof HTMLHeadingElement && node.tagName === 'H2') {
        slide = document.createElement('section');
        slide.className = 'slide';
        slide.setAttribute('aria-label', node.textContent ?? '');
        deck.append(slide);
      }
      (slide ?? deck.querySelector('.slide'))?.append(node);
    }
    body.remove();
  }
  return [...deck.querySelectorAll<HTMLElement>('.slide')];
}

export function startPresentation() {
  const deck = document.querySelector<HTMLElement>('#deck');
  const counter = document.querySelector<HTMLElement>('#counter');
  if (!deck || !counter) return;
  const slides = makeSlides(deck);
  document.body.classList.add('js-deck', 'hide-notes');
  let index = Math.max(0, Math.min(slides.length - 1, Number(location.hash.slice(1)) - 1 || 0));

  function show(next: number) {
    index = Math.max(0, Math.min(slides.length - 1, next));
    slides.forEach((s, i) => s.classList.toggle('current', i === index));
    counter!.textContent = `第 ${index + 1} / ${slides.length} 页`;
    history.replaceState(null, '', `#${index + 1}`);
    slides[index]?.querySelector<HTMLElement>('h1, h2')?.setAttribute('tabindex', '-1');
    slides[index]?.querySelector<HTMLElement>('h1, h2')?.focus({ preventScroll: true });
  }

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(key)) show(index + 1);
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) show(index - 1);
    else if (key === 'Home') show(0);
    else if (key === 'End') show(slides.length - 1);
    else if (key === 'f' || key === 'F') {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    } else if (key === 'n' || key === 'N') document.body.classList.toggle('hide-notes');
    else return;
    event.preventDefault();
  });
  show(index);
}
