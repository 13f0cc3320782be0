import { describe, expect, it } from 'vitest';
import { checkStoryStructure, missingStorySections, storyStructureMessage } from './structure.ts';

const story = (...sections: string[]) => sections.map((s) => `## ${s}\n\n一段文字。\n`).join('\n');

describe('story structure', () => {
  it('accepts the four sections in order', () =>
    expect(missingStorySections(story('背景', '做法', '成效', '职工评价'))).toEqual([]));
  it('names each missing section', () =>
    expect(missingStorySections(story('背景', '做法'))).toEqual(['成效', '职工评价']));
  it('counts a section out of order as missing', () =>
    expect(missingStorySections(story('背景', '成效', '做法', '职工评价'))).toEqual(['成效']));
  it('ignores headings inside code blocks and other heading levels', () => {
    expect(missingStorySections('```\n## 背景\n```\n### 做法\n')).toEqual(['背景', '做法', '成效', '职工评价']);
  });
  it('says what is missing in Chinese, at the body line of the file', () => {
    expect(storyStructureMessage(story('背景', '做法', '职工评价'))).toContain('“## 成效”');
    const [p] = checkStoryStructure('content/stories/a.md', story('背景'), 12);
    expect(p).toMatchObject({ file: 'content/stories/a.md', line: 12, field: 'body' });
  });
});
