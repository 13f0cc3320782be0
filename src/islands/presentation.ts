// Presentation mode for a lecture (src/pages/lectures/[id]/present.astro):
// the page arrives as slides, one <section> each; this script shows one at a
// time and turns them with the on-screen buttons, a swipe, or the keys.
// Without it the slides follow one another down the page.

const SWIPE = 50; // px sideways, and more sideways than down, to turn a slide

export function startPresentation() {
  const deck = document.querySelector<HTMLElement>('#deck');
  const counter = document.querySelector<HTMLElement>('#counter');
  if (!deck || !counter) return;
  const slides = [...deck.querySelectorAll<HTMLElement>(':scope > .slide')];
  const button = (id: string) => document.getElementById(id) as HTMLButtonElement | null;
  const [prev, next, notes, full] = ['prev', 'next', 'notes', 'fullscreen'].map(button);
  let index = Math.max(0, Math.min(slides.length - 1, Number(location.hash.slice(1)) - 1 || 0));

  function show(to: number, focus = true) {
    index = Math.max(0, Math.min(slides.length - 1, to));
    slides.forEach((s, i) => {
      s.classList.toggle('current', i === index);
      s.scrollTop = 0;
    });
    counter!.textContent = `第 ${index + 1} / ${slides.length} 页`;
    // aria-disabled, not disabled: a button at the end keeps the keyboard's focus.
    prev?.setAttribute('aria-disabled', String(index === 0));
    next?.setAttribute('aria-disabled', String(index === slides.length - 1));
    history.replaceState(null, '', `#${index + 1}`);
    const heading = slides[index]?.querySelector<HTMLElement>('h1, h2');
    if (heading && focus) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }
  const toggleNotes = () => {
    const on = document.body.classList.toggle('show-notes');
    notes?.setAttribute('aria-pressed', String(on));
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };

  prev?.addEventListener('click', () => show(index - 1, false));
  next?.addEventListener('click', () => show(index + 1, false));
  notes?.addEventListener('click', toggleNotes);
  if (full) {
    // Phones without the Fullscreen API (iPhone Safari) do not get the button.
    if (!document.fullscreenEnabled) full.remove();
    full.addEventListener('click', toggleFullscreen);
    document.addEventListener('fullscreenchange', () =>
      full.setAttribute('aria-pressed', String(Boolean(document.fullscreenElement))),
    );
  }

  // Swipe: a finger or pen moved sideways over the deck. The deck and its
  // slides let the browser scroll up and down only (touch-action: pan-y in
  // presentation.css), so a sideways move arrives here whole.
  let start: { x: number; y: number; id: number } | undefined;
  deck.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse') start = { x: e.clientX, y: e.clientY, id: e.pointerId };
  });
  deck.addEventListener('pointercancel', () => (start = undefined));
  deck.addEventListener('pointerup', (e) => {
    if (!start || e.pointerId !== start.id) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    start = undefined;
    if (Math.abs(dx) >= SWIPE && Math.abs(dx) > Math.abs(dy)) show(index + (dx < 0 ? 1 : -1), false);
  });

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys typed on a focused button act on the button.
    if (event.target instanceof HTMLButtonElement && [' ', 'Enter'].includes(event.key)) return;
    const key = event.key;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(key)) show(index + 1);
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(key)) show(index - 1);
    else if (key === 'Home') show(0);
    else if (key === 'End') show(slides.length - 1);
    else if (key === 'f' || key === 'F') toggleFullscreen();
    else if (key === 'n' || key === 'N') toggleNotes();
    else return;
    event.preventDefault();
  });
  document.body.classList.add('js-deck');
  show(index, false);
}
