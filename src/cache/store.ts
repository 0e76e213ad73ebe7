/**
 * The build cache: results that are expensive to make again, kept between
 * builds in `node_modules/.cache/news-archive/` of the working folder (where
 * Babel, ESLint and webpack's loaders keep theirs). Deleting that folder, or
 * `--no-cache`, makes the next build fully cold; it is only ever an
 * optimisation, and a cached build writes the same bytes as a cold one.
 *
 * Each kind of result is a namespace, one file of JSON lines, whose entries are keyed
 * by a hash of everything their value depends on (the caller's business: the
 * input's content, and the version of the code that makes it). A file that
 * cannot be read, or that an older version of the cache wrote, is ignored,
 * with a note, and rewritten. Only the entries a build used are written back,
 * so the cache holds one archive's worth and no more.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The layout of the cache files; a file with another is ignored. (2: a line for each entry.) */
const FORMAT = 2;

/** The cache folder of a working folder. */
export function cacheFolder(cwd: string): string {
  return path.join(cwd, 'node_modules', '.cache', 'news-archive');
}

/**
 * A SHA-256 of values, for cache keys.
 * @param parts strings that together determine a result
 */
export function hashKey(...parts: string[]): string {
  return hashKeyOf(parts);
}

/**
 * hashKey of a sequence of any length (spreading a large array into arguments overflows the stack).
 * @param parts strings that together determine a result
 */
export function hashKeyOf(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  return hash.digest('hex');
}

/** One namespace of the cache: what one kind of result was for each key. */
export class CacheNamespace<T> {
  private readonly before: Map<string, T>;
  private readonly used = new Map<string, T>();
  /** Keys whose values this build made elsewhere and put here (counted as misses already). */
  private readonly put_ = new Set<string>();
  /** Lookups answered from the cache, and not. */
  hits = 0;
  misses = 0;
  /** Why the stored file was not used, when it was not. */
  readonly note: string | null;

  /**
   * @param file the namespace's file, or null for a cache that keeps nothing (--no-cache)
   */
  constructor(private readonly file: string | null) {
    const { entries, note } = file ? load<T>(file) : { entries: new Map<string, T>(), note: null };
    this.before = entries;
    this.note = note;
  }

  /**
   * The value for a key: from the cache when it holds one, else made now and kept.
   * @param key a hash of everything the value depends on
   * @param make makes the value
   */
  get(key: string, make: () => T): T {
    let value = this.used.get(key) ?? this.before.get(key);
    if (value === undefined) {
      this.misses++;
      value = make();
    } else if (!this.put_.has(key)) this.hits++;
    this.used.set(key, value);
    return value;
  }

  /**
   * Whether the cache holds a value for a key.
   * @param key a hash of everything the value depends on
   */
  has(key: string): boolean {
    return this.used.has(key) || this.before.has(key);
  }

  /**
   * Keep a value made elsewhere (a worker thread) for this build, without counting a lookup.
   * @param key a hash of everything the value depends on
   * @param value the value
   */
  put(key: string, value: T): void {
    this.misses++;
    this.put_.add(key);
    this.used.set(key, value);
  }

  /**
   * Write the entries this build used (atomically: a new file renamed over the old one), one line each after a
   * line that names the format, so that no string as large as the whole namespace is ever made.
   */
  save(): void {
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      let chunk = `${JSON.stringify({ format: FORMAT })}\n`;
      for (const key of [...this.used.keys()].sort()) {
        chunk += `${JSON.stringify([key, this.used.get(key)])}\n`;
        if (chunk.length >= CHUNK) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
  }
}

/** About how many characters are gathered before they are written. */
const CHUNK = 1 << 20;

function load<T>(file: string): { entries: Map<string, T>; note: string | null } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { entries: new Map(), note: null }; // no cache yet: a cold build
  }
  try {
    // The format's line, then an entry a line: each line parsed on its own, however large the file.
    let at = bytes.indexOf(10);
    const head = JSON.parse(bytes.toString('utf8', 0, at < 0 ? bytes.length : at)) as { format?: unknown };
    if (head.format !== FORMAT) {
      return { entries: new Map(), note: `${path.basename(file)} is from another version of news-archive; rebuilt it` };
    }
    const entries = new Map<string, T>();
    while (at >= 0 && at + 1 < bytes.length) {
      const next = bytes.indexOf(10, at + 1);
      const [key, value] = JSON.parse(bytes.toString('utf8', at + 1, next < 0 ? bytes.length : next)) as [string, T];
      entries.set(key, value);
      at = next;
    }
    return { entries, note: null };
  } catch {
    return { entries: new Map(), note: `${path.basename(file)} could not be read; rebuilt it` };
  }
}

/** The cache of one build. */
export class BuildCache {
  private readonly namespaces = new Map<string, CacheNamespace<unknown>>();

  /**
   * @param folder the cache folder, or null to keep nothing (--no-cache)
   */
  constructor(private readonly folder: string | null) {}

  /**
   * One kind of result.
   * @param name the namespace's name, also its file's
   */
  namespace<T>(name: string): CacheNamespace<T> {
    let found = this.namespaces.get(name);
    if (!found) {
      found = new CacheNamespace<unknown>(this.folder ? path.join(this.folder, `${name}.json`) : null);
      this.namespaces.set(name, found);
    }
    return found as CacheNamespace<T>;
  }

  private readonly extra: string[] = [];

  /**
   * Add a note on a part of the cache that could not be used.
   * @param note what and why
   */
  note(note: string): void {
    this.extra.push(note);
  }

  /** Notes on parts of the cache that could not be read. */
  notes(): string[] {
    return [...this.extra, ...[...this.namespaces.values()].flatMap((n) => (n.note ? [n.note] : []))];
  }

  /** Write every namespace back. */
  save(): void {
    for (const namespace of this.namespaces.values()) namespace.save();
  }
}
