import { pinyin } from 'pinyin-pro';

/** Lower-case ASCII slug of Chinese text by its pinyin: 历下区 -> lixiaqu. */
export function pinyinSlug(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug = syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'x';
}
