/**
 * Splits a lecture's rendered HTML into slides for the presentation mode: one
 * slide per level-2 heading, with what the lecture says before its first
 * heading as a slide of its own. Done at build time, so the page arrives as
 * slides and nothing moves when its script starts.
 *
 * The HTML is the Markdown renderer's: level-2 headings stand at the top
 * level (the lecture's sections), never inside another element.
 */
export interface Slide {
  /** The heading's text, without markup; empty for the opening slide. */
  title: string;
  /** The slide's HTML, its heading included. */
  html: string;
}

const H2 = /<h2[\s>]/g;

export function splitSlides(html: string): Slide[] {
  const starts = [...html.matchAll(H2)].map((m) => m.index);
  const slides: Slide[] = [];
  const intro = html.slice(0, starts[0] ?? html.length);
  if (intro.trim()) slides.push({ title: '', html: intro.trim() });
  starts.forEach((start, i) => {
    const part = html.slice(start, starts[i + 1] ?? html.length).trim();
    const heading = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(part)?.[1] ?? '';
    slides.push({ title: textOf(heading), html: part });
  });
  return slides;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}
