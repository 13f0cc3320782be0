import { describe, expect, it } from 'vitest';
import { award, homeFile, honoursFile, lineOf, personFile, run } from './testing.ts';

const list = (status: 'draft' | 'final') =>
  honoursFile(2024, status, [award(2024, { person: 'p', level: 'advanced', conferrer: '济南市总工会' })]);

describe('PIPL art. 25: consent to publish a name', () => {
  it('reports a named person without a consent record, with no award rule id', () => {
    const { problems } = run([homeFile({ id: 'h' }), personFile({ id: 'p', home: 'h', consent: null }), list('draft')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/people/p.yaml',
      field: 'consent',
      article: '《个人信息保护法》第二十五条',
    });
    expect(problems[0]?.rule).toBeUndefined();
  });

  it('reports consent dated after the list that published the name', () => {
    const person = personFile({ id: 'p', home: 'h', consent: { ref: 'c', date: '2024-05-01' } });
    const { problems } = run([homeFile({ id: 'h' }), person, list('final')]);
    expect(problems.map((p) => [p.file, p.line])).toContainEqual([
      'content/people/p.yaml',
      lineOf(person[1], 'date: 2024-05-01'),
    ]);
  });

  it('near miss: consent before the conferral, or a person no list names', () => {
    const named = personFile({ id: 'p', home: 'h', consent: { ref: 'c', date: '2024-04-26' } });
    const unnamed = personFile({ id: 'q', home: 'h', consent: null });
    expect(run([homeFile({ id: 'h' }), named, unnamed, list('draft')]).problems).toEqual([]);
  });
});
