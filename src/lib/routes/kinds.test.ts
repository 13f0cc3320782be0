import { describe, expect, it } from 'vitest';
import { routeKind } from './kinds.ts';

describe('routeKind', () => {
  it.each([
    ['/homes/index.html', 'home lists and facets'],
    ['/homes/page/3/index.html', 'home lists and facets'],
    ['/homes/county/jinan-lixia-qu/page/2/index.html', 'home lists and facets'],
    ['/homes/jinan-steel-works/index.html', 'home pages'],
    ['homes/jinan-steel-works/index.html', 'home pages'],
    ['/homes/index.json', 'data files and feeds'],
    ['/stories/tag/zhigong/index.html', 'story lists'],
    ['/stories/chem-park-rectification/index.html', 'stories'],
    ['/honors/2024/index.html', 'honour rolls'],
    ['/verify/2024-001-ab12/index.html', 'verify pages'],
    ['/courses/law/01-contract/index.html', 'lessons'],
    ['/courses/law/index.html', 'courses'],
    ['/rss.xml', 'data files and feeds'],
    ['/index.html', 'other pages'],
    ['/404.html', 'other pages'],
  ])('%s is one of the %s', (file, kind) => expect(routeKind(file).en).toBe(kind));
});
