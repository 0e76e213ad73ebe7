/**
 * Find article files: every `.txt` and `.md` below the input folder, in sorted order.
 * Hidden files and folders (`.git`, `.DS_Store`) are passed over; other files are
 * reported as skipped, never silently ignored.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export interface ScanResult {
  /** Absolute paths of article files, sorted by their path relative to the root. */
  files: string[];
  /** Absolute paths of files that are not articles (or broken links). */
  skipped: string[];
  /** Links that point outside the input folder: [relative path, target]. */
  escapes: Array<[string, string]>;
}

const ARTICLE = /\.(txt|md)$/i;

/**
 * Walk `root` recursively.
 * @param root the input folder (absolute)
 */
export async function scan(root: string): Promise<ScanResult> {
  const result: ScanResult = { files: [], skipped: [], escapes: [] };
  const realRoot = await realpath(root);
  await walk(root, realRoot, result);
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  result.files.sort((a, b) => (rel(a) < rel(b) ? -1 : rel(a) > rel(b) ? 1 : 0));
  result.skipped.sort();
  return result;
}

async function walk(dir: string, realRoot: string, out: ScanResult): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = await realpath(full);
      } catch {
        out.skipped.push(full);
        continue;
      }
      if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        out.escapes.push([full, target]);
        continue;
      }
      isDir = (await stat(full)).isDirectory();
      if (isDir) continue; // a link to a folder inside the root is already walked
    }
    if (isDir) await walk(full, realRoot, out);
    else if (ARTICLE.test(entry.name)) out.files.push(full);
    else out.skipped.push(full);
  }
}
