import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGE_EXAMPLES } from './messages.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const guide = readFileSync(path.join(repo, 'docs/editor-guide.md'), 'utf8');

describe('the editor’s guide', () => {
  it('shows every message the importer and exporter can print, word for word', () => {
    const missing = Object.entries(MESSAGE_EXAMPLES).flatMap(([group, messages]) =>
      Object.entries(messages)
        .filter(([, text]) => !guide.includes(text))
        .map(([key, text]) => `${group}.${key}: ${text}`),
    );
    expect(missing).toEqual([]);
  });
});
