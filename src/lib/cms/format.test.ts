import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdown, readYaml, writeData, writeMarkdown } from './format.ts';

const ORDER = ['title', 'author', 'date', 'city', 'tags', 'homes', 'summary', 'cover', 'sample'];
const honours = readFileSync(path.resolve(import.meta.dirname, '../../../content/honors/2024.yaml'), 'utf8');

describe('writeMarkdown', () => {
  it('writes a new entry with keys in schema order, nothing empty, short lists on one line', () => {
    const text = writeMarkdown(
      {
        sample: false,
        summary: '摘要',
        title: '夜班书屋',
        id: 'ye-ban-shu-wu',
        city: '',
        tags: ['职工书屋', '办实事'],
        homes: [],
        cover: { src: '../media/photos/a.jpg', alt: '书屋里的夜班职工', caption: '' },
        date: '2026-05-01',
        author: '宣传部',
        body: '## 背景\r\n\r\n正文。',
      },
      ORDER,
    );
    expect(text).toBe(
      [
        '---',
        'title: 夜班书屋',
        'author: 宣传部',
        'date: 2026-05-01',
        'tags: [职工书屋, 办实事]',
        'summary: 摘要',
        'cover:',
        '  src: ../media/photos/a.jpg',
        '  alt: 书屋里的夜班职工',
        'sample: false',
        '---',
        '',
        '## 背景',
        '',
        '正文。',
        '',
      ].join('\n'),
    );
  });

  it('reads what it writes', () => {
    const data = readMarkdown('---\ntitle: 标题\ntags: [a]\n---\n\n## 背景\n\n文字\n');
    expect(data).toMatchObject({ title: '标题', tags: ['a'], body: '## 背景\n\n文字\n', __kind: 'course' });
    expect(writeMarkdown(data, ORDER)).toBe('---\ntitle: 标题\ntags: [a]\n---\n\n## 背景\n\n文字\n');
  });

  it('tells a lesson from a course by its videos', () =>
    expect(readMarkdown('---\ntitle: 课\nvideos: []\n---\n').__kind).toBe('lesson'));
});

describe('writeData', () => {
  it('keeps every comment of an honour list when a record is added', () => {
    const data = readYaml(honours);
    const awards = data['awards'] as Record<string, unknown>[];
    const added = {
      id: '2024-new',
      serial: '鲁工家证〔2024〕999',
      home: 'x',
      level: 'model',
      topTen: false,
      conferrer: '山东省总工会',
      conferredOn: '2024-04-26',
      citation: '',
    };
    const text = writeData({ ...data, awards: [...awards, added] }, [
      'year',
      'status',
      'published',
      'awards',
      'sample',
    ]);
    for (const comment of honours.split('\n').filter((l) => l.trimStart().startsWith('#')))
      expect(text).toContain(comment);
    expect(text.startsWith(honours.trimEnd().split('\n').slice(0, 8).join('\n'))).toBe(true);
    expect(
      text
        .trimEnd()
        .endsWith(
          '  - id: 2024-new\n    serial: 鲁工家证〔2024〕999\n    home: x\n    level: model\n    topTen: false\n    conferrer: 山东省总工会\n    conferredOn: 2024-04-26',
        ),
    ).toBe(true);
  });

  it('writes an unchanged file back exactly', () => {
    expect(writeData(readYaml(honours), ['year', 'status', 'published', 'sample', 'awards'])).toBe(honours);
  });

  it('orders the keys of a new list item as the schema does, not as the form filled them', () => {
    const order = { keys: ['year', 'awards'], nested: { awards: { keys: ['id', 'level', 'topTen'] } } };
    expect(writeData({ awards: [{ topTen: false, level: 'model', id: 'a-1' }], year: 2025 }, order)).toBe(
      'year: 2025\nawards:\n  - id: a-1\n    level: model\n    topTen: false\n',
    );
  });
});
