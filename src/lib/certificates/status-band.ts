/**
 * The band drawn across a certificate whose title is no longer valid: a
 * translucent red stripe from corner to corner with the status in large
 * white type, under which the certificate still reads. A downloaded image
 * of a revoked title cannot pass for a valid one. Pure.
 */
import { h } from './h.ts';
import type { SatoriElement } from './types.ts';

/** The certificate red (palette RED) at 82%: read at a glance, the text under it still legible. */
const BAND_INK = 'rgba(168, 21, 29, 0.82)';

/**
 * A band `thickness` px thick across a `width` x `height` page, from the top
 * left corner to the bottom right: over the seal, clear of the QR code in the
 * bottom left, which must still scan (it leads to the page that explains).
 */
export function statusBand(status: string, width: number, height: number, thickness = 132): SatoriElement {
  const diagonal = Math.hypot(width, height);
  const angle = (Math.atan2(height, width) * 180) / Math.PI;
  const length = Math.ceil(diagonal);
  return h(
    {
      position: 'absolute',
      left: Math.round((width - length) / 2),
      top: Math.round((height - thickness) / 2),
      width: length,
      height: thickness,
      alignItems: 'center',
      justifyContent: 'center',
      backgroundColor: BAND_INK,
      transform: `rotate(${Math.round(angle * 100) / 100}deg)`,
    },
    h({ fontSize: 78, fontWeight: 900, color: '#ffffff', letterSpacing: 24, paddingLeft: 24 }, status.normalize('NFC')),
  );
}
