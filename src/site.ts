import { contentRoot } from './lib/node/content-root.ts';
import { readSiteConfig } from './lib/node/site-config.ts';

/** The site's identity, read once from the content root's site.yaml. */
export const site = readSiteConfig(contentRoot());
