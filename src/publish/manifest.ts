/**
 * The site manifest: what the last build published, kept in the build cache
 * (`site.json`) so that the next build can tell what changed. It names the
 * published folder and the spare one (the site before it, kept to be
 * updated in place by the next build) by a build id that each folder's
 * marker file also carries, so a folder changed or replaced behind the
 * build's back is never trusted: its id no longer matches, and the build
 * writes everything again.
 *
 * It holds, for each folder, every file's content hash; for each page, the
 * key of the data it was rendered from; the key of the search index's input;
 * the key of all the build's inputs (nothing changed: nothing to do); and the
 * internal links of each page, by the page's hash, for the validate stage.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashKeyOf } from '../cache/store.js';
import { MARKER } from './output-folder.js';
import type { FileHashes } from './site-output.js';

/** The layout of `site.json`; a file with another is ignored. */
const FORMAT = 2;

/** A folder written by a build: its id (as in its marker) and its files. */
export interface FolderState {
  id: string;
  files: FileHashes;
}

/** An internal link of a page, and whether the article's own body wrote it. */
export interface PageLinkRecord {
  readonly target: string;
  readonly inBody: boolean;
}

/**
 * One shared record for each distinct link: a site's pages hold millions of links to far fewer targets (every
 * page links to the home page), so pages' link lists point at these instead of holding objects of their own.
 * A record's target is a copy, never a part cut from the page it was read from: V8 keeps a whole string alive
 * for as long as any slice of it lives, so a kept slice of each page's HTML would keep every page in memory.
 */
export class LinkRecords {
  private readonly byKind = [new Map<string, PageLinkRecord>(), new Map<string, PageLinkRecord>()] as const;

  /**
   * The record of a link.
   * @param target where it goes
   * @param inBody whether the article's own body wrote it
   */
  of(target: string, inBody: boolean): PageLinkRecord {
    const records = this.byKind[inBody ? 1 : 0];
    let record = records.get(target);
    if (record === undefined) {
      record = Object.freeze({ target: Buffer.from(target, 'utf8').toString('utf8'), inBody });
      records.set(record.target, record);
    }
    return record;
  }
}

export interface SiteManifest {
  /** Key of everything the build read: when the next build's is the same, nothing changed. */
  inputsKey: string;
  /** Key of the article files' paths, sizes, times and inodes, and when they were looked at (ms since 1970). */
  statKey: string;
  readAt: number;
  /** What the build reported, told again when nothing changed. */
  summary: unknown;
  published: FolderState;
  spare: FolderState | null;
  /** Each rendered page's site path and the key of the data it was rendered from. */
  pages: Map<string, string>;
  /** Key of the search index's input. */
  searchKey: string;
  /** The internal links of each HTML file, by its content hash. */
  links: Map<string, PageLinkRecord[]>;
}

interface Stored {
  format: number;
  inputsKey: string;
  statKey: string;
  readAt: number;
  summary: unknown;
  published: { id: string; files: Array<[string, string]> };
  spare: { id: string; files: Array<[string, string]> } | null;
  pages: Array<[string, string]>;
  searchKey: string;
  targets: string[];
  /** Hash, then target indexes (negative, -1 - index, for a link in the article's body). */
  links: Array<[string, number[]]>;
}

/**
 * A folder's build id: a hash of its files and their hashes, so the same site always has the same id
 * (and marker), and a folder whose id is the manifest's holds what the manifest says it holds.
 * @param files the folder's files
 */
export function folderStateId(files: FileHashes): string {
  return hashKeyOf([...files].sort(([a], [b]) => (a < b ? -1 : 1)).flat()).slice(0, 24);
}

/**
 * The marker file's text for a build.
 * @param id the build id
 */
export function markerText(id: string): string {
  return `This folder was written by news-archive and is replaced by each build.\nbuild: ${id}\n`;
}

/**
 * The build id in a folder's marker, or null (no folder, no marker, or one an older version wrote).
 * @param dir the folder
 */
export function folderId(dir: string): string | null {
  try {
    return /^build: (\S+)$/m.exec(readFileSync(path.join(dir, MARKER), 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Read the manifest.
 * @param file `site.json` in the cache folder
 * @returns the manifest, or null with a note when it is unreadable or from another version (nothing when absent)
 */
export function loadManifest(file: string): { manifest: SiteManifest | null; note: string | null } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { manifest: null, note: null };
  }
  try {
    const data = JSON.parse(text) as Stored;
    if (data.format !== FORMAT) return { manifest: null, note: 'site.json is from another version of news-archive; rebuilt it' };
    const folder = (f: Stored['published']): FolderState => ({ id: f.id, files: new Map(f.files) });
    return {
      manifest: {
        inputsKey: data.inputsKey,
        statKey: data.statKey,
        readAt: data.readAt,
        summary: data.summary,
        published: folder(data.published),
        spare: data.spare ? folder(data.spare) : null,
        pages: new Map(data.pages),
        searchKey: data.searchKey,
        links: loadedLinks(data),
      },
      note: null,
    };
  } catch {
    return { manifest: null, note: 'site.json could not be read; rebuilt it' };
  }
}

/**
 * The stored links of each page, each distinct link one record.
 * @param data the stored manifest
 */
function loadedLinks(data: Stored): Map<string, PageLinkRecord[]> {
  const records = new LinkRecords();
  return new Map(data.links.map(([hash, refs]) => [hash, refs.map((r) => records.of(data.targets[r < 0 ? -1 - r : r]!, r < 0))]));
}

/**
 * Write the manifest (atomically: a new file renamed over the old one).
 * @param file `site.json` in the cache folder
 * @param manifest what the build published
 */
export function saveManifest(file: string, manifest: SiteManifest): void {
  const targets: string[] = [];
  const indexOf = new Map<string, number>();
  const ref = (link: PageLinkRecord) => {
    let i = indexOf.get(link.target);
    if (i === undefined) {
      i = targets.push(link.target) - 1;
      indexOf.set(link.target, i);
    }
    return link.inBody ? -1 - i : i;
  };
  const folder = (f: FolderState) => ({ id: f.id, files: [...f.files] });
  const stored: Stored = {
    format: FORMAT,
    inputsKey: manifest.inputsKey,
    statKey: manifest.statKey,
    readAt: manifest.readAt,
    summary: manifest.summary,
    published: folder(manifest.published),
    spare: manifest.spare ? folder(manifest.spare) : null,
    pages: [...manifest.pages],
    searchKey: manifest.searchKey,
    targets,
    links: [...manifest.links].map(([hash, links]) => [hash, links.map(ref)]),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(stored));
  renameSync(temporary, file);
}
