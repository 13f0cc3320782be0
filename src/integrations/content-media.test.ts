import { describe, expect, it } from 'vitest';
import { published } from './content-media.ts';

describe('published media', () => {
  it.each(['lessons/law-01.mp4', 'lessons/law-01.zh-CN.vtt', 'downloads/guide.pdf', '/lessons/a.jpg', ''])(
    'publishes %s',
    (rel) => expect(published(rel)).toBe(true),
  );
  it.each(['README.md', 'lessons/notes.md', '_drafts/a.mp4', 'lessons/_new.mp4', 'photos/clinic.jpg', '/photos/a.jpg'])(
    'keeps %s back (in the build and in dev)',
    (rel) => expect(published(rel)).toBe(false),
  );
});
