/**
 * A persistent cache of valid reads: a recap file whose bytes, shown path and slug are the same as at an earlier
 * build (or dev start) is neither parsed nor validated again; its normalised recap comes back from disk. Only valid
 * results are kept, so every error is found again by reading. The cache is one file, tagged with everything else a
 * read depends on (the reader's code and packages, the team data, the site's language): if any of it differs, or the
 * file is unreadable, corrupt or from another version, the cache starts empty and every file is read. Writing it is
 * best effort: an unwritable folder only means the next start reads again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Recap } from './model.ts';

/** Format of the cache file; bump when its layout changes. */
const FORMAT = 1;
const FILE = 'recaps.v8';

/** Valid reads by the digest of what they were read from. */
export interface ReadCache {
  /** The digest naming one file's read: its shown path, slug and bytes. */
  keyOf(shown: string, slug: string, content: Uint8Array | string): string;
  /** The recap read earlier from the same input, if it was valid. */
  get(key: string): Recap | undefined;
  /** Keeps a valid read. */
  set(key: string, recap: Recap): void;
}

/** A cache bound to its folder: `save` writes what this run used. */
export interface OpenReadCache extends ReadCache {
  save(): Promise<void>;
}

/** What a read depends on besides the file itself. */
export interface ReadContext {
  /** The team data recaps resolve against (any JSON-serialisable form of every team file read). */
  readonly teams: unknown;
  /** The site's language. */
  readonly defaultLang: string;
}

let codeDigest: Promise<string | undefined> | undefined;

/** Digest of the reader's code (src/recap, src/i18n, which it resolves languages with) and the installed packages. */
function readerCode(): Promise<string | undefined> {
  codeDigest ??= (async () => {
    try {
      const here = path.dirname(fileURLToPath(import.meta.url));
      const root = path.resolve(here, '../..');
      const hash = createHash('sha256').update(`format ${FORMAT}\0`);
      for (const dir of [here, path.join(root, 'src', 'i18n')]) {
        const entries = await readdir(dir, { recursive: true, withFileTypes: true });
        const files = entries
          .filter((e) => e.isFile() && e.name.endsWith('.ts'))
          .map((e) => path.join(e.parentPath, e.name))
          .sort();
        for (const file of files)
          hash
            .update(file)
            .update('\0')
            .update(await readFile(file))
            .update('\0');
      }
      hash.update(await readFile(path.join(root, 'package-lock.json')));
      return hash.digest('hex');
    } catch {
      // Without a sure digest of the code, nothing is taken from the cache.
      return undefined;
    }
  })();
  return codeDigest;
}

interface Stored {
  readonly format: number;
  readonly tag: string;
  readonly entries: Map<string, Recap>;
}

function isStored(value: unknown, tag: string): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Stored>;
  return v.format === FORMAT && v.tag === tag && v.entries instanceof Map;
}

/**
 * Opens the cache in `dir` for reads in `context`. Never throws: without a usable cache file it starts empty, and
 * without a digest of the reader's code it neither reads nor writes.
 */
export async function openReadCache(dir: string, context: ReadContext): Promise<OpenReadCache | undefined> {
  const code = await readerCode();
  if (code === undefined) return undefined;
  const tag = createHash('sha256')
    .update(code)
    .update('\0')
    .update(JSON.stringify([context.teams, context.defaultLang]))
    .digest('hex');
  const file = path.join(dir, FILE);
  let earlier = new Map<string, Recap>();
  try {
    const stored: unknown = deserialize(await readFile(file));
    if (isStored(stored, tag)) earlier = stored.entries;
  } catch {
    // Missing, unreadable or corrupt: read every file.
  }
  const used = new Map<string, Recap>();
  let changed = false;
  return {
    keyOf(shown, slug, content) {
      return createHash('sha256').update(shown).update('\0').update(slug).update('\0').update(content).digest('hex');
    },
    get(key) {
      const recap = earlier.get(key);
      if (recap !== undefined) used.set(key, recap);
      return recap;
    },
    set(key, recap) {
      used.set(key, recap);
      changed = true;
    },
    async save() {
      // Entries not used this time (edited or deleted files) are dropped; nothing new and nothing dropped: no write.
      if (!changed && used.size === earlier.size) return;
      try {
        await mkdir(dir, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, serialize({ format: FORMAT, tag, entries: used } satisfies Stored));
        await rename(temporary, file);
        earlier = new Map(used);
        changed = false;
      } catch {
        // Best effort: the next start reads the files again.
      }
    },
  };
}

/** When the cache in `dir` was last written (ms since the epoch), or undefined if there is none. */
export async function readCacheWritten(dir: string): Promise<number | undefined> {
  return stat(path.join(dir, FILE)).then(
    (s) => s.mtimeMs,
    () => undefined,
  );
}
