/**
 * The parts of Decap CMS's browser API this project uses. decap-cms.js
 * (served from the npm package) defines `CMS` and `h` (React's
 * createElement) on window.
 */
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  set(key: string, value: unknown): ImmutableLike;
  toJS(): unknown;
}

export interface PreviewProps {
  entry: ImmutableLike;
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => { toString(): string } | string | undefined;
}

export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface DecapCms {
  init(options: { config: unknown }): void;
  registerPreviewStyle(style: string, options?: { raw?: boolean }): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: {
      fromFile(content: string): Record<string, unknown>;
      toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
    },
  ): void;
  registerEventListener(listener: { name: 'preSave'; handler: (args: { entry: ImmutableLike }) => unknown }): void;
  registerLocale(locale: string, phrases: unknown): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: H;
  }
}
