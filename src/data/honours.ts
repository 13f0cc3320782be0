import { holderDirectory } from '../lib/awards/roll.ts';
import { honoursView, type HonoursView } from '../lib/awards/view.ts';
import { awardsReport } from './awards.ts';
import { entries } from './collections.ts';

let view: Promise<HonoursView> | undefined;

/**
 * The honour pages' view of the award rules' report, shaped once per build:
 * every home page's timeline, the rolls and the lists read the same object
 * (the rules themselves run once, in `awardsReport`, shared with /verify/).
 */
export function siteHonours(): Promise<HonoursView> {
  view ??= (async () => {
    const [report, homes, people] = await Promise.all([awardsReport(), entries('homes'), entries('people')]);
    return honoursView(report, holderDirectory(homes, people));
  })();
  return view;
}
