import { stringify } from 'yaml';
import { courseFiles, type LessonMedia } from './courses.ts';
import { homeFile, homeStubs } from './homes.ts';
import { planHonours } from './honours.ts';
import { seededRandom } from './random.ts';
import { storyFile } from './stories.ts';

export interface CorpusOptions {
  homes: number;
  stories: number;
  courses: number;
  seed: number;
  /** The day the honour rolls are judged on; also written to site.yaml as `asOf`. */
  asOf: string;
  /** Ordinary titles per year besides the top ten; default 2% of the homes, 5 to 300. */
  ordinaryPerYear?: number;
  /** File names in the corpus's `media/photos/`; homes and stories reuse them. */
  photos: readonly string[];
  /** Lesson videos in `media/lessons/` for the courses to reuse. */
  lessonMedia: readonly LessonMedia[];
}

/** The default number of ordinary titles a year for `homes` homes. */
export function ordinaryTitles(homes: number): number {
  return Math.min(300, Math.max(5, Math.round(homes * 0.02)));
}

/**
 * A generated content folder: path under the content root -> file text.
 * Homes, stories, courses with lessons, 娘家人 and the honour rolls of
 * 2019-2025, all valid against the schemas and the award rules R1-R9 and the
 * same for the same options. Plain Markdown (.md) throughout: MDX builds
 * several times slower and editors use it only where a page needs a component.
 */
export function generateCorpus(o: CorpusOptions): Map<string, string> {
  const rnd = seededRandom(o.seed);
  const files = new Map<string, string>();
  const stubs = homeStubs(rnd, o.homes);
  const honours = planHonours(rnd, stubs, {
    ordinaryPerYear: o.ordinaryPerYear ?? ordinaryTitles(o.homes),
    asOf: o.asOf,
  });
  const homePhotos = o.photos.map((f) => `../../media/photos/${f}`);
  for (const stub of stubs) {
    files.set(
      `homes/${stub.city}/${stub.id}.md`,
      homeFile(rnd, stub, {
        level: honours.homeLevels.get(stub.id),
        lowSatisfactionYear: honours.lowSatisfaction.get(stub.id),
        photos: homePhotos,
      }),
    );
  }
  const storyPhotos = o.photos.map((f) => `../media/photos/${f}`);
  for (let i = 0; i < o.stories; i++) {
    files.set(`stories/story-${String(i + 1).padStart(5, '0')}.md`, storyFile(rnd, i, stubs, storyPhotos));
  }
  for (let i = 0; i < o.courses; i++)
    for (const [rel, text] of courseFiles(rnd, i, o.lessonMedia)) files.set(rel, text);
  for (const person of honours.people) files.set(`people/${person.id}.yaml`, stringify(person.data));
  for (const list of honours.lists) files.set(`honors/${list.year}.yaml`, stringify(list, { lineWidth: 0 }));
  return files;
}
