import { describe, expect, it } from 'vitest';
import { planScaffold, type ContentFacts } from './plan.ts';

const facts: ContentFacts = {
  today: '2025-06-01',
  takenIds: new Set(['zhi-gong-shu-wu']),
  photos: ['a.jpg', 'b.jpg'],
  homeIds: ['test-home'],
};

describe('planScaffold', () => {
  it('places a story under stories/ with a unique pinyin id and its URL', () => {
    const plan = planScaffold({ kind: 'story', title: ' 职工书屋 ' }, facts);
    expect(plan).toMatchObject({
      ok: true,
      id: 'zhi-gong-shu-wu-2',
      file: 'stories/zhi-gong-shu-wu-2.md',
      url: '/stories/zhi-gong-shu-wu-2/',
      photo: { file: 'a.jpg', field: 'cover' },
    });
    expect(plan.ok && plan.text).toContain('src: ../media/photos/a.jpg');
    expect(plan.ok && plan.text).toContain('title: "职工书屋"');
  });

  it('places a home in its city folder, two levels below the photos', () => {
    const plan = planScaffold({ kind: 'home', title: '某公司职工之家', city: 'zibo' }, facts);
    expect(plan).toMatchObject({ ok: true, file: 'homes/zibo/mou-gong-si-zhi-gong-zhi-jia.md' });
    expect(plan.ok && plan.text).toContain('src: ../../media/photos/a.jpg');
  });

  it('needs no photo for a lecture', () => {
    const plan = planScaffold({ kind: 'lecture', title: '讲稿' }, { ...facts, photos: [] });
    expect(plan).toMatchObject({ ok: true, file: 'lectures/jiang-gao.md' });
    expect(plan.ok && 'photo' in plan).toBe(false);
  });

  it.each([
    [
      { kind: undefined, title: 'x' },
      /没有说明要新建哪类内容.*story（典型案例）、lecture（传习所讲稿）、home（职工之家）/s,
    ],
    [{ kind: 'news', title: 'x' }, /不认识要新建的内容类型“news”/],
    [{ kind: 'toString', title: 'x' }, /不认识要新建的内容类型“toString”/],
    [{ kind: 'story', title: '   ' }, /标题不能为空.*npm run new -- story "/s],
    [{ kind: 'home', title: '某家' }, /需要说明所在城市.*--city jinan/s],
    [{ kind: 'story', title: 'x', city: 'beijing' }, /不认识的城市“beijing”.*jinan（济南市）/s],
  ])('refuses %o in Chinese', (request, message) => {
    const plan = planScaffold(request, facts);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toMatch(message);
  });

  it('refuses a home when there is no photo to point at, but not a story', () => {
    expect(planScaffold({ kind: 'home', title: '某家', city: 'jinan' }, { ...facts, photos: [] })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/media\/photos\/ 里还没有图片/),
    });
    expect(planScaffold({ kind: 'story', title: '某事' }, { ...facts, photos: [] })).toMatchObject({ ok: true });
  });
});
