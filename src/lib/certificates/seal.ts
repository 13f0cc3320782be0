/**
 * The conferrer's round seal: a red ring, a five-pointed star in the middle and
 * the conferrer's name set on the upper arc, each character turned to face the
 * centre, the way official Chinese seals are cut. Drawn with shapes and text,
 * not a picture, so it follows the conferrer's name.
 */
import { h, img, svgDataUri } from './h.ts';
import type { SatoriElement } from './types.ts';

export const SEAL_RED = '#d11f26';
/** The same red as translucent ink: text under the seal shows through, as on paper. */
const SEAL_INK = 'rgba(209, 31, 38, 0.88)';

/** Points of a five-pointed star centred in a box of `size`, first point up. */
export function starPoints(size: number, innerRatio = 0.382): string {
  const c = size / 2;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? c : c * innerRatio;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    points.push(`${round(c + r * Math.cos(angle))},${round(c + r * Math.sin(angle))}`);
  }
  return points.join(' ');
}

/** The ring and the star as one small SVG image: no CSS border, so no clip path for resvg. */
function ringAndStar(diameter: number, ring: number): SatoriElement {
  const c = diameter / 2;
  const star = diameter * 0.3;
  const body =
    `<circle cx="${c}" cy="${c}" r="${c - ring / 2}" fill="none" stroke="${SEAL_RED}" stroke-width="${ring}"/>` +
    `<polygon transform="translate(${round(c - star / 2)} ${round(c - star / 2 + diameter * 0.02)})" points="${starPoints(star)}" fill="${SEAL_RED}"/>`;
  return img(svgDataUri(diameter, diameter, body, ' opacity="0.88"'), diameter, diameter, {
    position: 'absolute',
    left: 0,
    top: 0,
  });
}

/** The seal, `diameter` layout pixels across; position it with `style`. */
export function sealElement(name: string, diameter: number, style: Record<string, string | number>): SatoriElement {
  const chars = [...name.normalize('NFC')];
  const ring = Math.round(diameter * 0.035);
  // Longer names get smaller characters and a wider arc, up to 250 degrees.
  const charSize = Math.round(diameter * (chars.length <= 6 ? 0.17 : chars.length <= 9 ? 0.14 : 0.115));
  const radius = diameter / 2 - ring - charSize * 0.6;
  const step = Math.min(44, 250 / Math.max(chars.length - 1, 1));
  const first = (-step * (chars.length - 1)) / 2;
  const centre = diameter / 2;
  const letters = chars.map((char, i) => {
    const deg = first + step * i;
    const rad = (deg * Math.PI) / 180;
    return h(
      {
        position: 'absolute',
        left: round(centre + radius * Math.sin(rad) - charSize / 2),
        top: round(centre - radius * Math.cos(rad) - charSize / 2),
        width: charSize,
        height: charSize,
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: charSize,
        lineHeight: 1,
        fontWeight: 700,
        color: SEAL_INK,
        transform: `rotate(${round(deg)}deg)`,
      },
      char,
    );
  });
  return h({ position: 'absolute', width: diameter, height: diameter, ...style }, [
    ringAndStar(diameter, ring),
    ...letters,
  ]);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
