/**
 * Validate only what changed (Node only): what the checks of one file found
 * is kept under a digest of its path and bytes — its parsed, indexed source
 * (source-index.ts), its schema result, its own problems (allow-list,
 * privacy, size), the images its body shows — and reused while the file, the project's code and the
 * site settings are the same. Everything that looks across files
 * (duplicates, references, images, printed characters, the award rules
 * R1-R9) runs over all content every time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { parseFriendly } from '../content/friendly-errors.ts';
import type { Problem } from '../content/problem.ts';
import type { BodyImage } from '../guards/body-images.ts';
import type { StoredSource } from '../content/source-index.ts';
import { codeFingerprint } from './build-state.ts';
import { cacheHome } from './cache-dirs.ts';

/** A schema check's result, as parseFriendly gives it. */
export type Checked = ReturnType<typeof parseFriendly>;

interface FileRecord {
  source?: StoredSource;
  checked?: Checked;
  problems?: Problem[];
  images?: BodyImage[];
}

const VERSION = 1;

/** The key of a file: its path as shown and its bytes. */
export function fileKey(shownPath: string, bytes: Uint8Array): string {
  return createHash('sha256').update(shownPath).update('\u0000').update(bytes).digest('base64url');
}

export class ValidationCache {
  readonly #file: string;
  readonly #version: string;
  readonly #last: Record<string, FileRecord>;
  readonly #next: Record<string, FileRecord> = {};
  /** Files whose checks were all reused / run again. */
  reused = 0;
  checked = 0;

  /** `file`: where the cache is kept; `version`: a digest of what decides every result (code, settings). */
  constructor(file: string, version: string) {
    this.#file = file;
    this.#version = `${VERSION}:${version}`;
    let last: Record<string, FileRecord> = {};
    try {
      if (existsSync(file)) {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: string; files: Record<string, FileRecord> };
        if (stored.version === this.#version) last = stored.files;
      }
    } catch {
      // An unreadable cache is an empty one.
    }
    this.#last = last;
  }

  /** The key of a file (`fileKey`). */
  key(shownPath: string, bytes: Uint8Array): string {
    return fileKey(shownPath, bytes);
  }

  #record(key: string): FileRecord {
    let r = this.#next[key];
    if (!r) {
      r = {};
      this.#next[key] = r;
      if (this.#last[key]?.source) this.reused++;
      else this.checked++;
    }
    return r;
  }

  #memo<K extends keyof FileRecord>(
    key: string,
    part: K,
    make: () => NonNullable<FileRecord[K]>,
  ): NonNullable<FileRecord[K]> {
    const r = this.#record(key);
    const value = r[part] ?? this.#last[key]?.[part] ?? make();
    r[part] = value;
    return value as NonNullable<FileRecord[K]>;
  }

  source(key: string, make: () => StoredSource): StoredSource {
    return this.#memo(key, 'source', make);
  }

  schema(key: string, make: () => Checked): Checked {
    return this.#memo(key, 'checked', make);
  }

  fileProblems(key: string, make: () => Problem[]): Problem[] {
    return this.#memo(key, 'problems', make);
  }

  /** The images a file's body shows (parsing 11,000 bodies for them took 0.5 s of each build at 10,000 homes). */
  bodyImages(key: string, make: () => BodyImage[]): BodyImage[] {
    return this.#memo(key, 'images', make);
  }

  /** Keeps what this run used (files gone since are dropped). */
  save(): void {
    mkdirSync(path.dirname(this.#file), { recursive: true });
    writeFileSync(`${this.#file}.tmp`, JSON.stringify({ version: this.#version, files: this.#next }));
    renameSync(`${this.#file}.tmp`, this.#file);
  }
}

/**
 * The validation cache of a content folder, under the cache home; its results hold while the
 * project's code and the site settings (which e-mail domains may be published) are the same.
 */
export function validationCacheFor(root: string, cwd = process.cwd()): ValidationCache {
  const id = createHash('sha256').update(root).digest('hex').slice(0, 12);
  const site = path.join(root, 'site.yaml');
  const settings = existsSync(site) ? readFileSync(site, 'utf8') : '';
  const version = createHash('sha256').update(codeFingerprint(cwd)).update(settings).digest('hex');
  return new ValidationCache(path.join(cacheHome(cwd), 'zgzj-validate', `${id}.json`), version);
}
