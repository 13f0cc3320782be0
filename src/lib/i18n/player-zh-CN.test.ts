import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import videojsZhCN from 'video.js/dist/lang/zh-CN.json' with { type: 'json' };
import { PLAYER_ZH_CN } from './player-zh-CN.ts';

// The strings video.js 8 can put in its interface, read from its own source
// (comments left out): literal arguments of localize() and controlText(), the
// control texts and labels of its components, the options of the caption
// settings dialog and the default error messages.
const source = readFileSync(createRequire(import.meta.url).resolve('video.js/core.es.js'), 'utf8')
  .split('\n')
  .filter((line) => !/^\s*(\*|\/\/)/.test(line))
  .join('\n');
const patterns = [
  /(?:localize\(|controlText\(|controlText_ = |labelText_ = |(?:label|legendText|Message): )'([^']+)'/g,
  /(?:controlText\(|text = )\w+ \? '([^']+)' : '([^']+)'/g,
  /\['[^']*', '([A-Z][^']*)'\]/g,
  /^\s*\d+: '([^']* [^']*)'/gm,
];
const shown = new Set<string>();
for (const pattern of patterns)
  for (const m of source.matchAll(pattern)) for (const s of m.slice(1)) if (s !== undefined) shown.add(s);
// Built from a track kind: `${kind} settings`, `, opens ${kind} settings dialog`, and the kind itself.
for (const kind of ['captions', 'subtitles', 'descriptions', 'chapters']) {
  shown.add(kind);
  if (kind !== 'chapters') shown.add(`${kind} off`).add(`${kind} settings`).add(`, opens ${kind} settings dialog`);
}

const dictionary: Record<string, string> = { ...videojsZhCN, ...PLAYER_ZH_CN };

describe('the player’s zh-CN strings', () => {
  it('finds the strings in video.js (the scan itself works)', () => {
    expect(shown.size).toBeGreaterThan(80);
    for (const s of ['Play', 'Pause', 'Unmute', 'Skip Forward', 'This is a modal window.', 'Progress Bar', 'White'])
      expect(shown).toContain(s);
    expect(shown).toContain('No compatible source was found for this media.');
  });

  it('translate every string video.js can show', () => {
    const missing = [...shown].filter((s) => /[A-Za-z]{2,}/.test(s) && !(s in dictionary));
    expect(missing).toEqual([]);
  });

  it('are Chinese, apart from placeholders', () => {
    const english = Object.entries(dictionary).filter(([, zh]) => /[A-Za-z]{2,}/.test(zh.replace(/\{\d\}/g, '')));
    expect(english).toEqual([]);
  });
});
