import { CITIES, CITY_LABELS, type City } from '../domain/vocab.ts';
import { choices, type ScaffoldContext } from './context.ts';
import { slugFromTitle, uniqueSlug } from './slug.ts';
import { isScaffoldKind, KINDS, SCAFFOLD_KINDS, type KindSpec, type ScaffoldKind } from './templates.ts';

/** What the editor asked for on the command line. */
export interface ScaffoldRequest {
  kind?: string | undefined;
  title: string;
  city?: string | undefined;
}

/** What the content root already holds (read from disk by scripts/new.ts). */
export interface ContentFacts {
  /** `YYYY-MM-DD`. */
  today: string;
  /** Ids already used in the collection the new file goes into. */
  takenIds: ReadonlySet<string>;
  /** Image file names in `media/photos/`. */
  photos: readonly string[];
  homeIds?: readonly string[];
  tags?: readonly string[];
  policy?: { id: string; title: string } | undefined;
}

export type ScaffoldPlan =
  | {
      ok: true;
      kind: ScaffoldKind;
      id: string;
      /** Path under the content root, `/`-separated. */
      file: string;
      text: string;
      /** The page's URL path on the site. */
      url: string;
      /** The stand-in photo the file points at (file name in media/photos/) and the field holding it. */
      photo?: { file: string; field: string };
    }
  | { ok: false; message: string };

const EXAMPLE_TITLE: Record<ScaffoldKind, string> = {
  story: '职工书屋点亮夜班生活',
  lecture: '新时代职工之家建设的意义',
  home: '济南某某公司职工之家',
};
const usage = (kind: ScaffoldKind) =>
  `npm run new -- ${kind} "${EXAMPLE_TITLE[kind]}"${kind === 'home' ? ' --city jinan' : ''}`;
const kindList = SCAFFOLD_KINDS.map((k) => `${k}（${KINDS[k].label}）`).join('、');

/** Decides the new file's place, name and text, or says in Chinese why it cannot. */
export function planScaffold(request: ScaffoldRequest, facts: ContentFacts): ScaffoldPlan {
  const { kind } = request;
  if (!isScaffoldKind(kind)) {
    const what = kind ? `不认识要新建的内容类型“${kind}”。` : '没有说明要新建哪类内容。';
    return { ok: false, message: `${what}可以新建：${kindList}。\n例如：${usage('story')}` };
  }
  const title = request.title.trim();
  if (!title) {
    return { ok: false, message: `标题不能为空。请把${KINDS[kind].label}的标题写在引号里，例如：\n  ${usage(kind)}` };
  }
  const city = request.city;
  if (city !== undefined && !(CITIES as readonly string[]).includes(city)) {
    return { ok: false, message: `不认识的城市“${city}”。--city 可以是：${choices(CITIES, CITY_LABELS)}。` };
  }
  if (kind === 'home' && city === undefined) {
    return {
      ok: false,
      message: `新建职工之家需要说明所在城市，文件会放在该市的文件夹里，例如：\n  ${usage('home')}\n--city 可以是：${choices(CITIES, CITY_LABELS)}。`,
    };
  }
  const spec: KindSpec = KINDS[kind];
  const photo = spec.photo ? facts.photos[0] : undefined;
  if (spec.photo?.required && !photo) {
    return {
      ok: false,
      message: `media/photos/ 里还没有图片，而${spec.label}至少要有一张照片才能通过检查。\n请先把一张 JPG、PNG 或 WebP 图片放进内容目录的 media/photos/，再运行一次。`,
    };
  }
  const id = uniqueSlug(slugFromTitle(title), (s) => facts.takenIds.has(s));
  const folder = kind === 'home' ? `${spec.collection}/${city}` : spec.collection;
  const context: ScaffoldContext = {
    title,
    today: facts.today,
    ...(photo ? { photo: `${'../'.repeat(folder.split('/').length)}media/photos/${photo}` } : {}),
    ...(city ? { city: city as City } : {}),
    ...(facts.tags ? { tags: facts.tags } : {}),
    ...(facts.homeIds ? { homeIds: facts.homeIds } : {}),
    ...(facts.policy ? { policy: facts.policy } : {}),
  };
  return {
    ok: true,
    kind,
    id,
    file: `${folder}/${id}.md`,
    text: spec.template(context),
    url: `/${spec.route}/${id}/`,
    ...(photo && spec.photo ? { photo: { file: photo, field: spec.photo.field } } : {}),
  };
}
