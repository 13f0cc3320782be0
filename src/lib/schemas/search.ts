import { z } from 'astro/zod';

/** A word a searcher types: 2 to 24 Han characters (the search keeps such words whole). */
export const searchWord = z
  .string({ error: '应为词语（汉字）' })
  .trim()
  .regex(/^\p{Script=Han}{2,24}$/u, { error: '只能由 2 到 24 个汉字组成，不能有空格、字母、数字或标点' });

/** `content/search/synonyms.yaml`: words that mean the same to a searcher, searched as one. */
export const searchSynonymsSchema = z
  .strictObject({
    /**
     * Groups of words a searcher may use for the same thing: full names and
     * abbreviations (集装箱卡车司机, 集卡司机), everyday names (快递员, 快递小哥).
     * A search for any word of a group also finds pages with the others,
     * after the pages with the word itself. A word belongs to one group.
     */
    synonyms: z
      .array(
        z
          .array(searchWord, { error: '每一组应写成方括号里的词语列表，例如 [快递员, 快递小哥]' })
          .min(2, { error: '每一组至少要有两个词' }),
        { error: '应为同义词组的列表' },
      )
      .default([]),
  })
  .superRefine((data, ctx) => {
    const seen = new Map<string, number>();
    data.synonyms.forEach((group, g) =>
      group.forEach((word, w) => {
        const first = seen.get(word);
        if (first !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['synonyms', g, w],
            message:
              first === g
                ? `“${word}”在同一组里写了两次`
                : `“${word}”已经在第 ${first + 1} 组里；一个词只能属于一组，请把两组合并`,
          });
        else seen.set(word, g);
      }),
    );
  });
export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
