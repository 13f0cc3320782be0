import {
  CITY_LABELS,
  EIGHT_HAVES,
  EIGHT_HAVE_LABELS,
  LECTURE_THEME_LABELS,
  LEVEL_LABELS,
  SECTOR_LABELS,
  UNIT_TYPE_LABELS,
  type City,
  type LectureTheme,
  type Level,
  type Sector,
  type UnitType,
} from '../../domain/vocab.ts';
import { formatDate } from '../../format.ts';
import type { H, PreviewProps } from './decap.ts';

/**
 * Preview panes that look like the site's pages: the same markup and class
 * names as src/pages/stories/[id].astro, homes/[id].astro and
 * lectures/[id]/index.astro, styled by the site's own global.css.
 */
type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function frame(h: H, siteName: string, crumbs: string[], article: unknown) {
  return h(
    'div',
    { className: 'cms-preview' },
    h('header', { className: 'cms-site-header' }, h('div', { className: 'wrap' }, siteName)),
    h(
      'nav',
      { className: 'wrap crumbs', 'aria-label': '当前位置' },
      h('ol', null, ...['首页', ...crumbs].map((c) => h('li', { key: c }, c))),
    ),
    h('main', { className: 'wrap' }, article),
  );
}

function image(h: H, props: PreviewProps, photo: unknown) {
  const p = (photo ?? {}) as Data;
  if (!str(p['src'])) return null;
  const asset = props.getAsset(str(p['src']));
  return h(
    'figure',
    null,
    h('img', { src: asset ? String(asset) : '', alt: str(p['alt']) }),
    str(p['caption']) ? h('figcaption', null, str(p['caption'])) : null,
  );
}

const sampleTag = (h: H, d: Data) => (d['sample'] ? h('span', { className: 'tag tag-sample' }, '示例') : null);

export function storyPreview(h: H, siteName: string) {
  return (props: PreviewProps) => {
    const d = (props.entry.get('data') as { toJS(): Data }).toJS();
    const date = str(d['date']);
    const tags = Array.isArray(d['tags']) ? (d['tags'] as string[]) : [];
    return frame(
      h,
      siteName,
      ['典型案例', str(d['title'])],
      h(
        'article',
        null,
        h('h1', null, str(d['title']) || '（未填写标题）', ' ', sampleTag(h, d)),
        h(
          'ul',
          { className: 'meta' },
          h('li', null, `作者：${str(d['author'])}`),
          date ? h('li', null, h('time', { dateTime: date }, formatDate(date))) : null,
          d['city'] ? h('li', null, CITY_LABELS[d['city'] as City]) : null,
        ),
        image(h, props, d['cover']),
        h('div', { className: 'prose' }, props.widgetFor('body')),
        tags.length ? h('p', null, '标签：', ...tags.map((t) => h('span', { className: 'tag', key: t }, t))) : null,
      ),
    );
  };
}

export function homePreview(h: H, siteName: string) {
  return (props: PreviewProps) => {
    const d = (props.entry.get('data') as { toJS(): Data }).toJS();
    const haves = (d['eightHaves'] ?? {}) as Record<string, boolean>;
    const photos = Array.isArray(d['photos']) ? d['photos'] : [];
    const fact = (label: string, value: string) => h('div', { key: label }, h('dt', null, label), h('dd', null, value));
    return frame(
      h,
      siteName,
      ['职工之家', CITY_LABELS[d['city'] as City] ?? '', str(d['title'])],
      h(
        'article',
        { className: 'home' },
        h('h1', null, str(d['title']) || '（未填写名称）', ' ', sampleTag(h, d)),
        h(
          'p',
          { className: 'lead' },
          d['level']
            ? h('span', { className: `tag tag-${str(d['level'])}` }, `${LEVEL_LABELS[d['level'] as Level]}职工之家`)
            : null,
          ' ',
          str(d['unit']),
        ),
        h(
          'dl',
          { className: 'facts' },
          fact('所在市', `${CITY_LABELS[d['city'] as City] ?? ''} ${str(d['county'])}`),
          fact('单位性质', UNIT_TYPE_LABELS[d['unitType'] as UnitType] ?? ''),
          fact('所属领域', SECTOR_LABELS[d['sector'] as Sector] ?? ''),
          fact('命名年份', d['year'] ? `${String(d['year'])} 年` : ''),
        ),
        image(h, props, photos[0]),
        h('p', null, str(d['summary'])),
        h('h2', null, '“八有”标准'),
        h(
          'ul',
          { className: 'checklist' },
          ...EIGHT_HAVES.map((k) => h('li', { key: k }, `${haves[k] ? '✓' : '✗'} ${EIGHT_HAVE_LABELS[k]}`)),
        ),
        h('div', { className: 'prose' }, props.widgetFor('body')),
      ),
    );
  };
}

export function lecturePreview(h: H, siteName: string) {
  return (props: PreviewProps) => {
    const d = (props.entry.get('data') as { toJS(): Data }).toJS();
    const date = str(d['date']);
    return frame(
      h,
      siteName,
      ['传习所', str(d['title'])],
      h(
        'article',
        { className: 'lecture' },
        h('p', { className: 'muted' }, LECTURE_THEME_LABELS[d['theme'] as LectureTheme] ?? ''),
        h('h1', null, str(d['title']) || '（未填写标题）', ' ', sampleTag(h, d)),
        h(
          'ul',
          { className: 'meta' },
          h('li', null, `主讲：${str(d['speaker'])}`),
          date ? h('li', null, formatDate(date)) : null,
          d['minutes'] ? h('li', null, `约 ${String(d['minutes'])} 分钟`) : null,
        ),
        h('div', { className: 'prose' }, props.widgetFor('body')),
      ),
    );
  };
}
