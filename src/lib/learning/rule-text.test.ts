import { describe, expect, it } from 'vitest';
import { bandPhrases, hoursRule } from './rule-text.ts';
import { DEFAULT_RULES, rulesFromTraining } from './study-hours.ts';

describe('the study-hours rule for learners', () => {
  it('words each band with its bounds', () => {
    expect(bandPhrases(DEFAULT_RULES)).toEqual([
      '30 分钟及以上计 1 学时',
      '超过 15 分钟、不足 30 分钟计 0.5 学时',
      '15 分钟及以下计 0.25 学时',
    ]);
  });

  it('states the site’s own numbers under article 6', () => {
    const rule = hoursRule(rulesFromTraining({ daysPerYear: 10, hoursPerDay: 6 }));
    expect(rule.basis).toContain('《意见》第六条');
    expect(rule.basis).toContain('每年 10 个培训日、每个培训日 6 学时计算，全年应完成 60 学时');
    expect(rule.credit).toContain('观看满 90%');
    expect(rule.credit).toContain('课后测验通过另计 0.5 学时');
  });

  it('carries no note meant for administrators', () => {
    const { basis, credit } = hoursRule(DEFAULT_RULES);
    for (const text of [basis, credit]) expect(text).not.toMatch(/站点配置|云南|默认设置|学时认定办法|site\.yaml/);
  });
});
