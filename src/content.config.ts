import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import path from 'node:path';
import { COLLECTIONS, entryId, type CollectionName } from './lib/content/collections.ts';
import { contentRoot } from './lib/node/content-root.ts';
import { validationPassed } from './lib/node/checked-files.ts';
import { guardCollection } from './lib/node/content-guard.ts';
import { leanContext, whileLoading } from './lib/node/lean-loader.ts';
import { courseSchema, lessonSchema } from './lib/schemas/courses.ts';
import { honourYearSchema, personSchema } from './lib/schemas/honours.ts';
import { homeSchema } from './lib/schemas/homes.ts';
import { lectureSchema } from './lib/schemas/lectures.ts';
import { policySchema } from './lib/schemas/policies.ts';
import { storySchema } from './lib/schemas/stories.ts';

// Loaders only: schemas, folders and ids come from src/lib, so the pre-build
// validator (scripts/validate-content.ts) checks exactly what Astro loads.
const root = contentRoot();

function loader(name: CollectionName): Loader {
  const spec = COLLECTIONS[name];
  const base = path.join(root, spec.dir);
  const files = glob({
    pattern: spec.pattern,
    base,
    generateId: ({ entry }) => entryId(name, entry),
    // No page reads a home's Markdown source (4 MB of the store at 10,000 homes), only its rendered HTML.
    retainBody: name !== 'homes',
  });
  return {
    ...files,
    load: (context) =>
      whileLoading(context, async () => {
        await validationPassed();
        // The glob loader only logs a body that fails to render; the guard stops the build instead.
        if (spec.kind === 'markdown') guardCollection(root, name);
        return files.load(leanContext(context, base, (relative) => entryId(name, relative)));
      }),
  };
}

export const collections = {
  homes: defineCollection({ loader: loader('homes'), schema: ({ image }) => homeSchema(image) }),
  courses: defineCollection({ loader: loader('courses'), schema: courseSchema }),
  lessons: defineCollection({ loader: loader('lessons'), schema: lessonSchema }),
  lectures: defineCollection({ loader: loader('lectures'), schema: lectureSchema }),
  stories: defineCollection({ loader: loader('stories'), schema: ({ image }) => storySchema(image) }),
  policies: defineCollection({ loader: loader('policies'), schema: policySchema }),
  honors: defineCollection({ loader: loader('honors'), schema: honourYearSchema }),
  people: defineCollection({ loader: loader('people'), schema: personSchema }),
};
