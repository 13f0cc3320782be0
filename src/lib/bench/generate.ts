/**
 * Writes a generated corpus to disk as a content root (Node only): the test
 * fixture's site settings and media, a few of the sample site's photos and
 * its lesson videos (copied once and reused by every home, story and lesson),
 * the sample policy and lectures, and the generated entries.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parseMarkdownSource } from '../content/source.ts';
import type { LessonMedia } from './courses.ts';
import { generateCorpus, type CorpusOptions } from './corpus.ts';

export interface WriteCorpusOptions extends Omit<CorpusOptions, 'photos' | 'lessonMedia'> {
  /** The content root to create (must not exist yet, or be empty). */
  root: string;
  /** The project folder (for the fixture and the sample content). */
  project: string;
  /** How many of the sample photos to reuse (the smallest). Default 4. */
  photos?: number;
}

/** The sample lessons' videos with their lengths, read from content/courses. */
export function sampleLessonMedia(project: string): LessonMedia[] {
  const found = new Map<string, number>();
  for (const file of globSync('content/courses/*/[0-9]*.md', { cwd: project }).sort()) {
    const data = parseMarkdownSource(readFileSync(path.join(project, file), 'utf8')).data as {
      duration?: number;
      videos?: { src: string }[];
    };
    const base = /^\/media\/lessons\/(.+)\.mp4$/.exec(data.videos?.[0]?.src ?? '')?.[1];
    if (base && data.duration) found.set(base, data.duration);
  }
  return [...found].map(([base, duration]) => ({ base, duration }));
}

/** Writes the corpus; returns the number of files generated. */
export function writeCorpus(o: WriteCorpusOptions): { files: number; photos: string[]; lessonMedia: LessonMedia[] } {
  const fixture = path.join(o.project, 'tests/fixtures/mini');
  const sample = path.join(o.project, 'content');
  mkdirSync(o.root, { recursive: true });
  cpSync(path.join(fixture, 'site.yaml'), path.join(o.root, 'site.yaml'));
  appendFileSync(path.join(o.root, 'site.yaml'), `\n# 基准语料：荣誉状态按这一天评估。\nasOf: ${o.asOf}\n`);
  cpSync(path.join(fixture, 'media'), path.join(o.root, 'media'), { recursive: true });
  for (const part of ['policies', 'lectures'])
    cpSync(path.join(sample, part), path.join(o.root, part), { recursive: true });
  // Astro's image pipeline processes each source image once, so reusing a few keeps image work constant.
  const photoDir = path.join(sample, 'media/photos');
  const photos = readdirSync(photoDir)
    .filter((f) => /\.(jpe?g|png|webp)$/i.test(f))
    .sort((a, b) => statSync(path.join(photoDir, a)).size - statSync(path.join(photoDir, b)).size || a.localeCompare(b))
    .slice(0, o.photos ?? 4);
  for (const f of photos) cpSync(path.join(photoDir, f), path.join(o.root, 'media/photos', f));
  const lessonMedia = sampleLessonMedia(o.project);
  for (const { base } of lessonMedia)
    for (const ext of ['mp4', 'webm', 'jpg', 'zh-CN.vtt', 'chapters.vtt']) {
      const from = path.join(sample, 'media/lessons', `${base}.${ext}`);
      try {
        cpSync(from, path.join(o.root, 'media/lessons', `${base}.${ext}`));
      } catch {
        // Chapters files are optional.
      }
    }
  const files = generateCorpus({ ...o, photos, lessonMedia });
  for (const [rel, text] of files) {
    const file = path.join(o.root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { files: files.size, photos, lessonMedia };
}
