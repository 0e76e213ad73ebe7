/**
 * Writing the site: every file of a build goes through one SiteOutput, which
 * knows what the folder it writes into already holds (a kept copy of an
 * earlier build, or nothing) and what the published site holds, both as
 * content hashes. A file whose bytes are already there is not written again;
 * a file the published site has with the same bytes is copied from it; a
 * file the folder holds that this build does not make is removed. So a
 * rebuild writes only what changed, and the folder ends with exactly the
 * files of this build, as a cold build would write them.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { NewsArchiveError } from '../diagnostics/errors.js';

/** Files in a folder: site path (`articles/x/index.html`, `/`-separated) to content hash. */
export type FileHashes = Map<string, string>;

/** How many files are written or copied at once. */
const CONCURRENCY = 32;

/**
 * The hash a file's bytes are known by.
 * @param content the file's content
 */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('base64url').slice(0, 27);
}

/** Counts of what a build did to its folder. */
export interface OutputCounts {
  /** Files whose bytes were written (new or changed). */
  written: number;
  /** Files copied from the published site. */
  copied: number;
  /** Files that already held the right bytes and were left alone. */
  unchanged: number;
  /** Files of an earlier build removed. */
  removed: number;
}

export class SiteOutput {
  /** Every file of this build and its hash. */
  readonly files: FileHashes = new Map();
  readonly counts: OutputCounts = { written: 0, copied: 0, unchanged: 0, removed: 0 };
  private readonly limit = pLimit(CONCURRENCY);
  /** Writes and copies not waited for yet, with the site path of each. */
  private pending: Array<{ rel: string; done: Promise<void> }> = [];
  private readonly folders = new Set<string>();
  /** Folders stray files were removed from, to be removed when empty. */
  private readonly emptied = new Set<string>();

  /**
   * @param dir the folder being written (the staging folder)
   * @param holds what `dir` holds now (empty for a fresh folder)
   * @param published the published site's folder and what it holds, when known
   * @param fresh the folder was made empty for this build: nothing in it is in a file's way
   */
  constructor(
    readonly dir: string,
    private readonly holds: FileHashes,
    private readonly published: { dir: string; files: FileHashes } | null,
    private readonly fresh = false,
  ) {}

  /**
   * Put a file in the site.
   * @param rel its site path, `/`-separated, no leading slash
   * @param content its bytes
   * @param hash its content hash, when the caller has it
   */
  write(rel: string, content: string | Uint8Array, hash = contentHash(content)): void {
    if (!this.add(rel, hash)) return;
    this.run(rel, async (file) => {
      await writeFile(file, content);
      this.counts.written++;
    });
  }

  /**
   * Put a file in the site as the published site holds it (a page not rendered again).
   * @param rel its site path
   * @returns false when the published site's bytes of it are not known: the caller must make it
   */
  keep(rel: string): boolean {
    const hash = this.published?.files.get(rel);
    if (hash === undefined) return false;
    if (this.add(rel, hash)) this.copyPublished(rel);
    return true;
  }

  /**
   * Wait for every write and copy so far, or for those of the files `only` names (the others go on).
   * @param only which site paths to wait for (all when not given)
   */
  async flush(only?: (rel: string) => boolean): Promise<void> {
    for (;;) {
      const waiting = only ? this.pending.filter((p) => only(p.rel)) : this.pending;
      if (waiting.length === 0) return;
      this.pending = only ? this.pending.filter((p) => !only(p.rel)) : [];
      await Promise.all(waiting.map((p) => p.done));
    }
  }

  /** Wait for every write and copy so far to end, failed or not (before the folder is removed after a failure). */
  async settle(): Promise<void> {
    while (this.pending.length > 0) await Promise.allSettled(this.pending.splice(0).map((p) => p.done));
  }

  /**
   * Finish the folder: wait for the writes, then remove every file (and folder left empty)
   * that this build did not make, including anything put there by hand.
   * @param keep site paths that are not the site's files but stay (the build marker)
   */
  async finish(keep: readonly string[]): Promise<void> {
    await this.prune([], keep);
  }

