/**
 * What a certificate shows. The lead maps award records (schemas/honours.ts)
 * onto this shape; the renderer knows nothing else about awards.
 */

/**
 * The certificate designs (art. 5): a home's level title, a top-ten home, a
 * top-ten 娘家人, and a 娘家人's level title (模范“娘家人”, for R4's streaks).
 */
export const TEMPLATES = ['home-title', 'top-ten-home', 'top-ten-person', 'person-title'] as const;
export type CertificateTemplate = (typeof TEMPLATES)[number];

/** A home's grade (R1, art. 5): 合格 / 先进 / 模范. */
export type CertificateLevel = 'qualified' | 'advanced' | 'model';

export interface CertificateInput {
  /** Certificate serial, e.g. "鲁工家证〔2024〕0012" (R9: unique). */
  serial: string;
  template: CertificateTemplate;
  /** Required for `home-title` and `person-title`: printed as 合格/先进/模范职工之家 or 模范“娘家人”. */
  level?: CertificateLevel;
  /** The award year (R2). */
  year: number;
  /** Home (unit) name or person name; may hold rare characters such as 𠮷 䶮 堃 喆 燊. */
  recipient: string;
  /** For persons: their unit or union. */
  unit?: string;
  /** One or two sentences of formal citation text. */
  citation: string;
  /** The conferring body (R2), e.g. 山东省总工会; also drawn on the seal. */
  conferrer: string;
  /** ISO date YYYY-MM-DD, printed as 二〇二四年四月二十八日. */
  conferredOn: string;
  /** Absolute URL of /verify/<serial>/, encoded as the QR code. */
  verifyUrl: string;
  /** SHA-256 hex of the award record's canonical form (digest.ts), printed small. */
  digest: string;
  /**
   * For a title that is no longer valid (已撤销, 已被新称号取代, 整改中…): the word drawn in
   * a band across the certificate, so that the image cannot pass for a valid one. Absent while
   * the title is in force. At most 8 characters.
   */
  status?: string;
}

/** What an og:image share card shows (1200x630). */
export interface ShareImageInput {
  title: string;
  subtitle?: string;
  /** Selects the accent and the small label in the corner. */
  kind: 'home' | 'story' | 'honour' | 'page';
}

/**
 * A satori element: plain objects, no React. Children are elements or text.
 * `props.style` takes the CSS subset satori supports.
 */
export interface SatoriElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: SatoriChild | SatoriChild[];
    [prop: string]: unknown;
  };
}
export type SatoriChild = SatoriElement | string;

/**
 * A picture ready for render.ts: satori lays out and draws `tree` (the text
 * and small images) on top of `underlay`, plain SVG markup for the large
 * static shapes (paper, frame), in a `width` x `height` CSS-pixel box.
 */
export interface Drawing {
  width: number;
  height: number;
  tree: SatoriElement;
  underlay: string;
}
