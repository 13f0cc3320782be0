import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/quality/links.ts';
import { siteDir } from '../helpers/site.ts';

describe('links of the built sample site', () => {
  it('has no broken internal link, anchor or asset reference, and no unsafe external link', () => {
    expect(checkLinks(siteDir()).map((b) => `${b.page} ${b.attribute}=${b.target}: ${b.reason}`)).toEqual([]);
  });
});