  /**
   * Wait for the writes, then remove the files this build did not make, but for those under the given folders.
   * @param under site paths of folders (`pagefind/`) still to be written, left as they are
   * @param keep site paths of files that stay
   * @param only the files to look at (all when not given): the writes of others go on, and they are left as they are
   */
  async prune(under: readonly string[], keep: readonly string[] = [], only?: (rel: string) => boolean): Promise<void> {
    await this.flush(only);
    const entries = await readdir(this.dir, { withFileTypes: true, recursive: true });
    const stray: string[] = [];
    const links: string[] = [];
    const listed = new Set<string>();
    for (const entry of entries) {
      if (entry.isDirectory()) continue;
      const full = path.join(entry.parentPath, entry.name);
      const rel = path.relative(this.dir, full).split(path.sep).join('/');
      if (only && !only(rel)) continue;
      listed.add(rel);
      // A link put in the folder by hand would publish whatever it points to: never kept, whatever its name.
      if (entry.isSymbolicLink()) links.push(full);
      if (!this.files.has(rel) && !keep.includes(rel) && !under.some((u) => rel.startsWith(u))) stray.push(full);
    }
    if (links.length > 0) {
      throw new NewsArchiveError(
        `The site's folder holds links, which a build never makes, so it was not published: ${links.join(', ')}. ` +
          'The kept copy they were in is removed; run the build again.',
        70,
      );
    }
    // A file the folder was known to hold but no longer does (removed by hand) is put back from the published site.
    for (const [rel, hash] of this.files) {
      if (listed.has(rel) || this.holds.get(rel) !== hash || under.some((u) => rel.startsWith(u))) continue;
      if (only && !only(rel)) continue;
      if (this.published?.files.get(rel) !== hash) {
        throw new NewsArchiveError(`${rel} went missing from the kept copy of the site; run the build again.`, 70);
      }
      this.copyPublished(rel);
    }
    await this.flush(only);
    await Promise.all(stray.map((file) => this.limit(() => rm(file, { force: true }))));
    this.counts.removed += stray.length;
    // The folders those left empty, deepest first, up to the site's root; after a partial prune, once every file
    // is written (a file still to come may go into one of them).
    for (const file of stray) {
      for (let d = path.dirname(file); d.length > this.dir.length; d = path.dirname(d)) this.emptied.add(d);
    }
    if (only) return;
    for (const folder of [...this.emptied].sort((a, b) => b.length - a.length)) {
      await rmdir(folder).catch(() => undefined);
    }
    this.emptied.clear();
  }

  /** Record a file; false when the folder already holds those bytes. */
  private add(rel: string, hash: string): boolean {
    if (this.files.has(rel)) throw new Error(`two files of the site were written to ${rel}`);
    this.files.set(rel, hash);
    if (this.holds.get(rel) === hash) {
      this.counts.unchanged++;
      return false;
    }
    return true;
  }

  /** Copy a file of the site from the published site, which holds it with the bytes this build gives it. */
  private copyPublished(rel: string): void {
    const from = path.join(this.published!.dir, ...rel.split('/'));
    this.run(rel, async (file) => {
      await copyFile(from, file);
      this.counts.copied++;
    });
  }

  private run(rel: string, act: (file: string) => Promise<void>): void {
    const file = path.join(this.dir, ...rel.split('/'));
    const done = this.limit(async () => {
      const folder = path.dirname(file);
      if (!this.folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        this.folders.add(folder);
      }
      // Never through a link or into a file another folder shares: the old entry goes first (a folder made empty
      // for this build has none, as each file is written once).
      if (!this.fresh) await rm(file, { force: true });
      await act(file);
    });
    // A failure is met by the flush that waits for it, however long the write goes on before that.
    done.catch(() => undefined);
    this.pending.push({ rel, done });
  }
}
