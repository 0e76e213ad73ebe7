/**
 * The read stage: input folder (or files) -> SourceFile[].
 * Size is checked before a file is read; decoding problems become diagnostics.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { hashKey } from '../cache/store.js';
import { diagnostic } from '../diagnostics/catalogue.js';
import type { Diagnostic, SourceFile } from '../types.js';
import { decode } from './decode.js';
import { scan } from './scan.js';

export interface ReadOptions {
  /** Largest file read, in bytes. */
  maxFileSize: number;
  /** Folder that message paths are relative to (normally the working folder). */
  cwd: string;
}

export interface ReadResult {
  sources: SourceFile[];
  /** Files that could not be read at all: errors. */
  diagnostics: Diagnostic[];
  /** Non-article files found and passed over, relative to the input folder. */
  skipped: string[];
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** The article files under the inputs, before any is read: where each is, and what the scan found besides. */
export interface SourceListing {
  files: Array<{ file: string; rel: string }>;
  /** Links out of the input folders: errors. */
  diagnostics: Diagnostic[];
  skipped: string[];
}

/**
 * Find every article under the given paths (folders are scanned, files taken as they are), in sorted order.
 * @param inputs folders or files
 * @param options the folder messages are relative to
 */
export async function listSources(inputs: readonly string[], options: Pick<ReadOptions, 'cwd'>): Promise<SourceListing> {
  const listing: SourceListing = { files: [], diagnostics: [], skipped: [] };
  for (const input of inputs) {
    const abs = path.resolve(options.cwd, input);
    const info = await stat(abs);
    if (info.isDirectory()) {
      const found = await scan(abs);
      for (const p of found.skipped) listing.skipped.push(displayPath(p, options.cwd));
      for (const [link, target] of found.escapes) {
        listing.diagnostics.push(diagnostic('read/symlink-outside', { file: displayPath(link, options.cwd), line: 1 }, target));
      }
      // One at a time: spreading a folder of 100,000s of files into push's arguments overflows the stack.
      for (const file of found.files) listing.files.push({ file, rel: path.relative(abs, file) });
    } else {
      listing.files.push({ file: abs, rel: path.basename(abs) });
    }
  }
  return listing;
}

/**
 * Find every article under the given paths and look at each file's size, times and inode, not its content.
 * @param inputs folders or files
 * @param options the folder messages are relative to
 * @returns the listing, a key of it and of those looks, and the newest modification or change time among the files
 */
export async function statSources(
  inputs: readonly string[],
  options: Pick<ReadOptions, 'cwd'>,
): Promise<{ listing: SourceListing; key: string; newest: number }> {
  const listing = await listSources(inputs, options);
  const limit = pLimit(CONCURRENCY);
  const stats = await Promise.all(listing.files.map(({ file }) => limit(() => stat(file))));
  const newest = stats.reduce((m, s) => Math.max(m, s.mtimeMs, s.ctimeMs), 0);
  const key = hashKey(
    JSON.stringify(listing.skipped),
    JSON.stringify(listing.diagnostics),
    ...listing.files.map(({ file, rel }, i) => {
      const s = stats[i]!;
      return `${file}\0${rel}\0${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`;
    }),
  );
  return { listing, key, newest };
}

/**
 * Read every article under the given paths.
 * @param inputs folders or files
 * @param options limits and the folder messages are relative to
 * @param listing what listSources found, when the caller has it
 * @param onProgress told as each file is read
 */
export async function readSources(
  inputs: readonly string[],
  options: ReadOptions,
  listing?: SourceListing,
  onProgress?: (done: number, total: number) => void,
): Promise<ReadResult> {
  const found = listing ?? (await listSources(inputs, options));
  const result: ReadResult = { sources: [], diagnostics: [...found.diagnostics], skipped: [...found.skipped] };
  // Read a few at a time, so the disk always has work, and kept in the sorted order found.
  const limit = pLimit(CONCURRENCY);
  let done = 0;
  const read = await Promise.all(
    found.files.map(({ file, rel }) =>
      limit(async () => {
        const one = await readOne(file, rel, options);
        onProgress?.(++done, found.files.length);
        return one;
      }),
    ),
  );
  for (const one of read) add(one, result);
  return result;
}

/** How many files are read at once. */
const CONCURRENCY = 32;

/** A file read, or why it could not be. */
export type ReadOne = { source: SourceFile } | { problem: Diagnostic };

function add(one: ReadOne, out: ReadResult): void {
  if ('source' in one) out.sources.push(one.source);
  else out.diagnostics.push(one.problem);
}

/**
 * Read one article file.
 * @param file its path
 * @param rel its path relative to the input folder it was found in
 * @param options limits and the folder messages are relative to
 */
export async function readOne(file: string, rel: string, options: ReadOptions): Promise<ReadOne> {
  const shown = displayPath(file, options.cwd);
  const at = { file: shown, line: 1 };
  const size = (await stat(file)).size;
  if (size > options.maxFileSize) {
    return { problem: diagnostic('read/too-large', at, `${formatBytes(size)} > ${formatBytes(options.maxFileSize)}`) };
  }
  const decoded = decode(await readFile(file));
  if (decoded.binary !== null) {
    return { problem: diagnostic('read/binary', at, decoded.binary) };
  }
  if (decoded.text.trim() === '') {
    return { problem: diagnostic('read/empty', at) };
  }
  const diagnostics: Diagnostic[] = [];
  if (decoded.fallback) {
    const { byte, line } = decoded.fallback;
    diagnostics.push(
      diagnostic('read/encoding-fallback', { file: shown, line }, `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`),
    );
  }
  return {
    source: {
      path: shown,
      relPath: rel.split(path.sep).join('/'),
      ext: /\.md$/i.test(file) ? 'md' : 'txt',
      text: decoded.text,
      diagnostics,
    },
  };
}

/** A path relative to `cwd` when it lies inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}
