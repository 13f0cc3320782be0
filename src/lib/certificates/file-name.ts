/**
 * Certificate serials hold Chinese brackets (鲁工家证〔2024〕0012), which make
 * poor file and URL names. The file name keeps the serial's ASCII letters and
 * digits for people to read, and adds a hash of the whole serial so that two
 * serials never share a name.
 */
import { sha256Hex } from './sha256.ts';

/** "鲁工家证〔2024〕0012" -> "2024-0012-<10 hex>.png"; stable across runs and machines. */
export function certificateFileName(serial: string): string {
  const nfc = serial.normalize('NFC');
  const readable = (nfc.match(/[A-Za-z0-9]+/g) ?? []).join('-').toLowerCase().slice(0, 40);
  const hash = sha256Hex(nfc).slice(0, 10);
  return `${readable ? `${readable}-` : ''}${hash}.png`;
}
