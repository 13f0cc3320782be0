import { linkSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeFile } from './place-file.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('placeFile', () => {
  it('links the cached file into the site', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'place-'));
    writeFileSync(path.join(dir, 'cached.png'), 'png');
    placeFile(path.join(dir, 'cached.png'), path.join(dir, 'site.png'));
    expect(readFileSync(path.join(dir, 'site.png'), 'utf8')).toBe('png');
    expect(statSync(path.join(dir, 'site.png')).ino).toBe(statSync(path.join(dir, 'cached.png')).ino);
  });

  it('replaces a file already there without writing through it (it may be the live site’s)', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'place-'));
    writeFileSync(path.join(dir, 'live.png'), 'old');
    linkSync(path.join(dir, 'live.png'), path.join(dir, 'new.png'));
    writeFileSync(path.join(dir, 'cached.png'), 'fresh');
    placeFile(path.join(dir, 'cached.png'), path.join(dir, 'new.png'));
    expect(readFileSync(path.join(dir, 'new.png'), 'utf8')).toBe('fresh');
    expect(readFileSync(path.join(dir, 'live.png'), 'utf8')).toBe('old');
  });
});
